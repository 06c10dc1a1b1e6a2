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
/* global window, performance, requestAnimationFrame, setTimeout */
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { findChrome } from '../test/support/browsers.mjs';
import { gzipSync } from 'node:zlib';
import { ANCHOR_ENTRIES, ensureAnchors, FLOOR_ENTRIES, SHOELACE_CSS, WEBAWESOME_CSS } from './support/anchors.mjs';
import { measureCss, measureFile, measureKit, packedHost, PAGE_BUDGET } from './support/sizes.mjs';
import { buildPages, ORIGIN, serve } from './support/serve.mjs';
import { kB, ms, printTable, ratios, summary, times } from './support/stats.mjs';

const quick = process.argv.includes('--quick');
/** Warm-up and measured runs per comparison. */
const RUNS = quick
  ? { warmup: 1, runs: 5, big: 3, dialog: 8, adapter: 5, formRender: 2, formTick: 4, bound: 3 }
  : { warmup: 3, runs: 19, big: 9, dialog: 25, adapter: 15, formRender: 9, formTick: 19, bound: 5 };
const HEAP_TOLERANCE = 200_000; // bytes: "no growth" means less than this after garbage collection
const DIALOG_CYCLES = 1000;
const BADGE_CYCLES = 10_000;
const CUSTOMERS = 100_000;
const SERVICES = 10_000;
const BOUND_BADGES = 5000;
/** The adapter's latency under the bound badges, in ms a call. */
const BOUND_LATENCY = 300;
const started = Date.now();
const root = new URL('..', import.meta.url);
/** The kit's batch size for reads (MAX_BATCH_READ in src/adapter/schemas.ts). */
const MAX_BATCH_READ = Number(/MAX_BATCH_READ = (\d+)/.exec(readFileSync(new URL('src/adapter/schemas.ts', root), 'utf8'))[1]);

// ------------------------------------------------------------------ sizes
const anchors = ensureAnchors();

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

// ------------------------------------------------------------------ browser
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
  '--js-flags=--expose-gc', '--enable-precise-memory-info',
];

/** Runs `runs` rounds of `variants` (after `warmup` rounds), rotating their order; returns each variant's times. */
async function rounds(variants, run, { warmup, runs }) {
  const out = Object.fromEntries(variants.map((v) => [v, []]));
  for (let r = 0; r < warmup + runs; r++) {
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(r + k) % variants.length];
      const value = await run(variant, r);
      if (r >= warmup) out[variant].push(value);
    }
  }
  return out;
}

