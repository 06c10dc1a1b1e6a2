/** Reactivation of customers (R1, R4, R5, G3), locations (R2) and services (R2, R3) in the memory store. */
import type {
  Location, Outcome, ReactivateInput, ReactivateLocationInput, ReactivateServicesInput,
} from '../../adapter/types.js';
import { checkBulk } from '../../rules/preview.js';
import {
  checkReactivate, checkReactivateLocation, checkReactivateService, invoicesAfterReactivation, reactivateService,
  restorePlan, restoredSchedule,
} from '../../rules/reactivate.js';
import {
  blocked, bump, done, notFound, record, requireAllowed, resolveTargets, versionConflict,
  type Applied, type OperationContext,
} from './operation.js';

/**
 * Reactivates each target the rules allow (checkReactivate): status active,
 * deactivation null. Its locations and services stay as they are (R2) unless
 * `input.restoreCascade && policy.restoreOffer`: then exactly what its
 * deactivation switched off comes back (restorePlan, G3) — locations first,
 * then services with `restoredSchedule` — each still passing R2/R3.
 * Invoices on hold are released only with `input.releaseInvoices` (R4, audit
 * `invoices-released`); cancelled subscriptions never return (R5). Audit
 * `reactivated`, with the restored ids in its cascade.
 */
export function applyReactivate(input: ReactivateInput, ctx: OperationContext): Applied {
  const { store, policy, today } = ctx;
  requireAllowed(checkBulk('reactivate', input.targets.length, policy), 'reactivate');
  const applied: Applied = { results: [], changed: [], undoUntil: null };
  for (const customer of resolveTargets(store, input.targets, applied)) {
    const check = checkReactivate(customer);
    if (!check.allowed) {
      applied.results.push(blocked(customer.id, check));
      continue;
    }
    const detail = store.detail(customer.id) as NonNullable<ReturnType<typeof store.detail>>;
    const plan = input.restoreCascade && policy.restoreOffer ? restorePlan(detail) : { locations: [], services: [] };
    const active = bump(customer, { status: 'active', deactivation: null });
    store.putCustomer(active);
    const locationsNow = new Map<string, Location>(detail.locations.map((l) => [l.id, l]));
    const restored = { locations: [] as string[], services: [] as string[] };
    for (const location of plan.locations) {
      if (!checkReactivateLocation(active, location).allowed) continue;
      const next = bump(location, { status: 'active', deactivatedByOperation: null });
      store.put('locations', next);
      locationsNow.set(next.id, next);
      restored.locations.push(next.id);
    }
    for (const service of plan.services) {
      const schedule = restoredSchedule(service, today);
      if (!checkReactivateService(active, locationsNow.get(service.locationId), service, schedule, today).allowed) continue;
      store.put('services', reactivateService(service, schedule));
      restored.services.push(service.id);
    }
    const after = invoicesAfterReactivation(detail.invoices, input.releaseInvoices);
    const released = after.filter((invoice, k) => invoice !== detail.invoices[k]);
    for (const invoice of released) store.put('invoices', invoice);
    record(ctx, {
      action: 'reactivated', customerId: customer.id, from: 'inactive', to: 'active', reason: input.reason, cascade: restored,
    });
    if (released.length > 0) {
      record(ctx, { action: 'invoices-released', customerId: customer.id, cascade: { invoices: released.map((i) => i.id) } });
    }
    applied.results.push(done(customer.id));
    applied.changed.push({ type: 'updated', customerId: customer.id });
  }
  return applied;
}

/**
 * R2: reactivates one location of an active customer (checkReactivateLocation).
 * The outcome's id is the location's; `input.version` is the location's
 * version. Bumps the location's and the customer's versions; audit
 * `location-reactivated`. Its services stay as they are.
 */
export function applyReactivateLocation(input: ReactivateLocationInput, ctx: OperationContext): Applied {
  const { store } = ctx;
  const applied: Applied = { results: [], changed: [], undoUntil: null };
  const customer = store.customers.get(input.customerId);
  const location = store.locations.get(input.locationId);
  let outcome: Outcome;
  if (!customer) outcome = { ...notFound(input.customerId), id: input.locationId };
  else if (!location || location.customerId !== customer.id) outcome = notFound(input.locationId, 'location of this customer');
  else {
    const check = checkReactivateLocation(customer, location);
    outcome = versionConflict(location.id, input.version, location.version, 'location') ??
      (check.allowed ? done(location.id) : blocked(location.id, check));
    if (outcome.outcome === 'done') {
      store.put('locations', bump(location, { status: 'active', deactivatedByOperation: null }));
      store.putCustomer(bump(customer, {}));
      record(ctx, { action: 'location-reactivated', customerId: customer.id, cascade: { locations: [location.id] } });
      applied.changed.push({ type: 'updated', customerId: customer.id });
    }
  }
  applied.results.push(outcome);
  return applied;
}

/**
 * R2, R3: reactivates services of one customer, each with its new schedule
 * (checkReactivateService, then reactivateService). One outcome per change,
 * its id the service's; `change.version` is the service's version. A change
 * that is blocked or fails leaves the others done. When any is done the
 * customer's version is bumped once and one `services-reactivated` audit
 * entry lists them.
 */
export function applyReactivateServices(input: ReactivateServicesInput, ctx: OperationContext): Applied {
  const { store, today } = ctx;
  const applied: Applied = { results: [], changed: [], undoUntil: null };
  const customer = store.customers.get(input.customerId);
  const reactivated: string[] = [];
  for (const change of input.changes) {
    const service = store.services.get(change.serviceId);
    if (!customer) {
      applied.results.push({ ...notFound(input.customerId), id: change.serviceId });
      continue;
    }
    if (!service || service.customerId !== customer.id) {
      applied.results.push(notFound(change.serviceId, 'service of this customer'));
      continue;
    }
    const conflict = versionConflict(service.id, change.version, service.version, 'service');
    if (conflict) {
      applied.results.push(conflict);
      continue;
    }
    const check = checkReactivateService(customer, store.locations.get(service.locationId), service, change.schedule, today);
    if (!check.allowed) {
      applied.results.push(blocked(service.id, check));
      continue;
    }
    store.put('services', reactivateService(service, change.schedule));
    reactivated.push(service.id);
    applied.results.push(done(service.id));
  }
  if (customer && reactivated.length > 0) {
    store.putCustomer(bump(customer, {}));
    record(ctx, { action: 'services-reactivated', customerId: customer.id, cascade: { services: reactivated } });
    applied.changed.push({ type: 'updated', customerId: customer.id });
  }
  return applied;
}
