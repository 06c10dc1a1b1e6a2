// The batch read over REST: getCustomers as `POST customer-lookups`, through the service worker and the msw handlers.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { MAX_BATCH_READ } from '../../../src/adapter/index.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { CONTRACT_IDS as C, UNKNOWN_ID } from '../../../src/testing/index.js';
import { contractStore, failure, signal, signalled } from './helpers.js';
import { resetWorker, serve, startWorker, use } from './worker.js';

before(startWorker);
afterEach(resetWorker);

/** A fetch that records what the adapter sends (and tells when it sent), then sends it. */
function recording() {
  const sent: Request[] = [];
  const first = signalled();
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push(request.clone());
    first.resolve();
    return window.fetch(request);
  };
  return { sent, fetch, sending: first.promise };
}

describe('HTTP adapter: getCustomers (POST customer-lookups)', () => {
  it('sends the ids in one POST body and answers the customers found, without details', async () => {
    const server = await serve({ adapter: contractStore() });
    const { sent, fetch } = recording();
    const customers = await server.client({ fetch }).getCustomers([C.activePerson, C.inactiveCascaded], signal());
    const stored = server.adapter.snapshot().customers;
    expect(customers).to.have.deep.members([C.activePerson, C.inactiveCascaded].map((id) => stored.find((c) => c.id === id)));
    expect(sent).to.have.length(1);
    const [request] = sent;
    expect([request?.method, new URL(request?.url ?? '').pathname]).to.deep.equal(['POST', `${server.baseUrl}/customer-lookups`]);
    expect(request?.headers.get('Content-Type')).to.equal('application/json');
    expect(await request?.json()).to.deep.equal({ customerIds: [C.activePerson, C.inactiveCascaded] });
  });

  it('leaves unknown ids out', async () => {
    const server = await serve({ adapter: contractStore() });
    const customers = await server.client().getCustomers([UNKNOWN_ID, C.activeCompany], signal());
    expect(customers.map((c) => c.id)).to.deep.equal([C.activeCompany]);
  });

  it(`reads ${MAX_BATCH_READ} customers in one request, none of them in the URL`, async () => {
    const server = await serve({ adapter: createMemoryAdapter({ count: MAX_BATCH_READ + 10 }) });
    const { sent, fetch } = recording();
    const ids = Array.from({ length: MAX_BATCH_READ }, (_, i) => `cus-${i + 1}`);
    const customers = await server.client({ fetch }).getCustomers(ids, signal());
    expect(customers.map((c) => c.id)).to.have.members(ids);
    expect(sent).to.have.length(1);
    expect(sent[0]?.url).not.to.contain('cus-1');
  });

  it('is refused with invalid-input for an id given twice, and for more than the maximum', async () => {
    const server = await serve({ adapter: contractStore() });
    const client = server.client();
    expect((await failure(client.getCustomers([C.activePerson, C.activePerson], signal()))).code).to.equal('invalid-input');
    const many = Array.from({ length: MAX_BATCH_READ + 1 }, (_, i) => `c-${i}`);
    const error = await failure(client.getCustomers(many, signal()));
    expect(error.code).to.equal('invalid-input');
    expect(error.issues.map((i) => i.path)).to.deep.equal(['customerIds']);
  });

  it('rejects an answer that is not a list of customers with invalid-data', async () => {
    const server = await serve({ adapter: contractStore() });
    use(http.post(`${server.baseUrl}/customer-lookups`, () => HttpResponse.json({ customers: [{ id: C.activePerson }] })));
    const error = await failure(server.client().getCustomers([C.activePerson], signal()));
    expect(error.code).to.equal('invalid-data');
    expect(error.operation).to.equal('getCustomers');
  });

  it('a fault for getCustomers only hits the batch read', async () => {
    const server = await serve({ adapter: contractStore(), faults: { fault: 'server-error', only: ['getCustomers'] } });
    const client = server.client();
    expect((await failure(client.getCustomers([C.activePerson], signal()))).code).to.equal('unknown');
    expect((await client.getCustomer(C.activePerson, signal())).customer.id).to.equal(C.activePerson);
  });

  it('sends nothing when its signal is already aborted', async () => {
    const server = await serve({ adapter: contractStore() });
    const { sent, fetch } = recording();
    const controller = new AbortController();
    controller.abort();
    expect((await failure(server.client({ fetch }).getCustomers([C.activePerson], { signal: controller.signal }))).code).to.equal('aborted');
    expect(sent).to.have.length(0);
  });

  it('rejects with aborted when its signal aborts while the server has not answered', async () => {
    const server = await serve({ adapter: contractStore(), faults: { fault: 'timeout', only: ['getCustomers'] } });
    const { fetch, sending } = recording();
    const controller = new AbortController();
    const pending = server.client({ fetch }).getCustomers([C.activePerson], { signal: controller.signal });
    await sending;
    controller.abort();
    expect((await failure(pending)).code).to.equal('aborted');
  });
});
