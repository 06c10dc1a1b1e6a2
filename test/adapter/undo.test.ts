// G4 after the dialog has closed: a host's toast or notes entry undoes a
// deactivation by its operation id, through the kit's boundary.
import { expect } from '@open-wc/testing';
import { LifecycleError } from '../../src/adapter/errors.js';
import { undoDeactivation } from '../../src/adapter/undo.js';
import type { LifecycleAdapter, UndoInput } from '../../src/adapter/types.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { ACTOR, NOW, fixture as dataset } from '../adapters/memory/fixture.js';

const signal = () => new AbortController().signal;

async function deactivated(seconds = 30) {
  let now = NOW;
  const adapter = createMemoryAdapter({ data: dataset(), now: () => now, policy: { undoSeconds: seconds } });
  const result = await adapter.deactivate({
    targets: [{ customerId: 'c-jose' }], cancelSubscriptions: true, holdInvoices: false, reason: null, idempotencyKey: 'k-deactivate', actor: ACTOR,
  }, { signal: signal() });
  return { adapter, operationId: result.operationId, later: (ms: number) => (now = new Date(NOW.getTime() + ms)) };
}

const undos = (adapter: ReturnType<typeof createMemoryAdapter>) => adapter.calls.filter((c) => c.method === 'undo');

describe('undoDeactivation (G4 after the dialog closed)', () => {
  it('G4 undoes by operation id: the customer is active again, its subscription stays cancelled (R5)', async () => {
    const { adapter, operationId } = await deactivated();
    const result = await undoDeactivation(adapter, operationId, ACTOR);
    expect(result.results).to.deep.equal([{ id: 'c-jose', outcome: 'done' }]);
    const detail = await adapter.getCustomer('c-jose', { signal: signal() });
    expect(detail.customer.status).to.equal('active');
    expect(detail.subscriptions.find((s) => s.id === 'sub-1')!.status).to.equal('cancelled');
  });

  it('G4 a double click is one call, and a retry after a failure sends the same key', async () => {
    const { adapter, operationId } = await deactivated();
    const keys: string[] = [];
    let failOnce = true;
    const flaky = Object.assign(Object.create(adapter) as LifecycleAdapter, {
      undo: (input: UndoInput, options: { signal: AbortSignal }) => {
        keys.push(input.idempotencyKey);
        if (failOnce) {
          failOnce = false;
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        return adapter.undo(input, options);
      },
    });
    const [a, b] = [undoDeactivation(flaky, operationId, ACTOR), undoDeactivation(flaky, operationId, ACTOR)];
    expect(a).to.equal(b);
    const error = await a.then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(LifecycleError);
    expect((error as LifecycleError).code).to.equal('network');
    await undoDeactivation(flaky, operationId, ACTOR);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(undos(adapter)).to.have.length(1);
  });

  it('G4 after the grace period: rule-violation, and the customer stays inactive', async () => {
    const { adapter, operationId, later } = await deactivated(30);
    later(31_000);
    const error = await undoDeactivation(adapter, operationId, ACTOR).then(() => undefined, (e: unknown) => e);
    expect((error as LifecycleError).code).to.equal('rule-violation');
    expect((await adapter.getCustomer('c-jose', { signal: signal() })).customer.status).to.equal('inactive');
  });

  it('G4 an operation the adapter does not know: not-found', async () => {
    const { adapter } = await deactivated();
    const error = await undoDeactivation(adapter, 'op-nobody', ACTOR).then(() => undefined, (e: unknown) => e);
    expect((error as LifecycleError).code).to.equal('not-found');
  });

  it('an object that is not an adapter: a rejected promise with invalid-data, never a throw', async () => {
    const pending = undoDeactivation({} as LifecycleAdapter, 'op-1', ACTOR);
    const error = await pending.then(() => undefined, (e: unknown) => e);
    expect((error as LifecycleError).code).to.equal('invalid-data');
  });
});
