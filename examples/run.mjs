// `node examples/run.mjs`: each example host installs the PACKED package, as
// a user's app would, and is walked through one journey in Chromium.
//
// Needs `npm run build` first (the tarball is packed from `dist/`). For each
// example: copy it to a temporary folder (nothing is written into the
// checkout), `npm install`, then install the tarball without saving it,
// type-check it (React: tsc; Vue: vue-tsc with strict templates), build it
// with vite (React, Vue), serve it on a free port and walk
// `journey.mjs`. A page error or console error fails the journey.
// One line per example, then `N passed, N failed`; `SUMMARY_FILE` (when set)
// gets {"passed":N,"failed":N}. Arguments pick examples: `node examples/run.mjs vue`.
/* global window, setTimeout, clearTimeout */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { findChrome } from '../test/support/browsers.mjs';
import { serve } from '../e2e/support/server.mjs';
import { journey } from './journey.mjs';

const run = promisify(execFile);

/**
 * Limits that catch a hang, not a measure of speed: one element or action,
 * one command (an install on a slow network), one whole journey.
 */
const STEP_TIMEOUT = 30_000;
const COMMAND_TIMEOUT = 600_000;
const JOURNEY_TIMEOUT = 300_000;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = [
  { name: 'plain', build: false },
  { name: 'react', build: true },
  { name: 'vue', build: true },
];

const filters = process.argv.slice(2);
const chosen = EXAMPLES.filter((example) => filters.length === 0 || filters.includes(example.name));

// npm run passes its own settings down; the examples' installs must not see the kit's project.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_config_local_prefix|npm_package_|npm_lifecycle_|INIT_CWD$)/.test(key)));

/** Runs a command in `cwd`; rejects with its last lines of output when it fails. */
async function sh(cwd, command, args) {
  try {
    return await run(command, args, { cwd, env, timeout: COMMAND_TIMEOUT, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const output = `${error.stdout ?? ''}\n${error.stderr ?? ''}`.trim().split('\n').slice(-5).join(' | ');
    throw new Error(`\`${[command, ...args].join(' ')}\` failed${error.killed ? ' (timed out)' : ''}: ${output || error.message}`, { cause: error });
  }
}

/** Packs the kit as it would be published; resolves to the tarball's path. */
async function pack(into) {
  const { stdout } = await sh(ROOT, 'npm', ['pack', '--pack-destination', into, '--json']);
  const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  return join(into, info.filename);
}

/** Copies the example out of the checkout, installs it and the tarball, builds it; resolves to the folder to serve. */
async function prepare(example, work, tarball) {
  const dir = join(work, example.name);
  const source = join(ROOT, 'examples', example.name);
  await cp(source, dir, { recursive: true, filter: (path) => !/[\\/](node_modules|dist)$/.test(path) });
  await sh(dir, 'npm', ['install', '--no-audit', '--no-fund']);
  await sh(dir, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball]);
  // React and Vue: strict type checks with the package's own declarations only.
  if (example.build) await sh(dir, 'npm', ['run', 'typecheck']);
  if (!example.build) return dir;
  await sh(dir, join(dir, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn']);
  return join(dir, 'dist');
}

const COLOURS = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

/** The message of an error and Playwright's call log, without stack frames or terminal colours. */
function reason(error) {
  return (error instanceof Error ? error.message : String(error)).replace(COLOURS, '').split('\n')
    .map((line) => line.trim()).filter((line) => line && !line.startsWith('at ')).slice(0, 4).join(' | ');
}

/** Walks the journey in a fresh context; resolves to undefined or the failure message. */
async function walk(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT);
  let fail;
  const failed = new Promise((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  let timer;
  try {
    // An unhandled rejection is reported as a console error, which fails the journey.
    await context.addInitScript(() => window.addEventListener('unhandledrejection', (event) => {
      console.error(`Unhandled promise rejection: ${event.reason?.stack ?? event.reason}`);
    }));
    const page = await context.newPage();
    page.on('pageerror', (error) => fail(new Error(`The page threw: ${error.message}`)));
    page.on('console', (message) => {
      if (message.type() === 'error') fail(new Error(`Console error: ${message.text()}`));
    });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The journey took over ${JOURNEY_TIMEOUT / 1000} s`)), JOURNEY_TIMEOUT);
    });
    await Promise.race([journey(page, url), failed, timeout]);
    return undefined;
  } catch (error) {
    return reason(error);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}

async function main() {
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  let browser;
  let work;
  const servers = new Set();
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await Promise.all([...servers].map((server) => server.close().catch(() => undefined)));
    if (work) await rm(work, { recursive: true, force: true }).catch(() => undefined);
  };
  let interrupted;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      interrupted = `interrupted (${signal})`;
      void cleanUp().finally(() => process.exit(130));
    });
  }
  const report = (example, message, seconds) => {
    if (message === undefined) passed++;
    else failed++;
    console.log(message === undefined ? `ok ${example.name} (${seconds} s)` : `FAILED ${example.name}: ${message}`);
  };
  let next = 0;
  try {
    work = await mkdtemp(join(tmpdir(), 'clk-examples-'));
    const tarball = await pack(work);
    const isRoot = process.getuid?.() === 0;
    browser = await chromium.launch({
      executablePath: findChrome(),
      headless: true,
      args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    for (; next < chosen.length; next++) {
      const example = chosen[next];
      const began = Date.now();
      let message;
      try {
        const server = await serve(await prepare(example, work, tarball));
        servers.add(server);
        message = await walk(browser, server.url);
        await server.close();
        servers.delete(server);
      } catch (error) {
        message = `not walked: ${reason(error)}`;
      }
      report(example, message, ((Date.now() - began) / 1000).toFixed(1));
    }
  } catch (error) {
    // Packing or the browser failed: the examples not walked did not pass.
    const why = interrupted ?? reason(error);
    for (; next < chosen.length; next++) report(chosen[next], `not walked: ${why}`);
  } finally {
    await cleanUp();
  }
  if (chosen.length === 0) {
    failed = 1;
    console.error(`No example is named ${filters.map((f) => `"${f}"`).join(' or ')}; there are ${EXAMPLES.map((e) => e.name).join(', ')}.`);
  }
  console.error(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`${passed} passed, ${failed} failed`);
  if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify({ passed, failed }));
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
