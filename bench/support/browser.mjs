// The browser side of the benchmark: Chromium's flags, rounds of variants
// taking turns, a page per benchmark, and CDP readings of CPU time and heap.
/* global window, performance, requestAnimationFrame, setTimeout */
import { ORIGIN } from './serve.mjs';

export const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
  '--js-flags=--expose-gc', '--enable-precise-memory-info',
];

/** Runs `runs` rounds of `variants` (after `warmup` rounds), rotating their order; returns each variant's times. */
export async function rounds(variants, run, { warmup, runs }) {
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

export async function open(context, name) {
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
export async function cpuMeter(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  return async (fn) => {
    const before = await busy();
    const value = await fn();
    return { ...value, cpuMs: (await busy() - before) * 1000 };
  };
}


/** The page's JS heap after garbage collection (CDP), with DOM counters and `performance.memory` beside. */
export async function heapOf(page, cdp) {
  for (let i = 0; i < 4; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const reported = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  return { used: usedSize, usedJSHeapSize: reported, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
}
