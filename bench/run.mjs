// `npm run bench`: runs bench/*.bench.ts in headless Chromium (found or
// installed like the tests' browser), then prints each benchmark's medians,
// the ratios the budgets are about, and whether each budget is met. The
// figures are reported, not asserted: a noisy machine does not fail a build.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findChrome } from '../test/support/find-chrome.mjs';

const chrome = findChrome();
const bin = new URL('../node_modules/.bin/web-test-runner', import.meta.url).pathname;
const config = new URL('./web-test-runner.bench.mjs', import.meta.url).pathname;
const run = spawnSync(bin, ['--config', config, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
if (run.status !== 0) process.exit(run.status ?? 1);

const results = JSON.parse(readFileSync(new URL('./results/latest.json', import.meta.url), 'utf8')).flat();
const median = (benchmark, variant) => results.find((r) => r.benchmark === benchmark && r.variant === variant)?.median;

console.log('\nbenchmark                          variant                     median ms    p75 ms');
for (const r of results) {
  console.log(`${r.benchmark.padEnd(34)} ${r.variant.padEnd(26)} ${r.median.toFixed(2).padStart(10)} ${r.p75.toFixed(2).padStart(9)}`);
}

const budgets = [
  ['badge ×1000 / vanilla clone', median('badge render ×1000', 'customer-status-badge') / median('badge render ×1000', 'vanilla template clone'), 1.5, '×'],
  ['(context) trivial Lit / vanilla', median('badge render ×1000', 'trivial Lit element') / median('badge render ×1000', 'vanilla template clone'), null, '×'],
  ['filter ×10,000 / hand loop', median('filter for=… ×10,000 rows', 'inactive-filter') / median('filter for=… ×10,000 rows', 'hand-written loop'), 1.0, '×'],
  ['filter ×1,000 rows, one switch', median('filter for=… ×1,000 rows', 'inactive-filter') / 10, 100, 'ms'],
];
console.log('\nbudget                              measured    budget   met');
for (const [name, value, budget, unit] of budgets) {
  const shown = Number.isFinite(value) ? `${value.toFixed(2)} ${unit}` : 'n/a';
  const met = budget === null ? '' : Number.isFinite(value) && value <= budget ? 'yes' : 'NO';
  console.log(`${name.padEnd(34)} ${shown.padStart(10)} ${budget === null ? '' : `${budget} ${unit}`.padStart(9)}   ${met}`);
}
