/** What every mutation of the memory adapter shares: its context, outcomes, audit and checks. */
import { LifecycleError } from '../../adapter/errors.js';
import type { Actor, Check, Customer, Outcome, Policy, Target } from '../../adapter/types.js';
import { auditEntry, type AuditFacts } from '../../rules/audit.js';
import type { MemoryStore } from './store.js';

/** One mutation call being applied. */
export interface OperationContext {
  store: MemoryStore;
  policy: Policy;
  now: Date;
  /** `now` as a calendar date (UTC), for schedules. */
  today: string;
  actor: Actor;
  operationId: string;
}

/** What applying a mutation did. */
export interface Applied {
  results: Outcome[];
  /** The customers that changed, one change event each. */
  changed: { type: 'updated' | 'deleted'; customerId: string }[];
  undoUntil: string | null;
}

export const done = (id: string): Outcome => ({ id, outcome: 'done' });

export const blocked = (id: string, check: Check): Outcome => ({ id, outcome: 'blocked', blockers: check.blockers });

export const failed = (id: string, code: 'not-found' | 'conflict', message: string): Outcome =>
  ({ id, outcome: 'failed', error: { code, message } });

export const notFound = (id: string, what = 'customer'): Outcome => failed(id, 'not-found', `No ${what} with id "${id}".`);

/** A record changed: everything given, and its version bumped. */
export function bump<T extends { version: number }>(record: T, changes: Partial<T>): T {
  return { ...record, ...changes, version: record.version + 1 };
}

/**
 * Optimistic concurrency: a `version` the caller saw that is no longer the
 * record's gives a `conflict` outcome; no version skips the check.
 */
export function versionConflict(id: string, expected: number | undefined, current: number, what = 'customer'): Outcome | undefined {
  if (expected === undefined || expected === current) return undefined;
  return failed(id, 'conflict', `The ${what} "${id}" was changed by someone else (version ${expected} was read, it is now ${current}).`);
}

/** A mutation target: the customer, or the outcome that says why it cannot be acted on. */
export function resolveTarget(store: MemoryStore, target: Target): Customer | Outcome {
  const customer = store.customers.get(target.customerId);
  if (!customer) return notFound(target.customerId);
  return versionConflict(customer.id, target.version, customer.version) ?? customer;
}

export function isOutcome(value: Customer | Outcome): value is Outcome {
  return 'outcome' in value;
}

/**
 * The targets' customers, in order; a target that does not resolve (unknown
 * id, stale version) gets its outcome in `applied` instead, in its place.
 */
export function* resolveTargets(store: MemoryStore, targets: readonly Target[], applied: Applied): Generator<Customer> {
  for (const target of targets) {
    const customer = resolveTarget(store, target);
    if (isOutcome(customer)) applied.results.push(customer);
    else yield customer;
  }
}

/** Appends an audit entry of this operation (G7). */
export function record(ctx: OperationContext, facts: Omit<AuditFacts, 'id' | 'at' | 'actor' | 'operationId'>): void {
  ctx.store.appendAudit(auditEntry({
    ...facts, id: ctx.store.nextId('aud'), at: ctx.now, actor: ctx.actor, operationId: ctx.operationId,
  }));
}

/** Rejects the whole call with `rule-violation` when a check does not allow it. */
export function requireAllowed(check: Check, operation: string): void {
  const blocker = check.blockers[0];
  if (check.allowed || !blocker) return;
  throw new LifecycleError('rule-violation', `${operation} is not allowed: rule ${blocker.rule} (${blocker.reason}).`, {
    rule: blocker.rule, reason: blocker.reason, operation,
  });
}
