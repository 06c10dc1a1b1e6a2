// The host's adapter: the kit's memory adapter over this app's own few customers.
// In production, use createHttpAdapter({ baseUrl }) or your own adapter object.
import type { Actor, Customer, Dataset } from 'customer-lifecycle-kit';
import { createMemoryAdapter } from 'customer-lifecycle-kit/adapters/memory';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** The signed-in user, recorded as who deactivated or reactivated (D7). */
export const actor: Actor = { id: 'u-1', name: 'Sam Taylor' };

const customer = (id: string, kind: Customer['kind'], name: string, extra: Partial<Customer> = {}): Customer => ({
  id, kind, name, status: 'active', suspended: false, deactivation: null, lastInteractionAt: daysAgo(3),
  balance: { amount: 0, currency: 'EUR' }, companyId: null, version: 1, ...extra,
});
const inactive = (operationId: string, reason: string | null): Partial<Customer> => ({
  status: 'inactive',
  deactivation: { at: daysAgo(40), by: actor, reason, operationId, undoUntil: null },
});
const schedule = { startDate: daysAgo(200).slice(0, 10), endDate: null, deactivateOnEndDate: false };

const data: Dataset = {
  customers: [
    customer('c-lucia', 'person', 'Lucía Romero'),
    customer('c-becker', 'company', 'Becker Bakery GmbH'),
    customer('c-hana', 'person', 'Hana Sato'),
    customer('c-olivia', 'person', 'Olivia Grant', inactive('op-olivia', 'Moved away')),
    customer('c-marek', 'person', 'Marek Nowak', inactive('op-marek', 'Duplicate record')),
    customer('c-north', 'company', 'Northwind Traders', inactive('op-north', null)),
  ],
  // Lucía has a shop with two services: deactivating her switches them off too.
  locations: [
    { id: 'l-shop', customerId: 'c-lucia', label: 'Main Street shop', address: '12 Main Street', status: 'active', deactivatedByOperation: null, version: 1 },
  ],
  services: [
    { id: 's-windows', customerId: 'c-lucia', locationId: 'l-shop', name: 'Window cleaning', kind: 'recurring', status: 'active', schedule, deactivatedByOperation: null, version: 1 },
    { id: 's-repair', customerId: 'c-lucia', locationId: 'l-shop', name: 'Emergency repair', kind: 'on-request', status: 'active', schedule, deactivatedByOperation: null, version: 1 },
  ],
  invoices: [],
  subscriptions: [],
  audit: [],
};

export const adapter = createMemoryAdapter({ data });
