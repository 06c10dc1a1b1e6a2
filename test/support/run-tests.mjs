// `npm test`: finds (or installs) Chromium, then runs every test there is:
// the browser tests (web-test-runner), the seeds' end-to-end journeys against
// the built demo (e2e/run.mjs) and the strict-page checks against the built
// bundle (e2e/strict/run.mjs). Ends with one line `N passed, N failed` over all
// three, also written as JSON to SUMMARY_FILE when that is set.
// Extra arguments go to web-test-runner alone, and then only it runs
// (e.g. `npm test -- --files "test/rules/*.test.ts"`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

const chrome = findChrome();
const args = process.argv.slice(2);
const here = (path) => new URL(path, import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'clk-tests-'));

const suites = [
  ['browser tests', here('../../node_modules/.bin/web-test-runner'), args],
  ...(args.length > 0 ? [] : [
    ['end-to-end journeys', process.execPath, [here('../../e2e/run.mjs')]],
    ['strict pages', process.execPath, [here('../../e2e/strict/run.mjs')]],
  ]),
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const [name, command, commandArgs] of suites) {
  const summary = join(scratch, `${suites.findIndex((s) => s[0] === name)}.json`);
  const result = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, SUMMARY_FILE: summary },
  });
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = { ...counts, ...JSON.parse(readFileSync(summary, 'utf8')) };
  } catch {
    // No summary: the suite did not get as far as counting.
  }
  // A suite that failed without a failing test (a file that did not load, a build error) counts as one failure.
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  if (counts.passed === 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  lines.push(`${name.padEnd(20)} ${counts.passed} passed, ${counts.failed} failed`);
}
rmSync(scratch, { recursive: true, force: true });

if (suites.length > 1) console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(totals));
process.exit(totals.failed > 0 ? 1 : 0);
