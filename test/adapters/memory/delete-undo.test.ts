import { expect } from '@open-wc/testing';
import type { LifecycleError } from '../../../src/adapter/errors.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ACTOR, call, deactivation, deletion, key, NOW, reactivation, rejection, setup } from './fixture.js';

const undo = (adapter: MemoryAdapter, operationId: string) =>
  adapter.undo({ operationId, idempotencyKey: key(), actor: ACTOR }, call());

describe('memory adapter: deleteCustomers', () => {
  it('deletes an inactive customer with everything it owns (X1)', async () => {
    const { adapter } = setup();
    const result = await adapter.deleteCustomers(deletion(['c-zoe']), call());
    const error = await rejection(adapter.getCustomer('c-zoe', call())) as LifecycleError;
    const data = adapter.snapshot();
    expect(result).to.deep.include({ results: [{ id: 'c-zoe', outcome: 'done' }], undoUntil: null });
    expect(error.code).to.equal('not-found');
    for (const table of [data.locations, data.services, data.invoices, data.subscriptions]) {
      expect(table.filter((row) => row.customerId === 'c-zoe')).to.deep.equal([]);
    }
  });

  it('keeps the audit trail with a deleted entry listing what went', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.deleteCustomers(deletion(['c-zoe']), call());
    const entries = adapter.snapshot().audit.filter((a) => a.customerId === 'c-zoe');
    const deleted = entries.find((a) => a.operationId === operationId)!;
    expect(entries).to.have.length(2);
    expect(deleted).to.include({ action: 'deleted', from: 'inactive', to: null });
    expect(deleted.cascade).to.deep.equal({ locations: ['loc-3'], services: ['svc-5'], invoices: ['inv-5'], subscriptions: ['sub-3'] });
  });

  it('blocks an active customer (X1)', async () => {
    const { adapter } = setup();
    const [outcome] = (await adapter.deleteCustomers(deletion(['c-jose']), call())).results;
    expect(outcome).to.deep.equal({ id: 'c-jose', outcome: 'blocked', blockers: [{ rule: 'X1', reason: 'delete-active', fix: 'deactivate-first' }] });
  });

  it('deletes several inactive customers with an outcome each (X2)', async () => {
    const { adapter } = setup();
    const result = await adapter.deleteCustomers(deletion(['c-zoe', 'c-bruno', 'c-ana', 'c-nobody']), call());
    expect(result.results.map((r) => r.outcome)).to.deep.equal(['done', 'done', 'blocked', 'failed']);
    expect((await adapter.countCustomers({}, call())).all).to.equal(3);
  });

  it('rejects any deletion when the policy never deletes (X3)', async () => {
    const { adapter } = setup({ policy: 'seed-000' });
    const error = await rejection(adapter.deleteCustomers(deletion(['c-zoe']), call())) as LifecycleError;
    expect(error).to.include({ code: 'rule-violation', rule: 'X3', reason: 'delete-never' });
  });

  it('rejects a bulk deletion the policy switches off (X2)', async () => {
    const { adapter } = setup({ policy: { bulkDelete: false } });
    const error = await rejection(adapter.deleteCustomers(deletion(['c-zoe', 'c-bruno']), call())) as LifecycleError;
    expect(error).to.include({ code: 'rule-violation', rule: 'X2', reason: 'bulk-delete-off' });
    expect((await adapter.countCustomers({}, call())).all).to.equal(5);
  });

  it('leaves the contacts of a deleted company without a company link (D6)', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-acme']), call());
    await adapter.deleteCustomers(deletion(['c-acme']), call());
    const ana = await adapter.getCustomer('c-ana', call());
    expect(ana.customer.status).to.equal('active');
    expect(ana.links.company).to.equal(null);
  });
});

