// Starts what WebKitGTK's MiniBrowser needs to be driven by web-test-runner:
// an X display (Xvfb, when the environment has none) and WebKitWebDriver on a
// free local port. Both are stopped when this process exits.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

const children = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function listening(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves to ":N". */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(child);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^(\d+)\s*$/m.exec(out);
      if (match) resolve(`:${match[1]}`);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display.`)));
  });
}

/** Resolves to the port of a running WebKitWebDriver, with a display for MiniBrowser. */
export async function startWebKitDriver() {
  if (!process.env.DISPLAY) process.env.DISPLAY = await startXvfb();
  const port = await freePort();
  const child = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: process.env });
  children.push(child);
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code}).`))));
  exited.catch(() => undefined);
  for (let tries = 0; tries < 300; tries += 1) {
    if (await listening(port)) return port;
    await Promise.race([delay(100), exited]);
  }
  throw new Error('WebKitWebDriver did not start listening within 30 s.');
}
