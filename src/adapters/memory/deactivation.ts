/** Deactivation (D1–D8, G3, G5, G7) and its undo (G4), applied to the memory store. */
import { LifecycleError } from '../../adapter/errors.js';
import type { Customer, DeactivateInput, Outcome, UndoInput } from '../../adapter/types.js';
import { combine, notice } from '../../rules/check.js';
import {
  cascadeTargets, checkDeactivate, checkReason, deactivateLocation, deactivateService, isOpenInvoice,
} from '../../rules/deactivate.js';
import { checkBulk } from '../../rules/preview.js';
import { checkReactivate, restorePlan, restoredSchedule } from '../../rules/reactivate.js';
import { checkUndo, undoDeadline } from '../../rules/undo.js';
import {
  blocked, bump, done, notFound, record, requireAllowed, resolveTargets, type Applied, type OperationContext,
} from './operation.js';
import type { UndoRecord, UndoState } from './store.js';

/**
 * Deactivates each target the rules allow (checkDeactivate, checkReason):
 * status inactive with `deactivation {at, by, reason, operationId, undoUntil}`;
 * its active locations and services switched off and marked with the
 * operation (D3, G3) when the policy cascades; active subscriptions cancelled
 * only when `policy.subscriptions && input.cancelSubscriptions` (D4); open
 * invoices not yet on hold held only when `policy.invoiceHold &&
 * input.holdInvoices` (D5); linked customers untouched (D6). Audit:
 * `deactivated` (locations and services in its cascade), then
 * `subscriptions-cancelled` and `invoices-held` when they happen.
 */
export function applyDeactivate(input: DeactivateInput, ctx: OperationContext): Applied {
  const { store, policy, operationId } = ctx;
  requireAllowed(checkBulk('deactivate', input.targets.length, policy), 'deactivate');
  const undoUntil = undoDeadline(ctx.now, policy)?.toISOString() ?? null;
  const undo: UndoRecord = { undoUntil, customers: new Map() };
  const reason = input.reason?.trim() ? input.reason.trim() : null;
  const applied: Applied = { results: [], changed: [], undoUntil: null };
  for (const customer of resolveTargets(store, input.targets, applied)) {
    const check = combine(checkDeactivate(customer, policy), checkReason(input.reason, policy));
    if (!check.allowed) {
      applied.results.push(blocked(customer.id, check));
      continue;
    }
    const detail = store.detail(customer.id) as NonNullable<ReturnType<typeof store.detail>>;
    const cascade = cascadeTargets(detail, policy);
    for (const location of cascade.locations) store.put('locations', deactivateLocation(location, operationId));
    for (const service of cascade.services) store.put('services', deactivateService(service, operationId, ctx.today));
    const cancelled = policy.subscriptions && input.cancelSubscriptions
      ? detail.subscriptions.filter((s) => s.status === 'active') : [];
    for (const s of cancelled) store.put('subscriptions', { ...s, status: 'cancelled' });
    const held = policy.invoiceHold && input.holdInvoices
      ? detail.invoices.filter((i) => isOpenInvoice(i) && !i.onHold) : [];
    for (const i of held) store.put('invoices', { ...i, onHold: true });
    store.putCustomer(bump(customer, {
      status: 'inactive',
      deactivation: { at: ctx.now.toISOString(), by: { ...ctx.actor }, reason, operationId, undoUntil },
    }));
    record(ctx, {
      action: 'deactivated', customerId: customer.id, from: 'active', to: 'inactive', reason,
      cascade: { locations: cascade.locations.map((l) => l.id), services: cascade.services.map((s) => s.id) },
    });
    if (cancelled.length > 0) {
      record(ctx, { action: 'subscriptions-cancelled', customerId: customer.id, cascade: { subscriptions: cancelled.map((s) => s.id) } });
    }
    if (held.length > 0) {
      record(ctx, { action: 'invoices-held', customerId: customer.id, cascade: { invoices: held.map((i) => i.id) } });
    }
    undo.customers.set(customer.id, { locations: cascade.locations, services: cascade.services, heldInvoices: held.map((i) => i.id) });
    applied.results.push(done(customer.id));
    applied.changed.push({ type: 'updated', customerId: customer.id });
  }
  if (undo.customers.size > 0) {
    store.undoRecords.set(operationId, undo);
    applied.undoUntil = undoUntil;
  }
  return applied;
}

