import { expect } from '@open-wc/testing';
import type { LifecycleError } from '../../../src/adapter/errors.js';
import type { CustomerChange, ReleaseInvoicesInput } from '../../../src/adapter/types.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ACTOR, NOW, call, fixture, key, reactivation, rejection, setup } from './fixture.js';

/** The fixture with inv-1 on hold too: c-jose (active) has inv-1 and inv-4 on hold, c-zoe (inactive) inv-5. */
const twoHeld = () => {
  const data = fixture();
  data.invoices.find((i) => i.id === 'inv-1')!.onHold = true;
  return setup({ data });
};

const release = (adapter: MemoryAdapter, invoiceIds: string[], more: Partial<ReleaseInvoicesInput> = {}) =>
  adapter.releaseInvoices({ customerId: 'c-jose', invoiceIds, idempotencyKey: key(), actor: ACTOR, ...more }, call());

const held = async (adapter: MemoryAdapter, customerId = 'c-jose') =>
  (await adapter.getCustomer(customerId, call())).invoices.filter((i) => i.onHold).map((i) => i.id);

describe('memory adapter: releaseInvoices (R4)', () => {
  it('releases one invoice on hold of an active customer: it is no longer on hold, the others stay', async () => {
    const { adapter } = twoHeld();
    const result = await release(adapter, ['inv-4']);
    expect(result.results).to.deep.equal([{ id: 'inv-4', outcome: 'done' }]);
    expect(result.undoUntil).to.equal(null);
    expect(await held(adapter)).to.deep.equal(['inv-1']);
  });

  it('releases several at once, with an outcome per invoice in the order asked', async () => {
    const { adapter } = twoHeld();
    const result = await release(adapter, ['inv-4', 'inv-1']);
    expect(result.results).to.deep.equal([{ id: 'inv-4', outcome: 'done' }, { id: 'inv-1', outcome: 'done' }]);
    expect(await held(adapter)).to.deep.equal([]);
  });

  it('blocks every invoice of an inactive customer with R4, reactivate-customer first, and changes nothing', async () => {
    const { adapter } = setup();
    const before = adapter.snapshot();
    const result = await release(adapter, ['inv-5'], { customerId: 'c-zoe' });
    expect(result.results).to.deep.equal([
      { id: 'inv-5', outcome: 'blocked', blockers: [{ rule: 'R4', reason: 'release-customer-inactive', fix: 'reactivate-customer' }] },
    ]);
    expect(adapter.snapshot()).to.deep.equal(before);
  });

  it('releases once the customer is reactivated', async () => {
    const { adapter } = setup();
    await adapter.reactivate(reactivation(['c-zoe']), call());
    expect((await release(adapter, ['inv-5'], { customerId: 'c-zoe' })).results).to.deep.equal([{ id: 'inv-5', outcome: 'done' }]);
    expect(await held(adapter, 'c-zoe')).to.deep.equal([]);
  });

  it('blocks an invoice that is not on hold, and releases the others asked with it', async () => {
    const { adapter } = setup();
    const result = await release(adapter, ['inv-3', 'inv-4']);
    expect(result.results).to.deep.equal([
      { id: 'inv-3', outcome: 'blocked', blockers: [{ rule: 'R4', reason: 'invoice-not-on-hold', fix: null }] },
      { id: 'inv-4', outcome: 'done' },
    ]);
  });

  it("fails an unknown invoice, or another customer's, with not-found", async () => {
    const { adapter } = setup();
    const result = await release(adapter, ['inv-404', 'inv-5']);
    expect(result.results.map((r) => [r.id, r.outcome === 'failed' ? r.error.code : r.outcome])).to.deep.equal([
      ['inv-404', 'not-found'], ['inv-5', 'not-found'],
    ]);
    expect(await held(adapter, 'c-zoe')).to.deep.equal(['inv-5']);
  });

  it('fails every invoice when the customer is unknown', async () => {
    const { adapter } = setup();
    const result = await release(adapter, ['inv-4'], { customerId: 'c-nobody' });
    expect(result.results).to.have.length(1);
    expect(result.results[0]).to.include({ id: 'inv-4', outcome: 'failed' });
  });

  it('writes one invoices-released audit entry listing the invoices released, and bumps the customer once', async () => {
    const { adapter } = twoHeld();
    const version = (await adapter.getCustomer('c-jose', call())).customer.version;
    const { operationId } = await release(adapter, ['inv-1', 'inv-3', 'inv-4']);
    const detail = await adapter.getCustomer('c-jose', call());
    expect(detail.customer.version).to.equal(version + 1);
    const entries = detail.audit.filter((a) => a.operationId === operationId);
    expect(entries).to.have.length(1);
    expect(entries[0]).to.deep.include({ action: 'invoices-released', actor: ACTOR, from: null, to: null, at: NOW.toISOString() });
    expect(entries[0]!.cascade).to.deep.equal({ locations: [], services: [], invoices: ['inv-1', 'inv-4'], subscriptions: [] });
  });

  it('records nothing and bumps nothing when no invoice was released', async () => {
    const { adapter } = setup();
    const before = await adapter.getCustomer('c-jose', call());
    await release(adapter, ['inv-3']);
    const after = await adapter.getCustomer('c-jose', call());
    expect(after.customer.version).to.equal(before.customer.version);
    expect(after.audit).to.deep.equal(before.audit);
  });

  it('reports the customer on the change feed after a release, and nothing after a refused one', async () => {
    const { adapter } = setup();
    const changes: CustomerChange[] = [];
    adapter.subscribe((c) => changes.push(c));
    // The memory adapter delivers its changes before the caller's await resumes.
    await release(adapter, ['inv-3']);
    expect(changes).to.deep.equal([]);
    const { operationId } = await release(adapter, ['inv-4']);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ type: 'updated', customerId: 'c-jose', operationId });
  });

  it('returns the first result again for the same idempotency key, releasing nothing twice', async () => {
    const { adapter } = twoHeld();
    const input = { customerId: 'c-jose', invoiceIds: ['inv-4'], idempotencyKey: key(), actor: ACTOR };
    const first = await adapter.releaseInvoices(input, call());
    const again = await adapter.releaseInvoices(input, call());
    expect(again).to.deep.equal(first);
    expect(adapter.operations).to.equal(1);
    expect(adapter.calls.map((c) => c.status)).to.deep.equal(['applied', 'replayed']);
    expect((await adapter.getCustomer('c-jose', call())).audit.filter((a) => a.action === 'invoices-released')).to.have.length(1);
  });

  it('refuses a key another method used, and an invoice asked for twice, with invalid-input', async () => {
    const { adapter } = setup();
    const used = key();
    await adapter.reactivate(reactivation(['c-zoe'], { idempotencyKey: used }), call());
    const reused = await rejection(release(adapter, ['inv-4'], { idempotencyKey: used }));
    expect((reused as LifecycleError).code).to.equal('invalid-input');
    const twice = await rejection(release(adapter, ['inv-4', 'inv-4']));
    expect((twice as LifecycleError).code).to.equal('invalid-input');
    expect(await held(adapter)).to.deep.equal(['inv-4']);
  });

  it('rejects as aborted, releasing nothing, when the signal aborts during its latency', async () => {
    const { adapter } = setup({ latency: 50 });
    const controller = new AbortController();
    const pending = adapter.releaseInvoices({ customerId: 'c-jose', invoiceIds: ['inv-4'], idempotencyKey: key(), actor: ACTOR }, { signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(await held(adapter)).to.deep.equal(['inv-4']);
  });
});
