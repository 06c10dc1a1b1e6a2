// `npm test`: runs every test there is.
//   1. The browser tests (web-test-runner), in each engine in turn: Chromium,
//      Firefox, WebKit. Each is found, or installed from Debian's packages where
//      we are root; Chromium is required (without it this stops and says what to
//      install), and an engine that cannot be had here is reported as skipped,
//      with the reason.
//   2. The seeds' end-to-end journeys against the built demo (e2e/run.mjs) and
//      the strict-page checks against the built bundle (e2e/strict/run.mjs), in
//      Chromium: playwright-core drives only the browser builds of its own for
//      Firefox and WebKit, which cannot be installed from Debian.
// Ends with one line `N passed, N failed[, N skipped]` over all of them, also
// written as JSON to SUMMARY_FILE when that is set.
//   TEST_ENGINES=chromium,webkit npm test    only those engines
//   npm test -- --files "test/rules/*.test.ts"   extra arguments go to web-test-runner, and then only it runs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ENGINES, findEngine } from './browsers.mjs';
import { MISSING } from './engine-capabilities.mjs';

const args = process.argv.slice(2);
const here = (path) => new URL(path, import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'clk-tests-'));
const wanted = (process.env.TEST_ENGINES ?? ENGINES.join(',')).split(',').map((e) => e.trim()).filter(Boolean);

const engines = wanted.map((engine) => findEngine(engine));
// Chromium is not optional: the journeys and strict pages need it, and it is the engine every machine can have.
const chromium = engines.find((found) => found.engine === 'chromium') ?? (args.length === 0 ? findEngine('chromium') : undefined);
if (chromium?.skipped) {
  console.error(`The tests need Chrome or Chromium, and none was found. ${chromium.skipped}`);
  process.exit(2);
}

const suites = [
  ...engines.map((found) => ({
    name: `${found.label} ${found.version ?? ''}`.trim(),
    engine: found.engine,
    skipped: found.skipped,
    command: here('../../node_modules/.bin/web-test-runner'),
    args,
    env: { WTR_ENGINE: found.engine, BROWSER_PATH: found.path },
  })),
  ...(args.length > 0 ? [] : [
    { name: 'end-to-end journeys (Chromium)', command: process.execPath, args: [here('../../e2e/run.mjs')] },
    { name: 'strict pages (Chromium)', command: process.execPath, args: [here('../../e2e/strict/run.mjs')] },
  ]),
];

/** Runs one suite; its counts, or undefined when it wrote no summary. */
function runOnce(suite, summary) {
  rmSync(summary, { force: true });
  const result = spawnSync(suite.command, suite.args, {
    stdio: 'inherit',
    env: { ...process.env, ...(chromium ? { CHROME_PATH: chromium.path } : {}), ...suite.env, SUMMARY_FILE: summary },
  });
  try {
    return { result, counts: { passed: 0, failed: 0, skipped: 0, ...JSON.parse(readFileSync(summary, 'utf8')) } };
  } catch {
    return { result, counts: undefined };
  }
}

const seconds = (since) => `${Math.round((performance.now() - since) / 1000)} s`;
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const notes = [];
for (const [index, suite] of suites.entries()) {
  if (suite.skipped) {
    lines.push(`${suite.name.padEnd(34)} skipped: not installed`);
    notes.push(`${suite.name} was skipped. ${suite.skipped}`);
    continue;
  }
  console.log(`\n=== ${suite.name}`);
  const started = performance.now();
  const summary = join(scratch, `${index}.json`);
  let { result, counts } = runOnce(suite, summary);
  if (!counts && suite.engine) {
    // The runner itself died (a browser or driver crash), before counting anything: said, and run once more.
    const why = result.signal ? `signal ${result.signal}` : `exit code ${result.status}`;
    notes.push(`${suite.name}: the test runner ended without a summary (${why}) and was run once more.`);
    console.log(`\n=== ${suite.name}: the test runner ended without a summary (${why}); running it once more`);
    ({ result, counts } = runOnce(suite, summary));
  }
  counts ??= { passed: 0, failed: 0, skipped: 0 };
  // A suite that failed without a failing test (a file that did not load, a build error) counts as one failure.
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  if (counts.passed === 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  lines.push(`${suite.name.padEnd(34)} ${counts.passed} passed, ${counts.failed} failed${skipped}  (${seconds(started)})`);
  const missing = Object.values(MISSING[suite.engine] ?? {});
  if (counts.skipped && missing.length > 0) notes.push(`${suite.name} skips the tests that need a command its driver lacks:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
}
rmSync(scratch, { recursive: true, force: true });

console.log(`\n${lines.join('\n')}`);
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify({ ...totals, suites: lines }));
process.exit(totals.failed > 0 ? 1 : 0);
