/**
 * The adapter's change feed as the elements share it: one subscription to a
 * host's adapter however many elements listen, each change parsed once.
 */
import { toLifecycleError, type LifecycleError } from './errors.js';
import { checkChange } from './identity.js';
import { parseWith } from './parse.js';
import { CustomerChangeSchema } from './schemas.js';
import type { CustomerChange, LifecycleAdapter } from './types.js';

/** Listens to the feed; returns the unsubscribe. A change that fails its schema goes to `onError` instead. */
export type Subscribe = (listener: (change: CustomerChange) => void, onError?: (error: LifecycleError) => void) => () => void;

type Listener = { listener: (change: CustomerChange) => void; onError: ((error: LifecycleError) => void) | undefined };
const feeds = new WeakMap<object, Subscribe>();

/**
 * The adapter's change feed, shared: one subscription to the adapter while
 * any element listens, each change parsed and checked once, then handed to
 * every listener. Whatever a host's `subscribe` or its unsubscribe throws is
 * an error of the feed, never of the page.
 */
export function sharedFeed(a: LifecycleAdapter): Subscribe {
  const known = feeds.get(a);
  if (known) return known;
  const listeners = new Set<Listener>();
  let unsubscribe: unknown;
  const each = (call: (l: Listener) => void) => {
    for (const l of [...listeners]) {
      try { call(l); } catch (error) { queueMicrotask(() => { throw error; }); } // one listener's bug is not the others'
    }
  };
  const subscribe: Subscribe = (listener, onError) => {
    if (typeof a.subscribe !== 'function') return () => {};
    const entry: Listener = { listener, onError };
    listeners.add(entry);
    if (listeners.size === 1) {
      try {
        unsubscribe = a.subscribe((raw) => {
          if (listeners.size === 0) return;
          let change: CustomerChange;
          try {
            change = checkChange(parseWith(CustomerChangeSchema, raw, 'invalid-data', 'subscribe'));
          } catch (error) {
            const e = toLifecycleError(error, 'subscribe');
            each((l) => l.onError?.(e));
            return;
          }
          each((l) => l.listener(change));
        });
      } catch (error) {
        onError?.(toLifecycleError(error, 'subscribe'));
      }
    }
    return () => {
      if (!listeners.delete(entry) || listeners.size > 0) return;
      const stop = unsubscribe;
      unsubscribe = undefined;
      if (typeof stop === 'function') {
        try { (stop as () => void)(); } catch { /* the host's unsubscribe failed: we stop listening anyway */ }
      }
    };
  };
  feeds.set(a, subscribe);
  return subscribe;
}
