/** Reactivation: R1–R5 (with releasing held invoices by hand, R4), and the restore offer of cascade provenance (G3). */
import type {
  Check, Customer, CustomerDetail, Impact, Invoice, Location, Policy, RuleNotice, Schedule, Service,
} from '../adapter/types.js';
import { allow, block, notice } from './check.js';
import { compareDates } from './dates.js';
import { lastDeactivation } from './audit.js';

/** R1: an inactive customer can be reactivated at any time. */
export function checkReactivate(customer: Customer): Check {
  return customer.status === 'active' ? block([notice('R1', 'already-active')]) : allow();
}

/** R2: a location can be reactivated once its customer is active. */
export function checkReactivateLocation(customer: Customer, location: Location): Check {
  if (customer.status !== 'active') return block([notice('R2', 'customer-inactive', 'reactivate-customer')]);
  if (location.status === 'active') return block([notice('R2', 'location-already-active')]);
  return allow();
}

/**
 * R3: the schedule a reactivated service may be saved with. A recurring
 * service's end date must be gone, or today or later and not before its start;
 * an on-request service has no end date at all.
 */
export function checkSchedule(service: Pick<Service, 'kind'>, schedule: Schedule, today: string): Check {
  if (service.kind === 'on-request') {
    return schedule.endDate === null ? allow() : block([notice('R3', 'on-request-no-end-date', 'remove-end-date')]);
  }
  if (schedule.endDate === null) return allow();
  // An end date of today would switch the service off again tonight: not a running schedule.
  if (compareDates(schedule.endDate, today) <= 0) return block([notice('R3', 'end-date-past', 'remove-end-date')]);
  if (compareDates(schedule.endDate, schedule.startDate) < 0) {
    return block([notice('R3', 'end-date-before-start', 'move-end-date')]);
  }
  return allow();
}

/** R3: removing the end date unchecks "deactivate on end date" by itself. */
export function removeEndDate(schedule: Schedule): Schedule {
  return { ...schedule, endDate: null, deactivateOnEndDate: false };
}

/** R3: setting an end date; clearing it behaves as `removeEndDate`. */
export function setEndDate(schedule: Schedule, endDate: string | null): Schedule {
  return endDate === null ? removeEndDate(schedule) : { ...schedule, endDate };
}

/**
 * R2, R3: whether a service can be switched on with the given schedule —
 * customer first, then its location, then the service.
 */
export function checkReactivateService(
  customer: Customer,
  location: Location | undefined,
  service: Service,
  schedule: Schedule,
  today: string,
): Check {
  if (customer.status !== 'active') return block([notice('R2', 'customer-inactive', 'reactivate-customer')]);
  if (!location || location.status !== 'active') {
    return block([notice('R2', 'location-inactive', 'reactivate-location')]);
  }
  if (service.status === 'active') return block([notice('R3', 'service-already-active')]);
  return checkSchedule(service, schedule, today);
}

/**
 * R3: the service as reactivation leaves it. Without an end date there is
 * nothing to deactivate on, so "deactivate on end date" is unchecked. A new
 * record, its `version` already one up: an adapter does not add another.
 */
export function reactivateService(service: Service, schedule: Schedule): Service {
  const saved = schedule.endDate === null ? removeEndDate(schedule) : { ...schedule };
  return { ...service, status: 'active', schedule: saved, deactivatedByOperation: null, scheduleBefore: null, version: service.version + 1 };
}

/**
 * G3: exactly what the customer's last deactivation switched off and is still
 * off — locations first, then services, each in the order R2 requires —
 * leaving alone what was switched off on its own. Once the customer is active
 * again its deactivation record is gone, so the operation is the newest
 * deactivation of its audit trail (D7).
 */
export function restorePlan(detail: CustomerDetail): { locations: Location[]; services: Service[] } {
  const op = detail.customer.deactivation?.operationId ?? lastDeactivation(detail.audit)?.operationId;
  if (!op) return { locations: [], services: [] };
  const locations = detail.locations.filter((l) => l.status === 'inactive' && l.deactivatedByOperation === op);
  const restored = new Set(locations.map((l) => l.id));
  const activeLocations = new Set(detail.locations.filter((l) => l.status === 'active').map((l) => l.id));
  const services = detail.services.filter((s) =>
    s.status === 'inactive' && s.deactivatedByOperation === op &&
    (restored.has(s.locationId) || activeLocations.has(s.locationId)));
  return { locations, services };
}

