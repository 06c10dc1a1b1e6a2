// The benchmark's settings: how many runs (`--quick` for fewer), the sizes of
// the sets it measures, and the kit's batch size.
import { readFileSync } from 'node:fs';
import { ensureAnchors } from './anchors.mjs';

export const quick = process.argv.includes('--quick');
/** Warm-up and measured runs per comparison. */
export const RUNS = quick
  ? { warmup: 1, runs: 5, big: 3, dialog: 8, adapter: 5, formRender: 2, formTick: 4, bound: 3 }
  : { warmup: 3, runs: 19, big: 9, dialog: 25, adapter: 15, formRender: 9, formTick: 19, bound: 5 };
export const HEAP_TOLERANCE = 200_000; // bytes: "no growth" means less than this after garbage collection
export const DIALOG_CYCLES = 1000;
export const BADGE_CYCLES = 10_000;
export const CUSTOMERS = 100_000;
export const SERVICES = 10_000;
export const BOUND_BADGES = 5000;
/** The adapter's latency under the bound badges, in ms a call. */
export const BOUND_LATENCY = 300;
export const root = new URL('../..', import.meta.url);
/** The kit's batch size for reads (MAX_BATCH_READ in src/adapter/schemas.records.ts). */
export const MAX_BATCH_READ = Number(/MAX_BATCH_READ = (\d+)/.exec(readFileSync(new URL('src/adapter/schemas.records.ts', root), 'utf8'))[1]);

/** The anchors (other kits' elements), installed on first use: their versions, or the recorded fallback. */
export const anchors = ensureAnchors();
