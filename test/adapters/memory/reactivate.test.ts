import { expect } from '@open-wc/testing';
import type { MutationResult, ServiceChange } from '../../../src/adapter/types.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ACTOR, call, deactivation, key, reactivation, setup, TODAY } from './fixture.js';

const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id)!;

const reactivateLocation = (adapter: MemoryAdapter, locationId: string, more: { customerId?: string; version?: number } = {}) =>
  adapter.reactivateLocation({ customerId: 'c-jose', locationId, idempotencyKey: key(), actor: ACTOR, ...more }, call());

const reactivateServices = (adapter: MemoryAdapter, changes: ServiceChange[], customerId = 'c-jose') =>
  adapter.reactivateServices({ customerId, changes, idempotencyKey: key(), actor: ACTOR }, call());

const open = (startDate: string) => ({ startDate, endDate: null, deactivateOnEndDate: false });

describe('memory adapter: reactivate', () => {
  it('reactivates a customer and clears its deactivation (R1)', async () => {
    const { adapter } = setup();
    const result = await adapter.reactivate(reactivation(['c-zoe']), call());
    const { customer } = await adapter.getCustomer('c-zoe', call());
    expect(result.results).to.deep.equal([{ id: 'c-zoe', outcome: 'done' }]);
    expect(result.undoUntil).to.equal(null);
    expect(customer).to.include({ status: 'active', deactivation: null, version: 3 });
  });

  it('leaves its locations and services inactive (R2)', async () => {
    const { adapter } = setup();
    await adapter.reactivate(reactivation(['c-zoe']), call());
    const detail = await adapter.getCustomer('c-zoe', call());
    expect(byId(detail.locations, 'loc-3').status).to.equal('inactive');
    expect(byId(detail.services, 'svc-5').status).to.equal('inactive');
  });

  it('blocks a customer that is already active (R1)', async () => {
    const { adapter } = setup();
    const [outcome] = (await adapter.reactivate(reactivation(['c-jose']), call())).results;
    expect(outcome).to.deep.equal({ id: 'c-jose', outcome: 'blocked', blockers: [{ rule: 'R1', reason: 'already-active', fix: null }] });
  });

  it('restores exactly what its deactivation switched off when asked (G3)', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-jose']), call());
    await adapter.reactivate(reactivation(['c-jose'], { restoreCascade: true }), call());
    const detail = await adapter.getCustomer('c-jose', call());
    const status = (list: { id: string; status: string }[]) => Object.fromEntries(list.map((x) => [x.id, x.status]));
    expect(status(detail.locations)).to.deep.equal({ 'loc-1': 'active', 'loc-2': 'inactive' });
    expect(status(detail.services)).to.deep.equal({ 'svc-1': 'active', 'svc-2': 'active', 'svc-3': 'inactive', 'svc-4': 'inactive', 'svc-6': 'active' });
    expect(byId(detail.services, 'svc-1').deactivatedByOperation).to.equal(null);
  });

  it('removes the end date the cascade set on a restored recurring service (G3, R3)', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-jose']), call());
    await adapter.reactivate(reactivation(['c-jose'], { restoreCascade: true }), call());
    const { services } = await adapter.getCustomer('c-jose', call());
    expect(byId(services, 'svc-1').schedule).to.deep.equal(open('2025-01-01'));
  });

  it('brings back the later end date a restored service had before the cascade cut it to today (D3, G3)', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-jose']), call());
    const off = byId((await adapter.getCustomer('c-jose', call())).services, 'svc-6');
    expect(off.schedule).to.deep.equal({ startDate: '2025-01-01', endDate: TODAY, deactivateOnEndDate: true });
    expect(off.scheduleBefore).to.deep.equal({ startDate: '2025-01-01', endDate: '2027-03-31', deactivateOnEndDate: false });
    await adapter.reactivate(reactivation(['c-jose'], { restoreCascade: true }), call());
    const back = byId((await adapter.getCustomer('c-jose', call())).services, 'svc-6');
    expect(back.schedule).to.deep.equal({ startDate: '2025-01-01', endDate: '2027-03-31', deactivateOnEndDate: false });
    expect(back.scheduleBefore ?? null).to.equal(null);
  });

  it('brings back the later end date when the deactivation is undone, too (D3, G4)', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.deactivate(deactivation(['c-jose']), call());
    await adapter.undo({ operationId, idempotencyKey: key(), actor: ACTOR }, call());
    const back = byId((await adapter.getCustomer('c-jose', call())).services, 'svc-6');
    expect(back.schedule).to.deep.equal({ startDate: '2025-01-01', endDate: '2027-03-31', deactivateOnEndDate: false });
  });

  it('lists what it restored in the reactivated audit entry (G7)', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.reactivate(reactivation(['c-zoe'], { restoreCascade: true, reason: 'Back again' }), call());
    const entry = (await adapter.getCustomer('c-zoe', call())).audit.find((a) => a.operationId === operationId)!;
    expect(entry).to.include({ action: 'reactivated', from: 'inactive', to: 'active', reason: 'Back again' });
    expect(entry.cascade).to.deep.equal({ locations: ['loc-3'], services: ['svc-5'], invoices: [], subscriptions: [] });
  });

  it('restores nothing when the policy makes no restore offer', async () => {
    const { adapter } = setup({ policy: { restoreOffer: false } });
    await adapter.reactivate(reactivation(['c-zoe'], { restoreCascade: true }), call());
    expect(byId((await adapter.getCustomer('c-zoe', call())).locations, 'loc-3').status).to.equal('inactive');
  });

  it('keeps held invoices on hold unless asked to release them (R4)', async () => {
    const kept = setup();
    await kept.adapter.reactivate(reactivation(['c-zoe']), call());
    expect(byId((await kept.adapter.getCustomer('c-zoe', call())).invoices, 'inv-5').onHold).to.equal(true);
    const released = setup();
    const { operationId } = await released.adapter.reactivate(reactivation(['c-zoe'], { releaseInvoices: true }), call());
    const detail = await released.adapter.getCustomer('c-zoe', call());
    expect(byId(detail.invoices, 'inv-5').onHold).to.equal(false);
    expect(detail.audit.find((a) => a.operationId === operationId && a.action === 'invoices-released')!.cascade.invoices).to.deep.equal(['inv-5']);
  });

  it('never brings back cancelled subscriptions (R5)', async () => {
    const { adapter } = setup();
    await adapter.reactivate(reactivation(['c-zoe'], { restoreCascade: true, releaseInvoices: true }), call());
    expect(byId((await adapter.getCustomer('c-zoe', call())).subscriptions, 'sub-3').status).to.equal('cancelled');
  });

  it('reactivates several customers with an outcome each', async () => {
    const { adapter } = setup();
    const result = await adapter.reactivate(reactivation(['c-zoe', 'c-bruno', 'c-jose']), call());
    expect(result.results.map((r) => r.outcome)).to.deep.equal(['done', 'done', 'blocked']);
  });

  it('returns the first result again for the same idempotency key', async () => {
    const { adapter } = setup();
    const input = reactivation(['c-zoe']);
    const first = await adapter.reactivate(input, call());
    expect(await adapter.reactivate(input, call())).to.deep.equal(first);
    expect((await adapter.getCustomer('c-zoe', call())).customer.version).to.equal(3);
  });
});