/**
 * The schedule a restored service gets (G3 with R3, D3): the one it had before
 * the deactivation switched it off (`scheduleBefore`), so a later end date the
 * host had set comes back; without it, the service's schedule as it is. An end
 * date that is today or past is removed: it would switch the service off again.
 */
export function restoredSchedule(service: Service, today: string): Schedule {
  const schedule = (service.deactivatedByOperation !== null ? service.scheduleBefore : null) ?? service.schedule;
  const end = schedule.endDate;
  if (service.kind === 'recurring' && end !== null && compareDates(end, today) <= 0) return removeEndDate(schedule);
  return { ...schedule };
}

const ref = (x: { id: string; name?: string; label?: string }) => ({ id: x.id, name: x.name ?? x.label ?? x.id });

/**
 * G1 for reactivation with R2, R4, R5, G3: what comes back, what does not come
 * back by itself, and what can be restored.
 */
export function planReactivation(detail: CustomerDetail, policy: Policy): Impact {
  const { customer } = detail;
  const restore = policy.restoreOffer ? restorePlan(detail) : { locations: [], services: [] };
  const inactiveLocations = detail.locations.filter((l) => l.status === 'inactive');
  const inactiveServices = detail.services.filter((s) => s.status === 'inactive');
  const held = heldInvoices(detail.invoices);
  const cancelled = detail.subscriptions.filter((s) => s.status === 'cancelled');
  const warnings: RuleNotice[] = [];
  if (inactiveLocations.length + inactiveServices.length > 0) warnings.push(notice('R2', 'stays-inactive'));
  if (held.length > 0) warnings.push(notice('R4', 'invoices-stay-on-hold', 'release-invoices'));
  if (cancelled.length > 0) warnings.push(notice('R5', 'subscriptions-never-return'));
  const base = checkReactivate(customer);
  return {
    customer,
    check: { ...base, warnings: [...base.warnings, ...warnings] },
    locations: restore.locations.map(ref),
    services: restore.services.map(ref),
    subscriptions: [],
    invoices: held,
    linkedUnchanged: [],
    staysInactive: { locations: inactiveLocations.map(ref), services: inactiveServices.map(ref) },
    cancelledSubscriptions: cancelled.map(ref),
  };
}

/** R5: a cancelled subscription can never be reactivated. */
export function canReactivateSubscription(subscription: { status: string }): boolean {
  return subscription.status !== 'cancelled';
}

/** R4: invoices stay on hold after reactivation unless staff release them. */
export function invoicesAfterReactivation<T extends { onHold: boolean }>(invoices: readonly T[], release: boolean): T[] {
  return invoices.map((i) => (release && i.onHold ? releaseInvoice(i) : i));
}

/** R4: the customer's invoices that are on hold, in their order: what staff may release by hand. */
export function heldInvoices<T extends { onHold: boolean }>(invoices: readonly T[]): T[] {
  return invoices.filter((i) => i.onHold);
}

/**
 * R4: releasing one invoice by hand ("ya no está en espera"). Only an invoice
 * on hold, and only while its customer is active: released for an inactive
 * customer, its automatic reminders would start again for a customer who was
 * deactivated — reactivate the customer first.
 */
export function checkReleaseInvoice(customer: Pick<Customer, 'status'>, invoice: Pick<Invoice, 'onHold'>): Check {
  if (customer.status !== 'active') return block([notice('R4', 'release-customer-inactive', 'reactivate-customer')]);
  if (!invoice.onHold) return block([notice('R4', 'invoice-not-on-hold')]);
  return allow();
}

/** R4: the invoice released: no longer on hold, so its automatic reminders run again. A new record. */
export function releaseInvoice<T extends { onHold: boolean }>(invoice: T): T {
  return { ...invoice, onHold: false };
}