describe('memory adapter: undo', () => {
  it('reverts a deactivation within the grace period (G4)', async () => {
    const { adapter, advance } = setup();
    const before = await adapter.getCustomer('c-jose', call());
    const { operationId } = await adapter.deactivate(deactivation(['c-jose'], { holdInvoices: true }), call());
    advance(29_000);
    const result = await undo(adapter, operationId);
    const after = await adapter.getCustomer('c-jose', call());
    expect(result.results).to.deep.equal([{ id: 'c-jose', outcome: 'done' }]);
    expect(after.customer).to.include({ status: 'active', deactivation: null, version: 3 });
    expect(after.locations.map((l) => [l.id, l.status, l.deactivatedByOperation])).to.deep.equal(before.locations.map((l) => [l.id, l.status, l.deactivatedByOperation]));
    expect(after.services.map((s) => [s.id, s.status, s.schedule])).to.deep.equal(before.services.map((s) => [s.id, s.status, s.schedule]));
  });

  it('releases the invoices the deactivation held, and only those', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.deactivate(deactivation(['c-jose'], { holdInvoices: true }), call());
    await undo(adapter, operationId);
    const { invoices } = await adapter.getCustomer('c-jose', call());
    expect(invoices.map((i) => [i.id, i.onHold])).to.deep.equal([['inv-1', false], ['inv-2', false], ['inv-3', false], ['inv-4', true]]);
  });

  it('leaves cancelled subscriptions cancelled (D4)', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.deactivate(deactivation(['c-jose'], { cancelSubscriptions: true }), call());
    await undo(adapter, operationId);
    const { subscriptions } = await adapter.getCustomer('c-jose', call());
    expect(subscriptions.find((s) => s.id === 'sub-1')!.status).to.equal('cancelled');
  });

  it('writes a deactivation-undone audit entry', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.deactivate(deactivation(['c-jose']), call());
    const result = await undo(adapter, operationId);
    const entry = (await adapter.getCustomer('c-jose', call())).audit[0]!;
    expect(entry).to.include({ action: 'deactivation-undone', from: 'inactive', to: 'active', operationId: result.operationId });
    expect(entry.cascade.services).to.deep.equal(['svc-1', 'svc-2', 'svc-6']);
  });

  it('undoes every customer of a bulk deactivation', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.deactivate(deactivation(['c-jose', 'c-ana']), call());
    const result = await undo(adapter, operationId);
    expect(result.results.map((r) => r.id)).to.deep.equal(['c-jose', 'c-ana']);
    expect((await adapter.countCustomers({}, call())).active).to.equal(3);
  });

  it('rejects after the grace period with rule-violation (G4)', async () => {
    const { adapter, advance } = setup();
    const { operationId, undoUntil } = await adapter.deactivate(deactivation(['c-jose']), call());
    expect(undoUntil).to.equal(new Date(NOW.getTime() + 30_000).toISOString());
    advance(30_001);
    const error = await rejection(undo(adapter, operationId)) as LifecycleError;
    expect(error).to.include({ code: 'rule-violation', rule: 'G4', reason: 'undo-expired' });
    expect((await adapter.getCustomer('c-jose', call())).customer.status).to.equal('inactive');
  });

  it('rejects when the policy has undo off (G4)', async () => {
    const { adapter } = setup({ policy: { undoSeconds: 0 } });
    const { operationId, undoUntil } = await adapter.deactivate(deactivation(['c-jose']), call());
    const error = await rejection(undo(adapter, operationId)) as LifecycleError;
    expect(undoUntil).to.equal(null);
    expect(error).to.include({ code: 'rule-violation', reason: 'undo-off' });
  });

  it('rejects an unknown operation with not-found', async () => {
    const { adapter } = setup();
    const error = await rejection(undo(adapter, 'op-nowhere')) as LifecycleError;
    expect(error.code).to.equal('not-found');
  });

  it('blocks a customer reactivated since (R1)', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.deactivate(deactivation(['c-jose']), call());
    await adapter.reactivate(reactivation(['c-jose']), call());
    const [outcome] = (await undo(adapter, operationId)).results;
    expect(outcome).to.deep.include({ id: 'c-jose', outcome: 'blocked' });
  });

  it('undoes a deactivation loaded with the data while its grace period lasts', async () => {
    const { adapter, clock } = setup();
    clock.now = new Date(Date.parse((await adapter.getCustomer('c-zoe', call())).customer.deactivation!.at) + 10_000);
    await undo(adapter, 'op-old');
    const detail = await adapter.getCustomer('c-zoe', call());
    expect(detail.customer.status).to.equal('active');
    expect(detail.locations[0]).to.include({ status: 'active', deactivatedByOperation: null });
    expect(detail.services[0]!.schedule.endDate).to.equal(null);
  });
});