describe('memory adapter: reactivateLocation', () => {
  it('reactivates a location of an active customer (R2)', async () => {
    const { adapter } = setup();
    const result = await reactivateLocation(adapter, 'loc-2');
    const detail = await adapter.getCustomer('c-jose', call());
    expect(result.results).to.deep.equal([{ id: 'loc-2', outcome: 'done' }]);
    expect(byId(detail.locations, 'loc-2')).to.include({ status: 'active', version: 2 });
    expect(detail.customer.version).to.equal(2);
    expect(byId(detail.services, 'svc-4').status).to.equal('inactive');
  });

  it('writes a location-reactivated audit entry', async () => {
    const { adapter } = setup();
    const { operationId } = await reactivateLocation(adapter, 'loc-2');
    const entry = (await adapter.getCustomer('c-jose', call())).audit.find((a) => a.operationId === operationId)!;
    expect(entry).to.include({ action: 'location-reactivated' });
    expect(entry.cascade.locations).to.deep.equal(['loc-2']);
  });

  it('blocks while the customer is inactive (R2)', async () => {
    const { adapter } = setup();
    const [outcome] = (await reactivateLocation(adapter, 'loc-3', { customerId: 'c-zoe' })).results;
    expect(outcome).to.deep.equal({ id: 'loc-3', outcome: 'blocked', blockers: [{ rule: 'R2', reason: 'customer-inactive', fix: 'reactivate-customer' }] });
  });

  it("fails an unknown location, or another customer's, with not-found", async () => {
    const { adapter } = setup();
    for (const locationId of ['loc-nowhere', 'loc-4']) {
      const [outcome] = (await reactivateLocation(adapter, locationId)).results;
      expect(outcome!.outcome === 'failed' && outcome!.error.code, locationId).to.equal('not-found');
    }
  });

  it('fails a stale location version with conflict', async () => {
    const { adapter } = setup();
    const [outcome] = (await reactivateLocation(adapter, 'loc-2', { version: 7 })).results;
    expect(outcome!.outcome === 'failed' && outcome!.error.code).to.equal('conflict');
  });
});

