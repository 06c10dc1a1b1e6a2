// A small data set for the memory adapter, the same on every page.
const NOW = Date.parse('2026-11-01T12:00:00.000Z');
const DAY = 86_400_000;
const ago = (days) => new Date(NOW - days * DAY).toISOString();
export const ACTOR = { id: 'u-1', name: 'Ana Torres' };
export const TODAY = '2026-11-01';

const customer = (id, name, more = {}) => ({
  id, name, kind: 'person', status: 'active', suspended: false, deactivation: null,
  lastInteractionAt: ago(10), balance: { amount: 0, currency: 'USD' }, companyId: null, version: 1, ...more,
});
const location = (id, customerId, label, status) => ({
  id, customerId, label, address: 'Calle Mayor 1, 28013 Madrid', status, deactivatedByOperation: null, version: 1,
});
const service = (id, customerId, locationId, name, kind, status, endDate) => ({
  id, customerId, locationId, name, kind, status, deactivatedByOperation: null, version: 1,
  schedule: { startDate: '2025-01-01', endDate, deactivateOnEndDate: endDate !== null },
});

export function dataset() {
  return {
    customers: [
      customer('c-jose', 'José Álvarez'),
      customer('c-zoe', 'Zoë Müller', {
        status: 'inactive', version: 2,
        deactivation: { at: ago(20), by: ACTOR, reason: 'Moved away', operationId: 'op-old', undoUntil: ago(19) },
      }),
      customer('c-ana', 'Ana Torres'),
    ],
    locations: [location('loc-1', 'c-jose', 'Head office', 'active'), location('loc-2', 'c-ana', 'Home', 'active')],
    services: [
      service('svc-1', 'c-jose', 'loc-1', 'Lawn care', 'recurring', 'active', null),
      service('svc-2', 'c-ana', 'loc-2', 'Window cleaning', 'on-request', 'inactive', null),
    ],
    invoices: [],
    subscriptions: [],
    audit: [],
  };
}
