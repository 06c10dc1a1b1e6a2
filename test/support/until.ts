import { waitUntil } from '@open-wc/testing';

/** `waitUntil` with room for a loaded machine and a slower engine (15 s instead of 1 s); it still returns as soon as `predicate` holds. */
export function until(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 15_000 });
}