describe('memory adapter: reactivateServices', () => {
  it('reactivates a service with its new schedule (R3)', async () => {
    const { adapter } = setup();
    const result = await reactivateServices(adapter, [{ serviceId: 'svc-3', schedule: open('2024-01-01') }]);
    const svc = byId((await adapter.getCustomer('c-jose', call())).services, 'svc-3');
    expect(result.results).to.deep.equal([{ id: 'svc-3', outcome: 'done' }]);
    expect(svc).to.deep.include({ status: 'active', schedule: open('2024-01-01'), version: 2 });
  });

  it('blocks a service whose location is inactive (R2)', async () => {
    const { adapter } = setup();
    const [outcome] = (await reactivateServices(adapter, [{ serviceId: 'svc-4', schedule: open('2024-01-01') }])).results;
    expect(outcome).to.deep.equal({ id: 'svc-4', outcome: 'blocked', blockers: [{ rule: 'R2', reason: 'location-inactive', fix: 'reactivate-location' }] });
  });

  it('blocks a recurring service that keeps an end date in the past (R3)', async () => {
    const { adapter } = setup();
    const schedule = { startDate: '2024-01-01', endDate: '2025-01-01', deactivateOnEndDate: true };
    const [outcome] = (await reactivateServices(adapter, [{ serviceId: 'svc-3', schedule }])).results;
    expect(outcome!.outcome === 'blocked' && outcome!.blockers[0]!.reason).to.equal('end-date-past');
  });

  it('blocks a recurring service that keeps the end date of today its deactivation set (R3, same day)', async () => {
    const { adapter } = setup();
    const schedule = { startDate: '2024-01-01', endDate: TODAY, deactivateOnEndDate: true };
    const [outcome] = (await reactivateServices(adapter, [{ serviceId: 'svc-3', schedule }])).results;
    expect(outcome!.outcome === 'blocked' && outcome!.blockers[0]!.reason).to.equal('end-date-past');
  });

  it('keeps the done ones when another is blocked or fails', async () => {
    const { adapter } = setup();
    await reactivateLocation(adapter, 'loc-2');
    const result = await reactivateServices(adapter, [
      { serviceId: 'svc-3', schedule: open('2024-01-01') },
      { serviceId: 'svc-1', schedule: open('2025-01-01') },
      { serviceId: 'svc-4', version: 9, schedule: open('2024-01-01') },
      { serviceId: 'svc-5', schedule: open('2025-01-01') },
    ]);
    expect(result.results.map((r) => [r.id, r.outcome])).to.deep.equal([
      ['svc-3', 'done'], ['svc-1', 'blocked'], ['svc-4', 'failed'], ['svc-5', 'failed'],
    ]);
    expect(byId((await adapter.getCustomer('c-jose', call())).services, 'svc-3').status).to.equal('active');
  });

  it('lists the services it reactivated in one audit entry and bumps the customer once', async () => {
    const { adapter } = setup();
    await reactivateLocation(adapter, 'loc-2');
    const result: MutationResult = await reactivateServices(adapter, [
      { serviceId: 'svc-3', schedule: open('2024-01-01') },
      { serviceId: 'svc-4', schedule: { startDate: '2024-01-01', endDate: '2027-01-31', deactivateOnEndDate: true } },
    ]);
    const detail = await adapter.getCustomer('c-jose', call());
    const entry = detail.audit.find((a) => a.operationId === result.operationId)!;
    expect(entry.action).to.equal('services-reactivated');
    expect(entry.cascade.services).to.deep.equal(['svc-3', 'svc-4']);
    expect(detail.customer.version).to.equal(3);
    expect(byId(detail.services, 'svc-4').schedule.endDate).to.equal('2027-01-31');
  });

  it('fails every change when the customer is unknown', async () => {
    const { adapter } = setup();
    const result = await reactivateServices(adapter, [{ serviceId: 'svc-3', schedule: open(TODAY) }], 'c-nobody');
    expect(result.results.map((r) => r.outcome === 'failed' && r.error.code)).to.deep.equal(['not-found']);
  });
});
