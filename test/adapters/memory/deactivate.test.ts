import { expect } from '@open-wc/testing';
import type { LifecycleError } from '../../../src/adapter/errors.js';
import { ACTOR, call, deactivation, key, NOW, rejection, setup, TODAY } from './fixture.js';

describe('memory adapter: deactivate', () => {
  it('deactivates a customer and records who, when and why (D7)', async () => {
    const { adapter } = setup();
    const result = await adapter.deactivate(deactivation(['c-jose'], { reason: '  Moved away ' }), call());
    const { customer } = await adapter.getCustomer('c-jose', call());
    expect(result.results).to.deep.equal([{ id: 'c-jose', outcome: 'done' }]);
    expect(customer.status).to.equal('inactive');
    expect(customer.deactivation).to.deep.equal({
      at: NOW.toISOString(), by: ACTOR, reason: 'Moved away', operationId: result.operationId,
      undoUntil: new Date(NOW.getTime() + 30_000).toISOString(),
    });
  });

  it('answers with the undo deadline of the policy (G4)', async () => {
    const { adapter } = setup();
    const result = await adapter.deactivate(deactivation(['c-jose']), call());
    expect(result.undoUntil).to.equal(new Date(NOW.getTime() + 30_000).toISOString());
  });

  it('cascades to the active locations and services, marked with the operation (D3, G3)', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.deactivate(deactivation(['c-jose']), call());
    const detail = await adapter.getCustomer('c-jose', call());
    const location = (id: string) => detail.locations.find((l) => l.id === id)!;
    const service = (id: string) => detail.services.find((s) => s.id === id)!;
    expect(location('loc-1')).to.include({ status: 'inactive', deactivatedByOperation: operationId });
    expect(service('svc-1')).to.include({ status: 'inactive', deactivatedByOperation: operationId });
    expect(service('svc-1').schedule).to.deep.equal({ startDate: '2025-01-01', endDate: TODAY, deactivateOnEndDate: true });
    expect(service('svc-2').schedule).to.deep.equal({ startDate: '2025-03-01', endDate: null, deactivateOnEndDate: false });
    expect(service('svc-6').schedule.endDate).to.equal(TODAY);
  });

  it('leaves alone what was already switched off on its own (G3)', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-jose']), call());
    const detail = await adapter.getCustomer('c-jose', call());
    expect(detail.locations.find((l) => l.id === 'loc-2')).to.include({ deactivatedByOperation: null, version: 1 });
    for (const id of ['svc-3', 'svc-4']) {
      expect(detail.services.find((s) => s.id === id)).to.include({ deactivatedByOperation: null, version: 1 });
    }
  });

  it('does not cascade when the policy does not (seed 001)', async () => {
    const { adapter } = setup({ policy: 'seed-001' });
    await adapter.deactivate(deactivation(['c-jose']), call());
    const detail = await adapter.getCustomer('c-jose', call());
    expect(detail.locations.find((l) => l.id === 'loc-1')!.status).to.equal('active');
    expect(detail.services.find((s) => s.id === 'svc-1')!.status).to.equal('active');
  });

  it('cancels active subscriptions when asked and the plan has them (D4)', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-jose'], { cancelSubscriptions: true }), call());
    const { subscriptions } = await adapter.getCustomer('c-jose', call());
    expect(subscriptions.map((s) => s.status)).to.deep.equal(['cancelled', 'cancelled']);
  });

  it('keeps subscriptions when not asked, or when the plan has none (D4)', async () => {
    const notAsked = setup();
    await notAsked.adapter.deactivate(deactivation(['c-jose']), call());
    const noPlan = setup({ policy: { subscriptions: false } });
    await noPlan.adapter.deactivate(deactivation(['c-jose'], { cancelSubscriptions: true }), call());
    for (const { adapter } of [notAsked, noPlan]) {
      const { subscriptions } = await adapter.getCustomer('c-jose', call());
      expect(subscriptions.find((s) => s.id === 'sub-1')!.status).to.equal('active');
    }
  });

  it('puts open invoices on hold when asked and offered (D5)', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-jose'], { holdInvoices: true }), call());
    const { invoices } = await adapter.getCustomer('c-jose', call());
    expect(invoices.map((i) => [i.id, i.onHold])).to.deep.equal([['inv-1', true], ['inv-2', true], ['inv-3', false], ['inv-4', true]]);
  });

  it('leaves invoices alone when the policy offers no hold (D5)', async () => {
    const { adapter } = setup({ policy: 'seed-000' });
    await adapter.deactivate(deactivation(['c-jose'], { holdInvoices: true }), call());
    const { invoices } = await adapter.getCustomer('c-jose', call());
    expect(invoices.find((i) => i.id === 'inv-1')!.onHold).to.equal(false);
  });

  it('leaves the linked contacts and company unchanged (D6)', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-acme']), call());
    const ana = await adapter.getCustomer('c-ana', call());
    expect(ana.customer).to.include({ status: 'active', version: 3 });
    expect(ana.links.company!.status).to.equal('inactive');
  });

  it('writes deactivated, subscriptions-cancelled and invoices-held audit entries (G7)', async () => {
    const { adapter } = setup();
    const { operationId } = await adapter.deactivate(deactivation(['c-jose'], { cancelSubscriptions: true, holdInvoices: true, reason: 'Moved' }), call());
    const entries = (await adapter.getCustomer('c-jose', call())).audit.filter((a) => a.operationId === operationId);
    expect(entries.map((a) => a.action)).to.have.members(['deactivated', 'subscriptions-cancelled', 'invoices-held']);
    const main = entries.find((a) => a.action === 'deactivated')!;
    expect(main).to.include({ from: 'active', to: 'inactive', reason: 'Moved', at: NOW.toISOString() });
    expect(main.actor).to.deep.equal(ACTOR);
    expect(main.cascade).to.deep.equal({ locations: ['loc-1'], services: ['svc-1', 'svc-2', 'svc-6'], invoices: [], subscriptions: [] });
    expect(entries.find((a) => a.action === 'subscriptions-cancelled')!.cascade.subscriptions).to.deep.equal(['sub-1']);
    expect(entries.find((a) => a.action === 'invoices-held')!.cascade.invoices).to.deep.equal(['inv-1', 'inv-2']);
  });

  it('bumps the version of the customer and of every cascaded record', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-jose']), call());
    const detail = await adapter.getCustomer('c-jose', call());
    expect(detail.customer.version).to.equal(2);
    expect(detail.locations.find((l) => l.id === 'loc-1')!.version).to.equal(2);
    expect(detail.services.find((s) => s.id === 'svc-2')!.version).to.equal(2);
  });

  it('blocks a customer that is already inactive (D1)', async () => {
    const { adapter } = setup();
    const result = await adapter.deactivate(deactivation(['c-zoe']), call());
    expect(result.results).to.deep.equal([{ id: 'c-zoe', outcome: 'blocked', blockers: [{ rule: 'D1', reason: 'already-inactive', fix: null }] }]);
    expect(result.undoUntil).to.equal(null);
  });

  it('blocks without a reason when the policy requires one (G7)', async () => {
    const { adapter } = setup({ policy: { reason: 'required' } });
    const result = await adapter.deactivate(deactivation(['c-jose'], { reason: '  ' }), call());
    expect(result.results[0]).to.deep.include({ outcome: 'blocked' });
    expect((await adapter.getCustomer('c-jose', call())).customer.status).to.equal('active');
  });

  it('blocks an open balance when the balance guard blocks (G5)', async () => {
    const { adapter } = setup({ policy: { balanceGuard: 'block' } });
    const result = await adapter.deactivate(deactivation(['c-acme']), call());
    expect(result.results[0]).to.deep.equal({ id: 'c-acme', outcome: 'blocked', blockers: [{ rule: 'G5', reason: 'open-balance', fix: 'settle-balance' }] });
  });

  it('reports done, blocked and failed per customer in one bulk call (G6)', async () => {
    const { adapter } = setup();
    const result = await adapter.deactivate(deactivation(['c-jose', 'c-zoe', 'c-nobody', { customerId: 'c-ana', version: 1 }]), call());
    expect(result.results.map((r) => [r.id, r.outcome])).to.deep.equal([
      ['c-jose', 'done'], ['c-zoe', 'blocked'], ['c-nobody', 'failed'], ['c-ana', 'failed'],
    ]);
  });

  it('fails an unknown customer with not-found', async () => {
    const { adapter } = setup();
    const [outcome] = (await adapter.deactivate(deactivation(['c-nobody']), call())).results;
    expect(outcome).to.deep.include({ outcome: 'failed' });
    expect(outcome!.outcome === 'failed' && outcome!.error.code).to.equal('not-found');
  });

  it('fails a customer whose version moved on with conflict, and leaves it as it is', async () => {
    const { adapter } = setup();
    const [outcome] = (await adapter.deactivate(deactivation([{ customerId: 'c-ana', version: 2 }]), call())).results;
    expect(outcome!.outcome === 'failed' && outcome!.error.code).to.equal('conflict');
    expect((await adapter.getCustomer('c-ana', call())).customer.status).to.equal('active');
  });

  it('deactivates when the version given is the current one', async () => {
    const { adapter } = setup();
    const [outcome] = (await adapter.deactivate(deactivation([{ customerId: 'c-ana', version: 3 }]), call())).results;
    expect(outcome!.outcome).to.equal('done');
  });

  it('rejects a bulk deactivation the policy switches off, changing nothing (D8)', async () => {
    const { adapter } = setup({ policy: { bulkDeactivate: false } });
    const error = await rejection(adapter.deactivate(deactivation(['c-jose', 'c-ana']), call())) as LifecycleError;
    expect(error).to.include({ name: 'LifecycleError', code: 'rule-violation', rule: 'D8', reason: 'bulk-deactivate-off' });
    expect(await adapter.countCustomers({}, call())).to.include({ active: 3 });
  });

  it('rejects invalid input with invalid-input', async () => {
    const { adapter } = setup();
    const error = await rejection(adapter.deactivate({ ...deactivation(['c-jose']), idempotencyKey: 'short' }, call())) as LifecycleError;
    expect(error.code).to.equal('invalid-input');
  });

  describe('idempotency', () => {
    it('returns the first result again for the same key', async () => {
      const { adapter } = setup();
      const input = deactivation(['c-jose']);
      const first = await adapter.deactivate(input, call());
      const second = await adapter.deactivate(input, call());
      expect(second).to.deep.equal(first);
    });

    it('acts once for the same key: no second audit entry, no version bump', async () => {
      const { adapter } = setup();
      const input = deactivation(['c-jose']);
      await adapter.deactivate(input, call());
      await adapter.deactivate(input, call());
      const detail = await adapter.getCustomer('c-jose', call());
      expect(detail.audit.filter((a) => a.action === 'deactivated')).to.have.length(2);
      expect(detail.customer.version).to.equal(2);
    });

    it('counts the replay as replayed, not applied', async () => {
      const { adapter } = setup();
      const input = deactivation(['c-jose']);
      await adapter.deactivate(input, call());
      await adapter.deactivate(input, call());
      expect(adapter.calls.map((c) => c.status)).to.deep.equal(['applied', 'replayed']);
      expect(adapter.operations).to.equal(1);
    });

    it('replays even after the state changed since', async () => {
      const { adapter } = setup();
      const input = deactivation(['c-jose']);
      const first = await adapter.deactivate(input, call());
      await adapter.undo({ operationId: first.operationId, idempotencyKey: key(), actor: ACTOR }, call());
      expect(await adapter.deactivate(input, call())).to.deep.equal(first);
      expect((await adapter.getCustomer('c-jose', call())).customer.status).to.equal('active');
    });

    it('rejects a key already used by another method with invalid-input', async () => {
      const { adapter } = setup();
      const input = deactivation(['c-jose']);
      await adapter.deactivate(input, call());
      const error = await rejection(adapter.deleteCustomers({ targets: input.targets, idempotencyKey: input.idempotencyKey, actor: ACTOR }, call()));
      expect((error as LifecycleError).code).to.equal('invalid-input');
    });
  });
});
