/** Deactivation: D1–D8, with the balance guard (G5) and the reason (G7). */
import type {
  Check, Customer, CustomerDetail, Impact, Location, Policy, RuleNotice, Service,
} from '../adapter/types.js';
import { allow, block, combine, notice } from './check.js';
import { billingWarnings } from './billing.js';

/** Open invoices: unpaid, or draft (not yet sent). */
export function isOpenInvoice(invoice: { status: string }): boolean {
  return invoice.status === 'unpaid' || invoice.status === 'draft';
}

/** G5: what the customer's open balance does to a deactivation. */
export function checkBalance(customer: Customer, policy: Policy): Check {
  if (customer.balance.amount <= 0 || policy.balanceGuard === 'allow') return allow();
  const n = notice('G5', 'open-balance', 'settle-balance');
  return policy.balanceGuard === 'block' ? block([n]) : allow([n]);
}

/** G7: whether the given reason satisfies the policy. */
export function checkReason(reason: string | null | undefined, policy: Policy): Check {
  if (policy.reason === 'required' && !(reason ?? '').trim()) {
    return block([notice('G7', 'reason-required', 'enter-reason')]);
  }
  return allow();
}

/**
 * D1: an active customer can be deactivated at any time, with no restriction
 * but the host's balance guard (G5). An inactive one has nothing to deactivate.
 */
export function checkDeactivate(customer: Customer, policy: Policy): Check {
  if (customer.status === 'inactive') return block([notice('D1', 'already-inactive')]);
  return checkBalance(customer, policy);
}

/** D8: whether this many customers can be deactivated in one action. */
export function checkBulkDeactivate(count: number, policy: Policy): Check {
  if (count > 1 && !policy.bulkDeactivate) return block([notice('D8', 'bulk-deactivate-off', 'select-one')]);
  return allow();
}

/** D3: the locations and services a deactivation switches off with the customer. */
export function cascadeTargets(detail: CustomerDetail, policy: Policy): { locations: Location[]; services: Service[] } {
  if (!policy.cascade) return { locations: [], services: [] };
  return {
    locations: detail.locations.filter((l) => l.status === 'active'),
    services: detail.services.filter((s) => s.status === 'active'),
  };
}

/**
 * D3: a service as the cascade leaves it. A recurring service gets an end date
 * (today, unless it already ends earlier) and "deactivate on end date" — which
 * is why reactivating it later means removing that end date (R3). The schedule
 * it had is kept in `scheduleBefore`, so that restoring the deactivation brings
 * back a later end date the host had set (G3). Returns a new record, its
 * `version` already one up: an adapter does not add another.
 */
export function deactivateService(service: Service, operationId: string, today: string): Service {
  if (service.kind !== 'recurring') {
    return { ...service, status: 'inactive', schedule: { ...service.schedule }, deactivatedByOperation: operationId, version: service.version + 1 };
  }
  const schedule = {
    ...service.schedule,
    endDate: service.schedule.endDate && service.schedule.endDate < today ? service.schedule.endDate : today,
    deactivateOnEndDate: true,
  };
  return {
    ...service, status: 'inactive', schedule, scheduleBefore: { ...service.schedule },
    deactivatedByOperation: operationId, version: service.version + 1,
  };
}

/** D3: a location as the cascade leaves it, marked with the operation (G3); a new record, its `version` already one up. */
export function deactivateLocation(location: Location, operationId: string): Location {
  return { ...location, status: 'inactive', deactivatedByOperation: operationId, version: location.version + 1 };
}

/** D6: linked contacts or company that a deactivation leaves as they are. */
export function linkedUnchanged(detail: CustomerDetail): CustomerDetail['links']['contacts'] {
  return [...(detail.links.company ? [detail.links.company] : []), ...detail.links.contacts];
}

const ref = (x: { id: string; name?: string; label?: string; number?: string }) =>
  ({ id: x.id, name: x.name ?? x.label ?? x.number ?? x.id });

/**
 * G1 with D2–D6, B1, B2, G5: everything the confirmation of a deactivation
 * must say — what changes with the customer, what is offered, what stays.
 */
export function planDeactivation(detail: CustomerDetail, policy: Policy): Impact {
  const { customer } = detail;
  const cascade = cascadeTargets(detail, policy);
  const subscriptions = policy.subscriptions ? detail.subscriptions.filter((s) => s.status === 'active') : [];
  const invoices = policy.invoiceHold ? detail.invoices.filter((i) => isOpenInvoice(i) && !i.onHold) : [];
  const linked = linkedUnchanged(detail);
  const warnings: RuleNotice[] = [];
  if (cascade.locations.length + cascade.services.length > 0) warnings.push(notice('D3', 'cascade'));
  if (subscriptions.length > 0) warnings.push(notice('D4', 'cancel-irreversible'));
  if (invoices.length > 0) warnings.push(notice('D5', 'hold-stops-reminders'));
  if (linked.length > 0) warnings.push(notice('D6', 'links-unchanged'));
  const check = combine(checkDeactivate(customer, policy), allow([...warnings, ...billingWarnings(detail, 'deactivate')]));
  return {
    customer,
    check,
    locations: cascade.locations.map(ref),
    services: cascade.services.map(ref),
    subscriptions: subscriptions.map(ref),
    invoices,
    linkedUnchanged: linked,
    staysInactive: { locations: [], services: [] },
    cancelledSubscriptions: [],
  };
}
