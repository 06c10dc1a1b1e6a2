/** A small hand-made data set and helpers for the memory adapter's tests. */
import type {
  CallOptions, Dataset, DeactivateInput, DeleteInput, ReactivateInput, Target,
} from '../../../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';

export const NOW = new Date('2026-11-01T12:00:00.000Z');
export const TODAY = '2026-11-01';
export const ACTOR = { id: 'u-1', name: 'Ana Torres' };
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const OLD_AT = ago(20);

/**
 * - c-jose "José Álvarez": active, dormant (400 days), two locations (loc-2 off
 *   on its own), services of every kind (svc-3, svc-4 off on their own; svc-6
 *   with a future end date), open, paid and held invoices, an active and a
 *   cancelled subscription, an older deactivation and reactivation in its trail.
 * - c-acme "Acme Ibérica S.L.": active company with an open balance; c-ana is its contact.
 * - c-ana "Ana Torres": active person of c-acme, version 3.
 * - c-zoe "Zoë Müller": inactive since 20 days by op-old, which switched off loc-3 and svc-5.
 * - c-bruno "Bruno Díaz": inactive without a deactivation record, never interacted.
 */
export function fixture(): Dataset {
  const customer = (id: string, name: string, more: Partial<Dataset['customers'][number]>) => ({
    id, name, kind: 'person' as const, status: 'active' as const, suspended: false, deactivation: null,
    lastInteractionAt: ago(10), balance: { amount: 0, currency: 'USD' }, companyId: null, version: 1, ...more,
  });
  const location = (id: string, customerId: string, label: string, status: 'active' | 'inactive', op: string | null = null) => ({
    id, customerId, label, address: 'Calle Mayor 1, 28013 Madrid', status, deactivatedByOperation: op, version: 1,
  });
  const service = (
    id: string, customerId: string, locationId: string, name: string, kind: 'recurring' | 'on-request',
    status: 'active' | 'inactive', schedule: [string, string | null, boolean], op: string | null = null,
  ) => ({
    id, customerId, locationId, name, kind, status, deactivatedByOperation: op, version: 1,
    schedule: { startDate: schedule[0], endDate: schedule[1], deactivateOnEndDate: schedule[2] },
  });
  const invoice = (id: string, customerId: string, status: 'draft' | 'unpaid' | 'paid' | 'void', amount: number, onHold = false) => ({
    id, customerId, number: `INV-${id}`, status, total: { amount, currency: 'USD' }, onHold,
  });
  const entry = (id: string, customerId: string, action: 'deactivated' | 'reactivated', at: string, operationId: string, cascade: { locations?: string[]; services?: string[] } = {}) => ({
    id, at, actor: ACTOR, action, customerId, operationId, reason: null,
    from: action === 'deactivated' ? 'active' as const : 'inactive' as const,
    to: action === 'deactivated' ? 'inactive' as const : 'active' as const,
    cascade: { locations: cascade.locations ?? [], services: cascade.services ?? [], invoices: [], subscriptions: [] },
  });
  return {
    customers: [
      customer('c-jose', 'José Álvarez', { lastInteractionAt: ago(400) }),
      customer('c-acme', 'Acme Ibérica S.L.', { kind: 'company', lastInteractionAt: ago(5), balance: { amount: 120, currency: 'EUR' } }),
      customer('c-ana', 'Ana Torres', { companyId: 'c-acme', version: 3 }),
      customer('c-zoe', 'Zoë Müller', {
        status: 'inactive', lastInteractionAt: ago(40), version: 2,
        deactivation: { at: OLD_AT, by: ACTOR, reason: 'Moved away', operationId: 'op-old', undoUntil: new Date(Date.parse(OLD_AT) + 30_000).toISOString() },
      }),
      customer('c-bruno', 'Bruno Díaz', { status: 'inactive', lastInteractionAt: null }),
    ],
    locations: [
      location('loc-1', 'c-jose', 'Head office', 'active'),
      location('loc-2', 'c-jose', 'Warehouse', 'inactive'),
      location('loc-3', 'c-zoe', 'Home', 'inactive', 'op-old'),
      location('loc-4', 'c-ana', 'Home', 'active'),
    ],
    services: [
      service('svc-1', 'c-jose', 'loc-1', 'Lawn care', 'recurring', 'active', ['2025-01-01', null, false]),
      service('svc-2', 'c-jose', 'loc-1', 'Pest control', 'on-request', 'active', ['2025-03-01', null, false]),
      service('svc-3', 'c-jose', 'loc-1', 'Pool cleaning', 'recurring', 'inactive', ['2024-01-01', '2024-12-31', true]),
      service('svc-4', 'c-jose', 'loc-2', 'Window cleaning', 'recurring', 'inactive', ['2024-01-01', '2025-06-30', true]),
      service('svc-5', 'c-zoe', 'loc-3', 'Lawn care', 'recurring', 'inactive', ['2025-02-01', OLD_AT.slice(0, 10), true], 'op-old'),
      service('svc-6', 'c-jose', 'loc-1', 'Snow removal', 'recurring', 'active', ['2025-01-01', '2027-03-31', false]),
    ],
    invoices: [
      invoice('inv-1', 'c-jose', 'unpaid', 100),
      invoice('inv-2', 'c-jose', 'draft', 50),
      invoice('inv-3', 'c-jose', 'paid', 75),
      invoice('inv-4', 'c-jose', 'unpaid', 30, true),
      invoice('inv-5', 'c-zoe', 'unpaid', 20, true),
    ],
    subscriptions: [
      { id: 'sub-1', customerId: 'c-jose', name: 'Pro plan', status: 'active' },
      { id: 'sub-2', customerId: 'c-jose', name: 'Premium support', status: 'cancelled' },
      { id: 'sub-3', customerId: 'c-zoe', name: 'Plan Básico', status: 'cancelled' },
    ],
    audit: [
      entry('aud-old-1', 'c-jose', 'deactivated', ago(500), 'op-prev'),
      entry('aud-old-2', 'c-jose', 'reactivated', ago(480), 'op-prev-2'),
      entry('aud-old-3', 'c-zoe', 'deactivated', OLD_AT, 'op-old', { locations: ['loc-3'], services: ['svc-5'] }),
    ],
  };
}

/** An adapter on the fixture, with a clock the test moves. */
export function setup(options: MemoryAdapterOptions = {}) {
  const clock = { now: new Date(NOW) };
  const adapter = createMemoryAdapter({ data: fixture(), now: () => new Date(clock.now), ...options });
  return {
    adapter,
    clock,
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
}

/** Call options with a signal nobody aborts. */
export const call = (): CallOptions => ({ signal: new AbortController().signal });

let keys = 0;
/** A fresh idempotency key. */
export const key = () => `test-key-${(keys += 1)}`;

const targets = (ids: (string | Target)[]): Target[] => ids.map((id) => (typeof id === 'string' ? { customerId: id } : id));

export function deactivation(ids: (string | Target)[], more: Partial<DeactivateInput> = {}): DeactivateInput {
  return { targets: targets(ids), idempotencyKey: key(), actor: ACTOR, cancelSubscriptions: false, holdInvoices: false, reason: null, ...more };
}

export function reactivation(ids: (string | Target)[], more: Partial<ReactivateInput> = {}): ReactivateInput {
  return { targets: targets(ids), idempotencyKey: key(), actor: ACTOR, releaseInvoices: false, restoreCascade: false, reason: null, ...more };
}

export function deletion(ids: (string | Target)[], more: Partial<DeleteInput> = {}): DeleteInput {
  return { targets: targets(ids), idempotencyKey: key(), actor: ACTOR, ...more };
}

/** What a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
