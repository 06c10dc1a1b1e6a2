import { expect } from '@open-wc/testing';
import { guardAdapter } from '../../../src/adapter/boundary.js';
import { LifecycleError } from '../../../src/adapter/errors.js';
import type { CustomerChange, Dataset } from '../../../src/adapter/types.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { PRESETS } from '../../../src/rules/policy.js';
import { call, deactivation, deletion, fixture, rejection, setup } from './fixture.js';

describe('memory adapter: options and controls', () => {
  it('generates 50 customers when given no data', async () => {
    const adapter = createMemoryAdapter();
    expect((await adapter.countCustomers({}, call())).all).to.equal(50);
  });

  it('generates the count asked for', () => {
    expect(createMemoryAdapter({ count: 7, seed: 3 }).snapshot().customers).to.have.length(7);
  });

  it('throws invalid-data with readable issues for an invalid data set', () => {
    const data = fixture();
    (data.customers[0] as { status: string }).status = 'gone';
    let error: unknown;
    try {
      createMemoryAdapter({ data });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(LifecycleError);
    expect((error as LifecycleError).code).to.equal('invalid-data');
    expect((error as LifecycleError).issues[0]!.path).to.equal('customers.0.status');
    expect((error as LifecycleError).message).to.contain('customers.0.status');
  });

  it('takes a preset name, overrides or a full policy', () => {
    expect(createMemoryAdapter({ count: 1, policy: 'seed-001' }).policy).to.deep.equal(PRESETS['seed-001']);
    expect(createMemoryAdapter({ count: 1, policy: { undoSeconds: 5 } }).policy).to.deep.equal({ ...PRESETS.default, undoSeconds: 5 });
    expect(createMemoryAdapter({ count: 1, policy: { ...PRESETS['seed-002'] } }).policy).to.deep.equal(PRESETS['seed-002']);
  });

  it('throws invalid-data for an unknown preset or an invalid policy', () => {
    expect(() => createMemoryAdapter({ count: 1, policy: 'seed-999' as 'default' })).to.throw(LifecycleError, /seed-999/);
    expect(() => createMemoryAdapter({ count: 1, policy: { undoSeconds: -1 } })).to.throw(LifecycleError, /undoSeconds/);
  });

  it('applies a new policy from setPolicy', async () => {
    const { adapter } = setup();
    adapter.setPolicy('seed-000');
    const error = await rejection(adapter.deleteCustomers(deletion(['c-zoe']), call())) as LifecycleError;
    expect(adapter.policy.deletion).to.equal('never');
    expect(error.code).to.equal('rule-violation');
  });

  it('hands out a snapshot that is a deep copy of the tables', () => {
    const { adapter } = setup();
    const snapshot = adapter.snapshot();
    snapshot.customers[0]!.name = 'Changed';
    expect(snapshot.customers).to.have.length(5);
    expect(adapter.snapshot()).to.deep.equal(fixture());
  });

  it('resets to the initial data, or to the data given', async () => {
    const { adapter } = setup();
    await adapter.deactivate(deactivation(['c-jose']), call());
    adapter.reset();
    expect(adapter.snapshot()).to.deep.equal(fixture());
    expect(adapter.calls).to.deep.equal([]);
    const other: Dataset = { ...fixture(), customers: fixture().customers.slice(0, 1) };
    adapter.reset(other);
    expect(adapter.snapshot().customers.map((c) => c.id)).to.deep.equal(['c-jose']);
  });

  it('records every call with its input and status', async () => {
    const { adapter } = setup();
    await adapter.getCustomer('c-jose', call());
    await rejection(adapter.getCustomer('c-nobody', call()));
    await adapter.deactivate(deactivation(['c-jose']), call());
    expect(adapter.calls.map((c) => [c.method, c.status])).to.deep.equal([
      ['getCustomer', 'read'], ['getCustomer', 'rejected'], ['deactivate', 'applied'],
    ]);
    expect(adapter.calls[0]!.input).to.equal('c-jose');
  });

  it('avoids the operation and audit ids the data already uses', async () => {
    const data = fixture();
    data.audit[0]!.id = 'aud-1';
    data.audit[0]!.operationId = 'op-1';
    const adapter = createMemoryAdapter({ data });
    const { operationId } = await adapter.deactivate(deactivation(['c-jose']), call());
    const ids = adapter.snapshot().audit.map((a) => a.id);
    expect(operationId).not.to.equal('op-1');
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('memory adapter: abort and latency', () => {
  it('rejects with an AbortError when aborted before the call', async () => {
    const { adapter } = setup();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(adapter.getCustomer('c-jose', { signal: controller.signal }));
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('rejects with an AbortError when aborted during the latency', async () => {
    const { adapter } = setup({ latency: 60_000 });
    const controller = new AbortController();
    const pending = adapter.listCustomers({ status: 'all', offset: 0, limit: 10 }, { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending) as DOMException).name).to.equal('AbortError');
  });

  it('changes nothing when a mutation is aborted during the latency', async () => {
    const { adapter } = setup({ latency: { min: 30_000, max: 60_000 } });
    const controller = new AbortController();
    const pending = adapter.deactivate(deactivation(['c-jose']), { signal: controller.signal });
    controller.abort();
    await rejection(pending);
    adapter.setLatency(0);
    expect((await adapter.getCustomer('c-jose', call())).customer.status).to.equal('active');
    expect(adapter.calls[0]!.status).to.equal('aborted');
  });

  it('reaches the elements as a LifecycleError with code aborted through the boundary', async () => {
    const { adapter } = setup({ latency: 60_000 });
    const controller = new AbortController();
    const pending = guardAdapter(adapter).getCustomer('c-jose', controller.signal);
    controller.abort();
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(LifecycleError);
    expect((error as LifecycleError).code).to.equal('aborted');
  });

  it('answers after a short latency drawn from the range', async () => {
    const { adapter } = setup({ latency: { min: 1, max: 3 } });
    expect((await adapter.getCustomer('c-jose', call())).customer.id).to.equal('c-jose');
  });

  it('rejects a negative latency', () => {
    expect(() => setup({ latency: -1 })).to.throw(RangeError);
  });
});

describe('memory adapter: change feed', () => {
  const collect = (adapter: ReturnType<typeof setup>['adapter']) => {
    const changes: CustomerChange[] = [];
    const unsubscribe = adapter.subscribe((change) => changes.push(change));
    return { changes, unsubscribe };
  };

  it('emits one updated change per affected customer, with the customer as it is now', async () => {
    const { adapter } = setup();
    const { changes } = collect(adapter);
    const { operationId } = await adapter.deactivate(deactivation(['c-jose', 'c-ana', 'c-zoe']), call());
    expect(changes.map((c) => [c.type, c.customerId, c.operationId])).to.deep.equal([
      ['updated', 'c-jose', operationId], ['updated', 'c-ana', operationId],
    ]);
    expect(changes[0]!.customer).to.include({ status: 'inactive', version: 2 });
  });

  it('emits after the mutation is done, not inside it', async () => {
    const { adapter } = setup();
    const seen: string[] = [];
    adapter.subscribe(() => seen.push(adapter.calls.at(-1)!.status));
    await adapter.deactivate(deactivation(['c-jose']), call());
    expect(seen).to.deep.equal(['applied']);
  });

  it('emits a deleted change without a customer', async () => {
    const { adapter } = setup();
    const { changes } = collect(adapter);
    await adapter.deleteCustomers(deletion(['c-bruno']), call());
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ type: 'deleted', customerId: 'c-bruno' });
    expect(changes[0]!.customer).to.equal(undefined);
  });

  it('emits nothing for a replayed call', async () => {
    const { adapter } = setup();
    const { changes } = collect(adapter);
    const input = deactivation(['c-jose']);
    await adapter.deactivate(input, call());
    await adapter.deactivate(input, call());
    expect(changes).to.have.length(1);
  });

  it('emits nothing when every target is blocked', async () => {
    const { adapter } = setup();
    const { changes } = collect(adapter);
    await adapter.deactivate(deactivation(['c-zoe']), call());
    expect(changes).to.deep.equal([]);
  });

  it('stops emitting after unsubscribe', async () => {
    const { adapter } = setup();
    const { changes, unsubscribe } = collect(adapter);
    unsubscribe();
    await adapter.deactivate(deactivation(['c-jose']), call());
    expect(changes).to.deep.equal([]);
  });

  it('keeps serving the other listeners when one throws', async () => {
    const { adapter } = setup();
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      adapter.subscribe(() => {
        throw new Error('listener broke');
      });
      const { changes } = collect(adapter);
      const result = await adapter.deactivate(deactivation(['c-jose']), call());
      expect(result.results[0]!.outcome).to.equal('done');
      expect(changes).to.have.length(1);
      expect(logged).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('passes the boundary, change by change', async () => {
    const { adapter } = setup();
    const changes: CustomerChange[] = [];
    const errors: unknown[] = [];
    guardAdapter(adapter).subscribe((change) => changes.push(change), (error) => errors.push(error));
    await adapter.deactivate(deactivation(['c-jose']), call());
    expect(errors).to.deep.equal([]);
    expect(changes).to.have.length(1);
  });
});
