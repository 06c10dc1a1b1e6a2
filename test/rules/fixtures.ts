/**
 * Test data for the rules and the adapter boundary: small builders of valid
 * values (each passes its schema in `src/adapter/schemas.ts`), fixed dates,
 * and `deepFreeze` to prove the rules never mutate what they are given.
 */
import type {
  Actor, AuditEntry, Customer, CustomerDetail, CustomerLinks, CustomerRef, Deactivation, Invoice,
  Location, Service, Subscription,
} from '../../src/adapter/types.js';

/** "Today" of every rule test, as a calendar date and as an instant. */
export const TODAY = '2026-03-10';
export const NOW = new Date('2026-03-10T12:00:00Z');

export const ACTOR: Actor = { id: 'u-1', name: 'Marta Ruiz' };

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'c-1',
    kind: 'company',
    name: 'Acme Ltd',
    status: 'active',
    suspended: false,
    deactivation: null,
    lastInteractionAt: '2026-03-01T09:30:00Z',
    balance: { amount: 0, currency: 'USD' },
    companyId: null,
    version: 3,
    ...overrides,
  };
}

export function deactivation(overrides: Partial<Deactivation> = {}): Deactivation {
  return {
    at: '2026-03-02T10:00:00Z',
    by: { ...ACTOR },
    reason: 'Moved away',
    operationId: 'op-1',
    undoUntil: null,
    ...overrides,
  };
}

/** An inactive customer, deactivated by operation `operationId`. */
export function inactiveCustomer(overrides: Partial<Customer> = {}, operationId = 'op-1'): Customer {
  return customer({ status: 'inactive', deactivation: deactivation({ operationId }), ...overrides });
}

export function location(overrides: Partial<Location> = {}): Location {
  return {
    id: 'l-1',
    customerId: 'c-1',
    label: 'Main Street',
    address: '1 Main Street',
    status: 'active',
    deactivatedByOperation: null,
    version: 1,
    ...overrides,
  };
}

export function service(overrides: Partial<Service> = {}): Service {
  return {
    id: 's-1',
    customerId: 'c-1',
    locationId: 'l-1',
    name: 'Weekly cleaning',
    kind: 'recurring',
    status: 'active',
    schedule: { startDate: '2026-01-01', endDate: null, deactivateOnEndDate: false },
    deactivatedByOperation: null,
    version: 1,
    ...overrides,
  };
}

export function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: 'i-1',
    customerId: 'c-1',
    number: 'INV-001',
    status: 'unpaid',
    total: { amount: 120, currency: 'USD' },
    onHold: false,
    ...overrides,
  };
}

export function subscription(overrides: Partial<Subscription> = {}): Subscription {
  return { id: 'sub-1', customerId: 'c-1', name: 'Pro plan', status: 'active', ...overrides };
}

export function customerRef(overrides: Partial<CustomerRef> = {}): CustomerRef {
  return { id: 'p-1', kind: 'person', name: 'Ana Pérez', status: 'active', ...overrides };
}

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'a-1',
    at: '2026-03-02T10:00:00Z',
    actor: { ...ACTOR },
    action: 'deactivated',
    customerId: 'c-1',
    from: 'active',
    to: 'inactive',
    reason: null,
    operationId: 'op-1',
    cascade: { locations: [], services: [], invoices: [], subscriptions: [] },
    ...overrides,
  };
}

export interface DetailOverrides extends Partial<Omit<CustomerDetail, 'customer' | 'links'>> {
  customer?: Partial<Customer>;
  links?: Partial<CustomerLinks>;
}

/**
 * One customer with everything an element needs to know about it. By default
 * an active company with no locations, services, invoices, subscriptions,
 * links or audit entries; `customer` and `links` are merged field by field.
 */
export function customerDetail(overrides: DetailOverrides = {}): CustomerDetail {
  const { customer: customerOverrides, links, ...rest } = overrides;
  return {
    customer: customer(customerOverrides),
    locations: [],
    services: [],
    invoices: [],
    subscriptions: [],
    audit: [],
    ...rest,
    links: { company: null, contacts: [], ...links },
  };
}

/** Freezes a value and everything it holds, so that any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A frozen value and an independent copy of it to compare with afterwards. */
export function frozenWithCopy<T>(value: T): [T, T] {
  return [deepFreeze(value), structuredClone(value)];
}
