/**
 * Bound badges, for the badges page (loaded by it only when measured, so
 * that its presentational samples run without a provider on the page): N
 * `<customer-status-badge customer-id=…>`, each in a row of its own as in a
 * host's table, inserted at once under one `<lifecycle-provider>` whose
 * adapter is a fresh memory adapter (generated customers, a fixed
 * latency, 300 ms unless asked otherwise, so that it answers in tasks of its own, as a network would)
 * wrapped in a Proxy that counts its reads. Timed from the
 * start of the frame that inserts them to the end of the first painted frame
 * after which every badge's bound state is `ready` (its status shown), with
 * the longest main-thread task in between (Long Tasks API: tasks of 50 ms or
 * more are reported, so "none" means every task was shorter).
 */
// The provider is defined before any bound badge looks for it (@lit/context).
import '../../src/elements/lifecycle-provider/define.js';
import type { LifecycleProvider } from '../../src/elements/lifecycle-provider/define.js';
import type { CustomerStatusBadge } from '../../src/elements/customer-status-badge/customer-status-badge.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { collect, nextPaint, paintedFrame, watchLongTasks, type LongTasks } from './frame.js';

/** The memory adapter's latency by default, in ms: every call waits a timer of its own, as a slow network's would. */
export const LATENCY_MS = 300;
/** Frames to wait at most (a long task is one frame; this bounds the idle ones). */
const MAX_FRAMES = 6000;

export interface BoundSample {
  /** The adapter's latency (`LATENCY_MS` unless asked otherwise). */
  latencyMs: number;
  /** From the frame that inserted the badges to the painted frame after which all were ready. */
  ms: number;
  frames: number;
  /** Adapter calls during the sample, by method. */
  getCustomer: number;
  getCustomers: number;
  /**
   * The longest task (ms) overlapping the sample after the host's own insertion task; 0 when none reached 50 ms;
   * null without the Long Tasks API.
   */
  longestTaskMs: number | null;
  /** How many of those tasks reached 50 ms. */
  longTasks: number;
  /** The host's task that inserted the rows (each badge's first, loading render included); 0 under 50 ms. */
  insertTaskMs: number | null;
}

type Counted = 'getCustomer' | 'getCustomers';

/** `adapter` behind a Proxy that counts the calls of its reads; everything else passes through. */
function counting(adapter: MemoryAdapter): { proxy: MemoryAdapter; calls: Record<Counted, number> } {
  const calls: Record<Counted, number> = { getCustomer: 0, getCustomers: 0 };
  const proxy = new Proxy(adapter, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (key !== 'getCustomer' && key !== 'getCustomers') return method.bind(target);
      return (...args: unknown[]) => {
        calls[key] += 1;
        return method.apply(target, args);
      };
    },
  });
  return { proxy, calls };
}

/**
 * `count` bound badges over `customers` distinct customers (badge i shows
 * customer i mod `customers`), on a fresh adapter and provider; resolves when
 * every badge is ready, rejects when one fails to load.
 */
export async function sample(count: number, customers: number, latency = LATENCY_MS): Promise<BoundSample> {
  collect();
  const adapter = createMemoryAdapter({ count: customers, seed: 1, latency });
  const { proxy, calls } = counting(adapter);
  const provider = document.createElement('lifecycle-provider') as LifecycleProvider;
  provider.adapter = proxy;
  document.body.append(provider);
  const tasks = watchLongTasks();
  try {
    return { ...await measure(provider, count, customers, calls, tasks), latencyMs: latency };
  } finally {
    tasks.disconnect();
    provider.remove();
    await nextPaint();
  }
}

/** Inserts `count` badges (over `customers` customers) into `provider` in one frame and times them until all are ready. */
async function measure(
  provider: LifecycleProvider,
  count: number,
  customers: number,
  calls: Record<Counted, number>,
  tasks: LongTasks,
): Promise<BoundSample> {
  await provider.updateComplete;
  const fragment = document.createDocumentFragment();
  const badges: CustomerStatusBadge[] = [];
  // One row per badge: a paragraph of thousands of inline badges would time its own relayout on every change.
  for (let i = 0; i < count; i++) {
    const badge = document.createElement('customer-status-badge');
    badge.setAttribute('customer-id', `cus-${(i % customers) + 1}`);
    const row = fragment.appendChild(document.createElement('div'));
    badges.push(row.appendChild(badge));
  }
  await nextPaint();
  let next = 0;
  let failed: CustomerStatusBadge | undefined;
  /** Whether every badge is ready; scans on from the first one that was not, and stops at a failed one. */
  const ready = () => {
    for (; next < badges.length; next++) {
      const phase = badges[next]!.bound?.phase;
      if (phase === 'error') failed = badges[next];
      if (phase !== 'ready') return failed !== undefined;
    }
    return true;
  };
  const from = performance.now();
  let insertedAt = from;
  const painted = await paintedFrame(() => {
    insertedAt = performance.now();
    provider.append(fragment);
  }, ready, MAX_FRAMES);
  const { longest, count: longTasks, apartMs } = tasks.read(from, performance.now(), insertedAt);
  if (failed) throw new Error(`a bound badge failed: ${failed.bound?.error?.code ?? '?'} ${failed.bound?.error?.message ?? ''}`);
  next = 0;
  if (!ready()) throw new Error(`${count} bound badges: not all ready`);
  return { ...painted, ...calls, latencyMs: 0, longestTaskMs: longest, longTasks, insertTaskMs: apartMs };
}
