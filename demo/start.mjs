// `npm start`: serves the demo with vite's dev server and prints its URL.
// The demo runs entirely in the browser: the memory store, reached directly
// or over HTTP through msw's service worker. There is no server of ours to start.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

const server = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  mode: 'development',
});
await server.listen();
server.printUrls();
console.log('\nThe demo is running. Press Ctrl+C to stop.');
