/**
 * G4 after the dialog has closed: a host that offers Undo somewhere else — a
 * toast, a notes entry — undoes a deactivation by its operation id, through
 * the same boundary as the elements (input and answer checked, a timeout, one
 * idempotency key per intent). Every element following the adapter's change
 * feed shows the customer active again.
 */
import { guardAdapter } from './boundary.js';
import { newKey } from './idempotency.js';
import type { Actor, LifecycleAdapter, MutationResult } from './types.js';

/** Undos asked for and not yet settled, by operation and actor: their key, and the call while it runs. */
const pending = new Map<string, { key: string; running?: Promise<MutationResult> }>();

/**
 * Undoes the deactivation `operationId` (from `customer-deactivated`'s
 * `detail.result.operationId`), as `actor`, within its grace period
 * (`detail.result.undoUntil`). Resolves to the adapter's result; rejects with
 * a `LifecycleError`: `rule-violation` once the grace period is over,
 * `not-found` for an operation the adapter does not know, or any error of
 * the call. A second call while one runs gets the same promise, and a retry
 * after a failure sends the same idempotency key, so the undo is never done
 * twice. Cancelled subscriptions are not brought back (R5); the deactivated
 * event's `cancelSubscriptions` says whether there were any.
 */
export function undoDeactivation(adapter: LifecycleAdapter, operationId: string, actor: Actor): Promise<MutationResult> {
  const intent = JSON.stringify([operationId, actor.id, actor.name]);
  const entry = pending.get(intent) ?? { key: newKey() };
  pending.set(intent, entry);
  entry.running ??= Promise.resolve()
    .then(() => guardAdapter(adapter).undo({ operationId, idempotencyKey: entry.key, actor }, new AbortController().signal))
    .then(
      (result) => {
        pending.delete(intent);
        return result;
      },
      (error: unknown) => {
        entry.running = undefined;
        throw error;
      },
    );
  return entry.running;
}