/**
 * G4: reverts the deactivation `input.operationId` within its grace period
 * (checkUndo; otherwise the whole call rejects with `rule-violation`). For
 * each customer still deactivated by it: status active, deactivation null,
 * the locations and services it switched off back as they were (previous
 * status and schedule), the invoices it held released. Cancelled
 * subscriptions stay cancelled (D4: irreversible). Audit
 * `deactivation-undone`. A customer since reactivated is `blocked` (R1), one
 * since deleted `failed` (not-found). An operation this adapter does not know
 * rejects with `not-found`.
 */
export function applyUndo(input: UndoInput, ctx: OperationContext): Applied {
  const { store, policy } = ctx;
  const op = input.operationId;
  const saved = store.undoRecords.get(op);
  const ids = saved ? [...saved.customers.keys()] : deactivatedBy(store.customers.values(), op);
  if (ids.length === 0) {
    throw new LifecycleError('not-found', `No deactivation with operation id "${op}".`, { operation: 'undo' });
  }
  const undoUntil = saved ? saved.undoUntil : store.customers.get(ids[0] as string)?.deactivation?.undoUntil ?? null;
  const check = checkUndo(undoUntil, ctx.now, policy);
  requireAllowed(check, 'undo');
  const applied: Applied = { results: [], changed: [], undoUntil: null };
  for (const id of ids) {
    const customer = store.customers.get(id);
    if (!customer) {
      applied.results.push(notFound(id));
      continue;
    }
    if (customer.deactivation?.operationId !== op) {
      const reactivated = checkReactivate(customer);
      applied.results.push(blocked(id, reactivated.allowed ? { ...reactivated, blockers: [notice('G4', 'undo-expired')] } : reactivated));
      continue;
    }
    applied.results.push(revert(ctx, customer, op, saved?.customers.get(id)));
    applied.changed.push({ type: 'updated', customerId: id });
  }
  return applied;
}

function revert(ctx: OperationContext, customer: Customer, op: string, saved: UndoState | undefined): Outcome {
  const { store } = ctx;
  const detail = store.detail(customer.id) as NonNullable<ReturnType<typeof store.detail>>;
  // Without a record (a deactivation loaded with the data), G3's plan says what it
  // switched off; those come back active, services with the restored schedule (R3).
  const plan: UndoState = saved ?? fromRestorePlan(restorePlan(detail), ctx.today);
  const locations: string[] = [];
  const services: string[] = [];
  for (const before of plan.locations) {
    const now = store.locations.get(before.id);
    if (!now || now.status !== 'inactive' || now.deactivatedByOperation !== op) continue;
    store.put('locations', bump(now, { status: before.status, deactivatedByOperation: before.deactivatedByOperation }));
    locations.push(now.id);
  }
  for (const before of plan.services) {
    const now = store.services.get(before.id);
    if (!now || now.status !== 'inactive' || now.deactivatedByOperation !== op) continue;
    const back = bump(now, { status: before.status, schedule: before.schedule, deactivatedByOperation: before.deactivatedByOperation });
    // As it was: the schedule from before the deactivation is gone with it, unless the service had one already.
    if (before.scheduleBefore === undefined) delete back.scheduleBefore;
    else back.scheduleBefore = before.scheduleBefore;
    store.put('services', back);
    services.push(now.id);
  }
  const invoices: string[] = [];
  for (const id of plan.heldInvoices) {
    const invoice = store.invoices.get(id);
    if (!invoice?.onHold) continue;
    store.put('invoices', { ...invoice, onHold: false });
    invoices.push(id);
  }
  store.putCustomer(bump(customer, { status: 'active', deactivation: null }));
  record(ctx, {
    action: 'deactivation-undone', customerId: customer.id, from: 'inactive', to: 'active', cascade: { locations, services, invoices },
  });
  return done(customer.id);
}

function fromRestorePlan(plan: ReturnType<typeof restorePlan>, today: string): UndoState {
  return {
    locations: plan.locations.map((l) => ({ ...l, status: 'active', deactivatedByOperation: null })),
    services: plan.services.map((s) => ({
      ...s, status: 'active', deactivatedByOperation: null, scheduleBefore: null, schedule: restoredSchedule(s, today),
    })),
    heldInvoices: [],
  };
}

function deactivatedBy(customers: Iterable<Customer>, op: string): string[] {
  const ids: string[] = [];
  for (const c of customers) if (c.status === 'inactive' && c.deactivation?.operationId === op) ids.push(c.id);
  return ids;
}
