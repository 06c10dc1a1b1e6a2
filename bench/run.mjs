// `npm run bench` (`--quick`: fewer runs; run `npm run build` first): what a
// page pays for the kit, six tasks against anchors (Shoelace, Web Awesome,
// Material Web) and a hand-written floor (bench/pages/floor) measured in the
// same run, in headless Chromium driven by playwright-core. Sizes are the
// packed package's, as `npm run check:size` measures them. Prints the tables
// and writes bench/results.json. Budgets are reported, never asserted: the
// exit code is non-zero only when the benchmark itself broke.
//
// Render ratios are judged on main-thread CPU time (CDP Performance.getMetrics
// TaskDuration around each sample): wall-clock ratios swing on a busy 2-core
// machine, CPU ratios hold better.
//
// Each timed figure is the median of several runs after warm-up runs, with
// the min–max spread; the variants of one comparison take turns run by run in
// the same page (the order rotating), and a ratio is taken run by run before
// its median. Timings run to a painted frame (see bench/pages/frame.ts).
//
// playwright-core rather than web-test-runner: one Chromium launched with the
// flags the heap figures need (--expose-gc, precise memory info), a CDP
// session per page for garbage collection and heap usage, a fresh page per
// benchmark, and pages bundled the way a host's production build is (lit in
// production mode, the anchors beside the kit) instead of served from source.
/* global window */
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { findChrome } from '../test/support/browsers.mjs';
import { gzipSync } from 'node:zlib';
import { ANCHOR_ENTRIES, FLOOR_ENTRIES, SHOELACE_CSS, WEBAWESOME_CSS } from './support/anchors.mjs';
import { ARGS } from './support/browser.mjs';
import { report, tasks } from './support/report.mjs';
import { anchors, BADGE_CYCLES, DIALOG_CYCLES, HEAP_TOLERANCE, quick, RUNS } from './support/settings.mjs';
import { measureCss, measureFile, measureKit, packedHost } from './support/sizes.mjs';
import { buildPages, serve } from './support/serve.mjs';
import { BADGE_ANCHORS, badges, boundBadges, dialog, filter, form, heap, memoryAdapter } from './support/tasks.mjs';

const started = Date.now();
const root = new URL('..', import.meta.url);
// ------------------------------------------------------------------ sizes

/**
 * The kit as shipped: the packed package bundled by esbuild, rollup and vite
 * (bench/support/sizes.mjs, as `npm run check:size` does; run `npm run build`
 * first), the single-file build as shipped, and the anchors and floors
 * bundled by vite with the theme each needs.
 */
async function sizes() {
  const host = packedHost();
  let kit;
  try {
    kit = await measureKit(host);
  } finally {
    host.cleanup();
  }
  const shipped = readFileSync(new URL('dist/customer-lifecycle-kit.bundle.js', root));
  const result = {
    method: 'packed package, bundled minified with production conditions; gzip -9 of the files together; Spanish aside',
    kit: { entries: kit.entries, page: kit.page, findings: kit.findings, problems: kit.problems },
    singleFile: { file: 'dist/customer-lifecycle-kit.bundle.js', min: shipped.length, gzip: gzipSync(shipped, { level: 9 }).length },
    anchors: null,
    floors: [],
  };
  for (const f of FLOOR_ENTRIES) result.floors.push({ ...f, ...(await measureFile(f.entry)) });
  if (anchors.versions) {
    const rows = [];
    for (const a of ANCHOR_ENTRIES) {
      const js = await measureFile(a.entry);
      const litShared = await measureFile(a.entry, { litShared: true });
      const css = a.css ? await measureCss(a.css) : null;
      rows.push({
        key: a.key, name: a.name, task: a.task, js, litShared, css: css && { min: css.min, gzip: css.gzip },
        gzip: js.reachable.gzip + (css?.gzip ?? 0), gzipLitShared: litShared.reachable.gzip + (css?.gzip ?? 0),
      });
    }
    result.anchors = { source: 'measured in this run', versions: anchors.versions, rows };
  } else {
    result.anchors = { source: anchors.fallback.source, why: anchors.fallback.why, rows: anchors.fallback.sizes };
  }
  return result;
}

// ------------------------------------------------------------------ machine
function machine(browserVersion) {
  const cpu = cpus();
  let os = `${osType()} ${release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) os = `${pretty} (${osType()} ${release()})`;
  } catch { /* not Linux: the kernel name and release */ }
  const playwright = JSON.parse(readFileSync(new URL('node_modules/playwright-core/package.json', root), 'utf8')).version;
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown', cores: cpu.length, memoryGB: Math.round(totalmem() / 2 ** 30), os,
    chromium: browserVersion, node: process.version, playwrightCore: playwright,
  };
}

// ------------------------------------------------------------------ main
let browser;
try {
  console.log(`npm run bench${quick ? ' --quick' : ''}: sizes…`);
  const sizeResults = await sizes();
  const files = await buildPages({
    anchors: anchors.versions ? {
      modules: Object.fromEntries(BADGE_ANCHORS.map(([tag]) => [tag, `bench/anchors/entries/${tag}.js`])),
      css: { light: (await measureCss(SHOELACE_CSS)).code, webawesome: (await measureCss(WEBAWESOME_CSS)).code },
    } : null,
  });
  browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serve(context, files);
  const results = { date: new Date().toISOString(), quick, machine: machine(browser.version()), runs: RUNS, sizes: sizeResults };
  const phase = (name) => console.log(`${name}… (${Math.round((Date.now() - started) / 1000)} s)`);
  phase('badges');
  results.badges = await badges(context);
  phase('bound badges');
  results.boundBadges = await boundBadges(context);
  phase('filter');
  results.filter = await filter(context);
  phase('dialog');
  results.dialog = await dialog(context);
  phase('heap');
  results.heap = {
    tolerance: `no growth: the second block of cycles adds under ${HEAP_TOLERANCE} bytes of JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage ×4)`,
    dialog: await heap(context, 'dialog', (p) => p.evaluate(() => window.benchDialog.cycles(100)), (p) => p.evaluate((n) => window.benchDialog.cycles(n), DIALOG_CYCLES)),
    badges: await heap(context, 'badges', (p) => p.evaluate(() => window.benchBadges.cycles(500)), (p) => p.evaluate((n) => window.benchBadges.cycles(n), BADGE_CYCLES)),
  };
  phase('memory adapter');
  results.adapter = await memoryAdapter(context);
  phase('form');
  results.form = await form(context);
  results.tasks = tasks(results);
  results.seconds = Math.round((Date.now() - started) / 1000);
  report(results);
  writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to bench/results.json (${results.seconds} s; ${results.machine.cores} cores, ${results.machine.chromium}).`);
} catch (error) {
  console.error('\nThe benchmark broke:', error);
  process.exitCode = 1;
} finally {
  await browser?.close();
}
