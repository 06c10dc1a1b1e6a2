/** Bulk actions with per-customer results: G6. */
import type { Check, LifecycleAction, Outcome, Policy } from '../adapter/types.js';
import { allow, block, notice } from './check.js';

/** G6: destructive bulk actions on enough customers ask for the count to be typed. */
export function needsTypedCount(action: LifecycleAction, count: number, policy: Pick<Policy, 'typedCountFrom'>): boolean {
  return action !== 'reactivate' && count >= policy.typedCountFrom;
}

/** G6: whether what the user typed confirms the count. */
export function checkTypedCount(
  typed: string,
  action: LifecycleAction,
  count: number,
  policy: Pick<Policy, 'typedCountFrom'>,
): Check {
  if (!needsTypedCount(action, count, policy)) return allow();
  return typed.trim() === String(count) ? allow() : block([notice('G6', 'count-mismatch', 'type-count')]);
}

export interface OutcomeSummary {
  done: string[];
  blocked: string[];
  failed: string[];
}

/** G6: the ids of a result by outcome; the failed ones are the ones to retry. */
export function summarizeOutcomes(results: readonly Outcome[]): OutcomeSummary {
  const summary: OutcomeSummary = { done: [], blocked: [], failed: [] };
  for (const r of results) summary[r.outcome].push(r.id);
  return summary;
}
