/** Undo of a deactivation within the grace period: G4. */
import type { Check, Policy } from '../adapter/types.js';
import { allow, block, notice } from './check.js';

/** G4: until when a deactivation made at `at` can be undone, or null when undo is off. */
export function undoDeadline(at: Date, policy: Pick<Policy, 'undoSeconds'>): Date | null {
  return policy.undoSeconds > 0 ? new Date(at.getTime() + policy.undoSeconds * 1000) : null;
}

/**
 * G4: a deactivation can be undone until its deadline. Irreversible parts —
 * cancelled subscriptions, deletion — are never undone.
 */
export function checkUndo(undoUntil: string | null, now: Date, policy: Pick<Policy, 'undoSeconds'>): Check {
  if (policy.undoSeconds === 0) return block([notice('G4', 'undo-off')]);
  if (undoUntil === null || Date.parse(undoUntil) < now.getTime()) return block([notice('G4', 'undo-expired')]);
  return allow([]);
}
