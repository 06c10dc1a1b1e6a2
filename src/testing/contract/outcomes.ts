/** Assertions on mutation outcomes and records, shared by the contract checks. */
import type { MutationResult, Outcome, RuleNotice } from '../../adapter/types.js';
import { AssertionError, assert, assertEqual, show } from '../assert.js';

// ------------------------------------------------------------------ outcomes

/** The one outcome a result has for `id`. */
export function outcomeOf(result: MutationResult, id: string): Outcome {
  const matches = result.results.filter((r) => r.id === id);
  if (matches.length !== 1) {
    throw new AssertionError(`expected exactly one outcome for "${id}", got ${matches.length} in ${show(result.results)}`);
  }
  return matches[0] as Outcome;
}

/** Asserts that `id` is done. */
export function assertDone(result: MutationResult, id: string, message?: string): void {
  const outcome = outcomeOf(result, id);
  if (outcome.outcome !== 'done') {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected "${id}" to be done, got ${show(outcome)}`, {
      actual: outcome.outcome, expected: 'done',
    });
  }
}

/** What a blocker must say: its rule, and its reason and fix when given (`fix: null` means no way out). */
export interface ExpectedNotice {
  rule: string;
  reason?: string;
  fix?: string | null;
}

function matches(notice: RuleNotice, expected: ExpectedNotice): boolean {
  return notice.rule === expected.rule &&
    (expected.reason === undefined || notice.reason === expected.reason) &&
    (expected.fix === undefined || notice.fix === expected.fix);
}

/** Asserts that `notices` hold one matching `expected`. */
export function assertNotice(notices: readonly RuleNotice[], expected: ExpectedNotice, message?: string): void {
  if (!notices.some((n) => matches(n, expected))) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected a notice ${show(expected)} among ${show(notices)}`);
  }
}

/** Asserts that `id` is blocked by the rule `expected` says. */
export function assertBlocked(result: MutationResult, id: string, expected: ExpectedNotice): void {
  const outcome = outcomeOf(result, id);
  if (outcome.outcome !== 'blocked') {
    throw new AssertionError(`expected "${id}" to be blocked by ${expected.rule}, got ${show(outcome)}`, {
      actual: outcome.outcome, expected: 'blocked',
    });
  }
  assertNotice(outcome.blockers, expected, `the blockers of "${id}"`);
}

/** Asserts that `id` failed with the error `code`. */
export function assertFailed(result: MutationResult, id: string, code: string): void {
  const outcome = outcomeOf(result, id);
  if (outcome.outcome !== 'failed') {
    throw new AssertionError(`expected "${id}" to fail with "${code}", got ${show(outcome)}`, { actual: outcome.outcome, expected: 'failed' });
  }
  assertEqual(outcome.error.code, code, `the error code of "${id}"`);
}

/**
 * Asserts that a call refused `id` as not found: either the call rejected
 * with `not-found`, or its outcome for `id` failed with `not-found`.
 */
export async function assertNotFound(call: Promise<MutationResult>, id: string): Promise<void> {
  let result: MutationResult;
  try {
    result = await call;
  } catch (error) {
    assertEqual((error as { code?: unknown }).code, 'not-found', `the rejection for "${id}"`);
    return;
  }
  assertFailed(result, id, 'not-found');
}

// ------------------------------------------------------------------- records

/** The record with `id` in `list`. */
export function byId<T extends { id: string }>(list: readonly T[], id: string, what = 'record'): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new AssertionError(`expected a ${what} "${id}" among ${show(list.map((x) => x.id))}`);
  return found;
}

/** The ids of a list. */
export const idsOf = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);

/** Whether two instants are the same moment (offsets may differ). */
export function assertSameInstant(actual: string | null | undefined, expected: Date | string, message: string): void {
  assert(typeof actual === 'string', `${message}: expected an instant, got ${show(actual)}`);
  const e = typeof expected === 'string' ? Date.parse(expected) : expected.getTime();
  assertEqual(Date.parse(actual), e, `${message} (${actual})`);
}

/** Lets queued microtasks and macrotasks run `rounds` times: for change events delivered asynchronously. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
