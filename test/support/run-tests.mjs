// `npm test`: finds (or installs) Chromium, then runs the browser tests.
// Extra arguments go to web-test-runner (e.g. `npm test -- --files test/rules/*.test.ts`).
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

const chrome = findChrome();
const bin = new URL('../../node_modules/.bin/web-test-runner', import.meta.url).pathname;
const result = spawnSync(bin, process.argv.slice(2), {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
