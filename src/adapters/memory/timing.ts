/** Simulated latency that honours an `AbortSignal`. */
import { mulberry32 } from './random.js';

/** A fixed delay in ms, or a range the delay of each call is drawn from. */
export type Latency = number | { min: number; max: number };

/**
 * What a call rejects with when its signal aborts: a `DOMException` named
 * `AbortError`, or the signal's own reason when it is a `TimeoutError`
 * (`AbortSignal.timeout`), so that the boundary can tell the two apart.
 */
export function abortError(signal: AbortSignal): DOMException {
  const reason: unknown = signal.reason;
  if (reason instanceof DOMException && reason.name === 'TimeoutError') return reason;
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Whether something thrown is an abort (or an abort by timeout). */
export function isAbortLike(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/**
 * Resolves after `ms`; rejects at once when `signal` is already aborted, and
 * as soon as it aborts while waiting (the timer is cleared).
 */
export function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    if (ms <= 0) {
      resolve();
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Checks a latency setting; throws a `RangeError` on a negative or reversed range. */
export function checkLatency(latency: Latency): Latency {
  const [min, max] = typeof latency === 'number' ? [latency, latency] : [latency.min, latency.max];
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < min) {
    throw new RangeError(`Invalid latency ${JSON.stringify(latency)}: expected ms ≥ 0, or { min, max } with 0 ≤ min ≤ max.`);
  }
  return typeof latency === 'number' ? latency : { min, max };
}

/** The delays of successive calls: fixed, or drawn from the range by a seeded sequence. */
export function latencySource(seed: number): (latency: Latency) => number {
  const next = mulberry32(seed ^ 0x9e3779b9);
  return (latency) => (typeof latency === 'number'
    ? latency
    : Math.round(latency.min + next() * (latency.max - latency.min)));
}