async function open(context, name) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${ORIGIN}/${name}.html`);
  const api = { badges: 'benchBadges', filter: 'benchFilter', dialog: 'benchDialog', adapter: 'benchAdapter', form: 'benchForm' }[name];
  await page.waitForFunction((key) => key in window, api, { timeout: 60_000 });
  if (errors.length) throw errors[0];
  return page;
}

/**
 * A page's main-thread CPU time: CDP's Performance.getMetrics `TaskDuration`
 * (the time the renderer's main thread spent running tasks: script, style,
 * layout, paint, garbage collection), read before and after `fn`. Idle time
 * between frames is not in it, so it holds on a busy machine where
 * wall-clock time swings.
 */
async function cpuMeter(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  return async (fn) => {
    const before = await busy();
    const value = await fn();
    return { ...value, cpuMs: (await busy() - before) * 1000 };
  };
}

const BADGE_VARIANTS = ['floor', 'badge', 'vanilla'];
const BADGE_ANCHORS = [['sl-badge', 'light'], ['wa-badge', 'webawesome']];

async function badges(context) {
  const page = await open(context, 'badges');
  const cpu = await cpuMeter(context, page);
  const variants = [...BADGE_VARIANTS];
  if (anchors.versions) {
    for (const [tag, css] of BADGE_ANCHORS) {
      await page.evaluate(([m, c, t]) => window.benchBadges.loadAnchor(m, c, t), [`${ORIGIN}/anchors/${tag}.js`, `${ORIGIN}/anchors/${css}.css`, tag]);
      variants.push(tag);
    }
  }
  const result = [];
  for (const count of [1000, 10_000]) {
    const plan = { warmup: RUNS.warmup, runs: count > 1000 ? RUNS.big : RUNS.runs };
    const raw = await rounds(variants, async (v) => {
      const s = await cpu(() => page.evaluate(([variant, n]) => window.benchBadges.sample(variant, n), [v, count]));
      await page.evaluate(() => window.benchBadges.clear());
      return s;
    }, plan);
    const of = (v, key) => raw[v].map((s) => s[key]);
    result.push({
      count,
      runs: plan.runs,
      ms: Object.fromEntries(variants.map((v) => [v, summary(of(v, 'ms'))])),
      cpuMs: Object.fromEntries(variants.map((v) => [v, summary(of(v, 'cpuMs'))])),
      framesOver1: Object.fromEntries(variants.map((v) => [v, raw[v].filter((s) => s.frames > 1).length])),
      cpuRatioToFloor: Object.fromEntries(variants.filter((v) => v !== 'floor').map((v) => [v, ratios(of(v, 'cpuMs'), of('floor', 'cpuMs'))])),
      cpuRatioOfBadgeTo: Object.fromEntries(variants.filter((v) => v !== 'badge').map((v) => [v, ratios(of('badge', 'cpuMs'), of(v, 'cpuMs'))])),
      msRatioToVanilla: ratios(of('badge', 'ms'), of('vanilla', 'ms')),
    });
  }
  await page.close();
  return result;
}

/**
 * BOUND_BADGES bound badges under one provider over a memory adapter with
 * BOUND_LATENCY ms a call, one badge per customer, on a page of their own
 * (once a provider has connected, every badge on the page asks for context).
 * One warm-up round: a round takes seconds, and its first use loads the lazy modules.
 */
async function boundBadges(context) {
  const page = await open(context, 'badges');
  const raw = await rounds(['bound'],
    () => page.evaluate(([n, customers, latency]) => window.benchBadges.bound(n, customers, latency), [BOUND_BADGES, BOUND_BADGES, BOUND_LATENCY]),
    { warmup: 1, runs: RUNS.bound });
  await page.close();
  const samples = raw.bound;
  const of = (key) => summary(samples.map((s) => s[key]));
  return {
    badges: BOUND_BADGES, customers: BOUND_BADGES, runs: samples.length, latencyMs: samples[0].latencyMs, batch: MAX_BATCH_READ,
    ms: of('ms'), frames: of('frames'), getCustomer: of('getCustomer'), getCustomers: of('getCustomers'),
    calls: summary(samples.map((s) => s.getCustomer + s.getCustomers)),
    longestTaskMs: samples.some((s) => s.longestTaskMs === null) ? null : of('longestTaskMs'),
    longTasks: of('longTasks'),
    insertTaskMs: samples.some((s) => s.insertTaskMs === null) ? null : of('insertTaskMs'),
  };
}

async function filter(context) {
  const page = await open(context, 'filter');
  const cpu = await cpuMeter(context, page);
  const result = [];
  for (const rows of [1000, 10_000]) {
    await page.evaluate((n) => window.benchFilter.setup(n), rows);
    const plan = { warmup: RUNS.warmup, runs: rows > 1000 ? RUNS.big * 2 : RUNS.runs };
    // Each run switches to Inactive or back to Active, alternately (both variants alike).
    const raw = await rounds(['loop', 'filter'], async (v, r) => {
      const args = [v, r % 2 ? 'active' : 'inactive'];
      await page.evaluate(([variant, show]) => window.benchFilter.prepare(variant, show), args);
      return cpu(() => page.evaluate(([variant, show]) => window.benchFilter.sample(variant, show), args));
    }, plan);
    const of = (v, key) => raw[v].map((s) => s[key]);
    result.push({
      rows,
      runs: plan.runs,
      loop: summary(of('loop', 'ms')),
      filter: summary(of('filter', 'ms')),
      loopCpu: summary(of('loop', 'cpuMs')),
      filterCpu: summary(of('filter', 'cpuMs')),
      ratio: ratios(of('filter', 'ms'), of('loop', 'ms')),
      cpuRatio: ratios(of('filter', 'cpuMs'), of('loop', 'cpuMs')),
    });
  }
  await page.close();
  return result;
}

async function dialog(context) {
  const page = await open(context, 'dialog');
  const cpu = await cpuMeter(context, page);
  const raw = await rounds(['dialog', 'floor'], async (v) => {
    const s = await cpu(() => page.evaluate((variant) => window.benchDialog.sample(variant), v));
    await page.evaluate(() => window.benchDialog.close());
    return s;
  }, { warmup: RUNS.warmup, runs: RUNS.dialog });
  await page.close();
  const samples = raw.dialog;
  return {
    runs: samples.length,
    visible: summary(samples.map((s) => s.visibleMs)),
    interactive: summary(samples.map((s) => s.interactiveMs)),
    visibleFrame: summary(samples.map((s) => s.visibleFrame)),
    interactiveFrame: summary(samples.map((s) => s.interactiveFrame)),
    visibleInFirstFrame: samples.filter((s) => s.visibleFrame === 1).length,
    interactiveInFirstFrame: samples.filter((s) => s.interactiveFrame === 1).length,
    confirmEnabled: samples.every((s) => s.confirmEnabled),
    cpuMs: summary(samples.map((s) => s.cpuMs)),
    floor: { interactive: summary(raw.floor.map((s) => s.interactiveMs)), cpuMs: summary(raw.floor.map((s) => s.cpuMs)) },
    cpuRatioToFloor: ratios(samples.map((s) => s.cpuMs), raw.floor.map((s) => s.cpuMs)),
  };
}

/** The page's JS heap after garbage collection (CDP), with DOM counters and `performance.memory` beside. */
async function heapOf(page, cdp) {
  for (let i = 0; i < 4; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const reported = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  return { used: usedSize, usedJSHeapSize: reported, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
}

/**
 * The heap at the start (after `warm` cycles), after a first block of
 * cycles, and after a second one. The first block still fills what the
 * first uses of the code fill once (compiled code, inline caches, the kit's
 * template caches); a leak shows as growth in the second block, which is what
 * the target is judged on. Both are reported.
 */
async function heap(context, name, warm, cycles) {
  const page = await open(context, name);
  const cdp = await context.newCDPSession(page);
  await warm(page);
  const start = await heapOf(page, cdp);
  const t = Date.now();
  await cycles(page);
  const cycleSeconds = (Date.now() - t) / 1000;
  const baseline = await heapOf(page, cdp);
  await cycles(page);
  const after = await heapOf(page, cdp);
  await page.close();
  const growth = after.used - baseline.used;
  return {
    start, baseline, after, cycleSeconds,
    firstBlockGrowth: baseline.used - start.used,
    growth, growthPercent: (100 * growth) / baseline.used, tolerance: HEAP_TOLERANCE, met: growth < HEAP_TOLERANCE,
  };
}

async function memoryAdapter(context) {
  const page = await open(context, 'adapter');
  const made = await page.evaluate((n) => window.benchAdapter.setup(n), CUSTOMERS);
  const names = await page.evaluate(() => window.benchAdapter.names);
  const first = {};
  const raw = await rounds(names, async (name) => {
    const s = await page.evaluate((q) => window.benchAdapter.query(q), name);
    first[name] ??= s;
    return s;
  }, { warmup: RUNS.warmup, runs: RUNS.adapter });
  await page.close();
  return {
    customers: made.customers,
    records: made.records,
    setupMs: made.ms,
    queries: names.map((name) => ({ name, found: first[name].found, firstMs: first[name].ms, ms: summary(raw[name].map((s) => s.ms)) })),
  };
}

/**
 * service-reactivate-form on one customer with SERVICES deactivated services:
 * the first render of a new form (the first one, which also loads the lazy
 * modules, reported apart as the warm-up), then ticks on the last form loaded.
 */
async function form(context) {
  const page = await open(context, 'form');
  const made = await page.evaluate((n) => window.benchForm.setup(n), SERVICES);
  const cold = await page.evaluate(() => window.benchForm.firstRender());
  const renders = await rounds(['render'], () => page.evaluate(() => window.benchForm.firstRender()), { warmup: 0, runs: RUNS.formRender });
  const ticks = await rounds(['tick'], () => page.evaluate(() => window.benchForm.tick()), { warmup: RUNS.warmup, runs: RUNS.formTick });
  await page.close();
  return {
    services: SERVICES,
    setupMs: made.ms,
    firstRenderCold: cold,
    firstRender: {
      runs: renders.render.length,
      ms: summary(renders.render.map((s) => s.ms)),
      frames: summary(renders.render.map((s) => s.frames)),
      firstRowsMs: summary(renders.render.map((s) => s.firstRowsMs)),
      longestTaskMs: summary(renders.render.map((s) => s.longestTaskMs ?? 0)),
    },
    tick: {
      runs: ticks.tick.length,
      ms: summary(ticks.tick.map((s) => s.ms)),
      scriptMs: summary(ticks.tick.map((s) => s.scriptMs)),
      frames: summary(ticks.tick.map((s) => s.frames)),
    },
  };
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

// ------------------------------------------------------------------ report
const gz = (n) => `${kB(n)} kB`;
const vite = (byBundler, key) => byBundler.vite[key].gzip;
const range = (byBundler, key) => {
  const values = Object.values(byBundler).map((f) => f[key].gzip);
  return `${kB(Math.min(...values))}–${kB(Math.max(...values))} kB`;
};
const cpu = (s) => ms(s).replace(' ms', ' ms CPU');

/**
 * The six tasks a page does, each with the kit's figure, the anchor's figure
 * measured in this run, the ratio and the budget. Render ratios are judged on
 * main-thread CPU time, run by run.
 */
function tasks(r) {
  const { sizes: s } = r;
  const entry = (name) => s.kit.entries.find((e) => e.name === name);
  const anchor = (key) => s.anchors.rows.find((a) => a.key === key);
  const floor = (key) => s.floors.find((f) => f.key === key);
  const rows = [];
  const add = (task, measured, kit, anchorName, anchorFigure, ratio, budget, met) => rows.push({ task, measured, kit, anchor: anchorName, anchorFigure, ratio, budget, met });

  // 1. A status column.
  const badge = entry('customer-status-badge');
  const badgeBytes = vite(badge.all, 'english');
  add('status column', 'bytes: the badge up front + the English catalogue (gzip, vite)', gz(badgeBytes),
    'floor-badge (JS) / sl-badge / wa-badge (JS + theme)',
    [floor('floor-badge').upFront.gzip, anchor('sl-badge')?.gzip, anchor('wa-badge')?.gzip].map((n) => (n ? gz(n) : '—')).join(' / '),
    [anchor('sl-badge'), anchor('wa-badge')].map((a) => (a ? `${(badgeBytes / a.gzip).toFixed(2)}×` : '—')).join(' / '),
    '≤ 6 kB', badgeBytes <= 6000);
  for (const b of r.badges) {
    const x = b.cpuRatioToFloor.badge;
    const others = ['sl-badge', 'wa-badge'].filter((v) => b.cpuRatioOfBadgeTo[v]).map((v) => `${v} ${times(b.cpuRatioOfBadgeTo[v])}`).join('; ');
    add('status column', `${b.count.toLocaleString('en')} badges: main-thread CPU to the painted frame`, cpu(b.cpuMs.badge),
      'floor-badge', cpu(b.cpuMs.floor), `${times(x)}${others ? `; against ${others}` : ''}`, '≤ 1.15× the floor', x.median <= 1.15);
  }

  // 2. A deactivate flow.
  const dialogEntry = entry('deactivate-dialog');
  const flow = anchor('sl-flow');
  const dialogBytes = vite(dialogEntry.all, 'reachable');
  add('deactivate flow', 'bytes in use: the dialog and all it loads, Spanish aside (gzip, vite)', gz(dialogBytes),
    'sl-dialog + checkbox, button, textarea + light.css', flow ? gz(flow.gzip) : '—', flow ? `${(dialogBytes / flow.gzip).toFixed(2)}×` : '—',
    '≤ the Shoelace flow', flow ? dialogBytes <= flow.gzip : false);
  const d = r.dialog;
  add('deactivate flow', 'show() → interactive (preview shown, Cancel focused): frame', `frame ${d.interactiveFrame.median} (${d.interactiveInFirstFrame}/${d.runs} runs in the 1st)`,
    '', '', '', 'the first frame', d.interactiveInFirstFrame === d.runs);
  add('deactivate flow', 'show() → interactive: main-thread CPU', cpu(d.cpuMs), 'floor-dialog (native <dialog>)', cpu(d.floor.cpuMs),
    times(d.cpuRatioToFloor), '≤ 2× the floor', d.cpuRatioToFloor.median <= 2);

  // 3. A customer page.
  const page = s.kit.page;
  for (const [variant, label] of [['all', 'with lit, zod and English'], ['shared', 'lit shared']]) {
    const worst = Math.max(...Object.values(page[variant]).map((f) => f.reachable.gzip));
    add('customer page', `bytes: the five elements, everything they load, ${label} (esbuild, rollup, vite)`, range(page[variant], 'reachable'),
      '(budget)', gz(PAGE_BUDGET[variant]), `${(worst / PAGE_BUDGET[variant]).toFixed(2)}×`, `≤ ${kB(PAGE_BUDGET[variant])} kB`, worst <= PAGE_BUDGET[variant]);
  }

  // 4. Bound badges.
  const bb = r.boundBadges;
  const most = Math.ceil(bb.badges / bb.batch);
  add('bound badges', `${bb.badges.toLocaleString('en')} over ${bb.customers.toLocaleString('en')} customers, ${bb.latencyMs} ms adapter: adapter calls`,
    String(bb.calls.median), `${bb.badges.toLocaleString('en')} / batch of ${bb.batch}`, String(most), `${(bb.calls.median / most).toFixed(2)}×`,
    `≤ ${most}`, bb.calls.max <= most);
  add('bound badges', 'longest task after the host\'s insert', bb.longestTaskMs ? ms(bb.longestTaskMs) : 'not measured',
    '', '', '', '≤ 200 ms', bb.longestTaskMs !== null && bb.longestTaskMs.median <= 200);
  add('bound badges', 'inserted → all settled (painted)', ms(bb.ms), '', '', '', 'reported', true);

  // 5. The service form.
  const f = r.form;
  add('service form', `${f.services.toLocaleString('en')} services: first render (all rows shown)`, ms(f.firstRender.ms), 'first rows', ms(f.firstRender.firstRowsMs), '',
    '≤ 1 s', f.firstRender.ms.median <= 1000);
  add('service form', 'one tick (a checkbox clicked → updated)', ms(f.tick.ms), '', '', '', '≤ 200 ms', f.tick.ms.median <= 200);

  // 6. The inactive filter.
  const big = r.filter.at(-1);
  add('inactive filter', `${big.rows.toLocaleString('en')} host rows, one switch: main-thread CPU`, cpu(big.filterCpu), 'hand-written loop', cpu(big.loopCpu),
    times(big.cpuRatio), '≤ 1.0× the loop', big.cpuRatio.median <= 1.0);
  return rows;
}

function report(results) {
  const { sizes: s } = results;
  const names = Object.keys(s.kit.page.all);
  const sizeRows = (variant) => [...s.kit.entries, s.kit.page].filter((e) => e[variant]).map((e) => [
    e.name, ...names.map((b) => `${kB(e[variant][b].upFront.gzip)} / ${kB(e[variant][b].reachable.gzip)}`),
  ]);
  printTable('The packed kit, gzip kB: up front / everything reachable (Spanish aside), lit bundled', ['entry', ...names], sizeRows('all'));
  printTable('The same, lit shared with the page', ['entry', ...names], sizeRows('shared'));
  console.log(`The single-file build as shipped (${s.singleFile.file}): ${kB(s.singleFile.min)} kB minified, ${kB(s.singleFile.gzip)} kB gzip.`);
  if (s.anchors.versions) {
    printTable(`Anchors and floors, vite, gzip kB (measured in this run: ${Object.entries(s.anchors.versions).map(([n, v]) => `${n} ${v}`).join(', ')})`,
      ['module', 'JS up front', 'JS reachable', 'theme CSS', 'total', 'total, lit shared'],
      [
        ...s.anchors.rows.map((a) => [a.name, kB(a.js.upFront.gzip), kB(a.js.reachable.gzip), a.css ? kB(a.css.gzip) : '—', kB(a.gzip), kB(a.gzipLitShared)]),
        ...s.floors.map((f) => [f.name, kB(f.upFront.gzip), kB(f.reachable.gzip), '—', kB(f.reachable.gzip), '—']),
      ]);
  } else {
    console.log(`\nAnchors not measured: ${s.anchors.why}.\n${s.anchors.source}`);
  }
  const variantNames = { floor: 'floor-badge (hand-written)', badge: 'customer-status-badge', vanilla: 'light-DOM clone (no shadow root)', 'sl-badge': 'sl-badge', 'wa-badge': 'wa-badge' };
  printTable('Badges to a painted frame (median, min–max): main-thread CPU, wall clock', ['badges', 'variant', 'CPU', 'wall clock', 'CPU ratio to the floor'],
    results.badges.flatMap((b) => Object.keys(b.ms).map((v) => [
      b.count.toLocaleString('en'), variantNames[v], ms(b.cpuMs[v]), ms(b.ms[v]), v === 'floor' ? '—' : times(b.cpuRatioToFloor[v]),
    ])));
  console.log(`Each run builds the badges into a fresh container, from the start of a frame to the end of the first painted frame\n` +
    `showing them all; ${results.badges[0].runs} runs at 1,000 and ${results.badges[1].runs} at 10,000 after ${RUNS.warmup} warm-up runs, variants in turn.` +
    (anchors.versions ? ' Both anchors\' themes are on the page for every variant.' : '') +
    `\ncustomer-status-badge / light-DOM clone, wall clock, run by run: ${results.badges.map((b) => `${b.count.toLocaleString('en')}: ${times(b.msRatioToVanilla)}`).join('; ')}.`);
  const bb = results.boundBadges;
  const count = (x) => (x.min === x.max ? x.median.toLocaleString('en') : `${x.median.toLocaleString('en')} (${x.min.toLocaleString('en')}–${x.max.toLocaleString('en')})`);
  printTable(`Bound badges: ${bb.badges.toLocaleString('en')} <customer-status-badge customer-id=…> over as many customers, memory adapter at ${bb.latencyMs} ms a call`,
    ['inserted → all ready (painted)', 'frames', 'getCustomer', 'getCustomers', 'host\'s insert task', 'longest task after it', 'tasks ≥ 50 ms after it'],
    [[ms(bb.ms), count(bb.frames), count(bb.getCustomer), count(bb.getCustomers), bb.insertTaskMs ? ms(bb.insertTaskMs) : 'not measured',
      bb.longestTaskMs ? ms(bb.longestTaskMs) : 'not measured', count(bb.longTasks)]]);
  printTable('inactive-filter for=… on a host table, one switch to a painted frame', ['rows', 'loop CPU', 'filter CPU', 'CPU ratio', 'loop wall', 'filter wall', 'wall ratio'],
    results.filter.map((f) => [f.rows.toLocaleString('en'), ms(f.loopCpu), ms(f.filterCpu), times(f.cpuRatio), ms(f.loop), ms(f.filter), times(f.ratio)]));
  const d = results.dialog;
  printTable('deactivate-dialog, instant adapter, against floor-dialog', ['from show()', 'time', 'frame'], [
    ['to visible (modal drawn)', ms(d.visible), `${d.visibleFrame.median} (${d.visibleInFirstFrame}/${d.runs} runs in the first)`],
    [`to interactive (impact preview, Cancel focused${d.confirmEnabled ? ', confirm enabled' : ''})`, ms(d.interactive), `${d.interactiveFrame.median} (${d.interactiveFrame.min}–${d.interactiveFrame.max})`],
    ['floor-dialog to interactive (Cancel focused)', ms(d.floor.interactive), ''],
  ]);
  const h = results.heap;
  const mb = (n) => (n / 1e6).toFixed(2);
  const signed = (n) => `${n >= 0 ? '+' : ''}${kB(n)} kB`;
  printTable(`JS heap after garbage collection (MB): at the start, after a first block of cycles, after a second; no growth: the second adds under ${kB(HEAP_TOLERANCE)} kB`,
    ['cycles per block', 'start', 'after 1st', 'after 2nd', '1st block', '2nd block', 'DOM nodes', 'listeners'],
    [[`${DIALOG_CYCLES.toLocaleString('en')} dialog open/close`, h.dialog], [`${BADGE_CYCLES.toLocaleString('en')} badge mount/unmount`, h.badges]]
      .map(([name, m]) => [name, mb(m.start.used), mb(m.baseline.used), mb(m.after.used), signed(m.firstBlockGrowth),
        `${signed(m.growth)} (${m.growthPercent.toFixed(2)}%)`,
        `${m.start.nodes} → ${m.after.nodes}`, `${m.start.listeners} → ${m.after.listeners}`]));
  const a = results.adapter;
  printTable(`Memory adapter, ${a.customers.toLocaleString('en')} customers (${a.records.toLocaleString('en')} records; generated and indexed in ${ms(summary([a.setupMs])).split(' (')[0]})`,
    ['query (one call)', 'found', 'first call', 'time'], a.queries.map((q) => [q.name, q.found.toLocaleString('en'), `${q.firstMs.toFixed(2)} ms`, ms(q.ms)]));
  const f = results.form;
  printTable(`service-reactivate-form, ${f.services.toLocaleString('en')} services (median, min–max)`, ['to a painted frame', 'runs', 'time', 'of it, script', 'frame'], [
    ['first render, cold (the warm-up: lazy modules loaded)', '1', ms(summary([f.firstRenderCold.ms])).split(' (')[0], '', String(f.firstRenderCold.frames)],
    ['first rows (attached → the first checkboxes shown)', f.firstRender.runs, ms(f.firstRender.firstRowsMs), '', ''],
    ['first render (attached → all checkboxes shown)', f.firstRender.runs, ms(f.firstRender.ms), '', `${f.firstRender.frames.median} (${f.firstRender.frames.min}–${f.firstRender.frames.max})`],
    ['  the longest main-thread task meanwhile', f.firstRender.runs, ms(f.firstRender.longestTaskMs), '', ''],
    ['one tick (a checkbox clicked → updateComplete)', f.tick.runs, ms(f.tick.ms), ms(f.tick.scriptMs), `${f.tick.frames.median} (${f.tick.frames.min}–${f.tick.frames.max})`],
  ]);
  printTable('What a page pays: six tasks, against the anchors measured in this run (reported, not asserted)',
    ['task', 'measured', 'kit', 'anchor', 'anchor\'s figure', 'ratio', 'budget', 'met'],
    results.tasks.map((t) => [t.task, t.measured, t.kit, t.anchor, t.anchorFigure, t.ratio, t.budget, t.met ? 'yes' : 'NO']));
  console.log('Ratios: the kit over the anchor, run by run for times (median, min–max). CPU: the main thread\'s busy time from CDP\n' +
    '(Performance.getMetrics TaskDuration) over the sample; wall-clock ratios swing on a busy machine, CPU ratios hold better.');
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
