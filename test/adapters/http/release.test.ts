// Releasing invoices on hold over REST: releaseInvoices as `POST customers/{id}/invoice-releases`, through the service worker and the msw handlers.
import { expect } from '@open-wc/testing';
import type { CustomerChange, ReleaseInvoicesInput } from '../../../src/adapter/index.js';
import { CONTRACT_ACTOR, CONTRACT_IDS as C, CONTRACT_RECORDS as REC } from '../../../src/testing/index.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { contractStore, failure, key, signal } from './helpers.js';
import { resetWorker, serve, startWorker } from './worker.js';

before(startWorker);
afterEach(resetWorker);

const HELD = [REC.carlaUnpaidHeld, REC.carlaDraftHeld];

/** The contract store with Carla (inactive, two invoices on hold) reactivated, her invoices still on hold. */
async function carlaActive(): Promise<MemoryAdapter> {
  const store = contractStore();
  await store.reactivate({
    targets: [{ customerId: C.inactiveHeld }], idempotencyKey: key(), actor: { ...CONTRACT_ACTOR },
    releaseInvoices: false, restoreCascade: false, reason: null,
  }, signal());
  return store;
}

const input = (invoiceIds: string[], more: Partial<ReleaseInvoicesInput> = {}): ReleaseInvoicesInput =>
  ({ customerId: C.inactiveHeld, invoiceIds, idempotencyKey: key(), actor: { ...CONTRACT_ACTOR }, ...more });

const heldIn = (store: MemoryAdapter) => store.snapshot().invoices.filter((i) => i.customerId === C.inactiveHeld && i.onHold).map((i) => i.id);

/** A fetch that records what the adapter sends, then sends it. */
function recording() {
  const sent: Request[] = [];
  const fetch = async (request: RequestInfo | URL, init?: RequestInit) => {
    const r = new Request(request, init);
    sent.push(r.clone());
    return window.fetch(r);
  };
  return { sent, fetch };
}

describe('HTTP adapter: releaseInvoices (POST customers/{id}/invoice-releases)', () => {
  it('sends one POST with the invoices and the actor in the body and the key in a header, and answers an outcome per invoice', async () => {
    const server = await serve({ adapter: await carlaActive() });
    const { sent, fetch } = recording();
    const release = input(HELD);
    const result = await server.client({ fetch }).releaseInvoices!(release, signal());
    expect(result.results).to.deep.equal(HELD.map((id) => ({ id, outcome: 'done' })));
    expect(heldIn(server.adapter)).to.deep.equal([]);
    expect(sent).to.have.length(1);
    const [request] = sent;
    expect([request?.method, new URL(request?.url ?? '').pathname]).to.deep.equal(['POST', `${server.baseUrl}/customers/${C.inactiveHeld}/invoice-releases`]);
    expect(request?.headers.get('Idempotency-Key')).to.equal(release.idempotencyKey);
    expect(request?.headers.get('If-Match')).to.equal(null);
    expect(await request?.json()).to.deep.equal({ invoiceIds: HELD, actor: CONTRACT_ACTOR });
  });

  it('hands the change it made to its subscribers', async () => {
    const server = await serve({ adapter: await carlaActive() });
    const client = server.client();
    const changes: CustomerChange[] = [];
    client.subscribe((c) => changes.push(c));
    const { operationId } = await client.releaseInvoices!(input([REC.carlaUnpaidHeld]), signal());
    expect(changes.map((c) => [c.type, c.customerId, c.operationId])).to.deep.equal([['updated', C.inactiveHeld, operationId]]);
  });

  it('answers the first result again for a repeated key, and releases nothing twice', async () => {
    const server = await serve({ adapter: await carlaActive() });
    const client = server.client();
    const release = input([REC.carlaUnpaidHeld]);
    const first = await client.releaseInvoices!(release, signal());
    const again = await client.releaseInvoices!(release, signal());
    expect(again).to.deep.equal(first);
    expect(server.adapter.calls.filter((c) => c.method === 'releaseInvoices').map((c) => c.status)).to.deep.equal(['applied', 'replayed']);
  });

  it('R4 answers blocked for the invoices of an inactive customer, with the way out, and releases nothing', async () => {
    const server = await serve({ adapter: contractStore() });
    const result = await server.client().releaseInvoices!(input([REC.carlaUnpaidHeld]), signal());
    expect(result.results).to.deep.equal([{
      id: REC.carlaUnpaidHeld, outcome: 'blocked', blockers: [{ rule: 'R4', reason: 'release-customer-inactive', fix: 'reactivate-customer' }],
    }]);
    expect(heldIn(server.adapter)).to.deep.equal(HELD);
  });

  it('is refused with invalid-input for an invoice given twice', async () => {
    const server = await serve({ adapter: await carlaActive() });
    const error = await failure(server.client().releaseInvoices!(input([REC.carlaUnpaidHeld, REC.carlaUnpaidHeld]), signal()));
    expect(error.code).to.equal('invalid-input');
    expect(error.operation).to.equal('releaseInvoices');
    expect(heldIn(server.adapter)).to.deep.equal(HELD);
  });

  it('refuses an If-Match with 400: invoices carry no version', async () => {
    const server = await serve({ adapter: await carlaActive() });
    const response = await fetch(`${server.baseUrl}/customers/${C.inactiveHeld}/invoice-releases`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key(), 'If-Match': '"3"' },
      body: JSON.stringify({ invoiceIds: [REC.carlaUnpaidHeld], actor: CONTRACT_ACTOR }),
    });
    expect(response.status).to.equal(400);
    expect(heldIn(server.adapter)).to.deep.equal(HELD);
  });

  it('a fault for releaseInvoices only hits the release', async () => {
    const server = await serve({ adapter: await carlaActive(), faults: { fault: 'server-error', only: ['releaseInvoices'] } });
    const client = server.client();
    const error = await failure(client.releaseInvoices!(input([REC.carlaUnpaidHeld]), signal()));
    expect([error.code, error.retryable]).to.deep.equal(['unknown', true]);
    expect(heldIn(server.adapter)).to.deep.equal(HELD);
    expect((await client.getCustomer(C.inactiveHeld, signal())).customer.status).to.equal('active');
  });

  it('has no releaseInvoices when told the server has none', async () => {
    const server = await serve({ adapter: contractStore() });
    expect(server.client().releaseInvoices).to.be.a('function');
    expect('releaseInvoices' in server.client({ releaseInvoices: false })).to.equal(false);
  });
});
