// The HTTP protocol of the contract through the service worker: headers, Idempotency-Key, If-Match / ETag, the change feed.
import { expect } from '@open-wc/testing';
import type { CustomerChange } from '../../../src/adapter/index.js';
import { CONTRACT_ACTOR, CONTRACT_IDS as C, CONTRACT_LOCATIONS as L } from '../../../src/testing/index.js';
import { contractStore, deactivation, failure, key, signal } from './helpers.js';
import { resetWorker, serve, startWorker } from './worker.js';

before(startWorker);
afterEach(resetWorker);

/** A fetch that records what the adapter sends, then sends it. */
function recording() {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push(request.clone());
    return window.fetch(request);
  };
  return { sent, fetch };
}

describe('HTTP adapter protocol', () => {
  it('goes through the msw service worker', async () => {
    await startWorker();
    expect(navigator.serviceWorker.controller?.scriptURL).to.match(/\/mockServiceWorker\.js$/);
  });

  describe('headers', () => {
    it('sends the host headers, a fresh set per request when given as a function', async () => {
      const server = await serve({ adapter: contractStore() });
      const { sent, fetch } = recording();
      let n = 0;
      const client = server.client({ fetch, headers: () => ({ Authorization: `Bearer t${(n += 1)}` }) });
      await client.countCustomers({}, signal());
      await client.getCustomer(C.activePerson, signal());
      expect(sent.map((r) => r.headers.get('Authorization'))).to.deep.equal(['Bearer t1', 'Bearer t2']);
      expect(sent[0]?.headers.get('Accept')).to.contain('application/problem+json');
    });

    it('sends the idempotency key as Idempotency-Key and not in the body', async () => {
      const server = await serve({ adapter: contractStore() });
      const { sent, fetch } = recording();
      const input = deactivation([C.activePerson]);
      await server.client({ fetch }).deactivate(input, signal());
      const [request] = sent;
      expect(request?.headers.get('Idempotency-Key')).to.equal(input.idempotencyKey);
      expect(request?.headers.get('Content-Type')).to.equal('application/json');
      expect(await request?.json()).not.to.have.property('idempotencyKey');
    });

    it('a mutation without an Idempotency-Key is refused with invalid-input', async () => {
      const server = await serve({ adapter: contractStore() });
      const { idempotencyKey: _key, ...body } = deactivation([C.activePerson]);
      const response = await fetch(`${server.baseUrl}/deactivations`, { method: 'POST', body: JSON.stringify(body) });
      const problem: unknown = await response.json();
      expect([response.status, response.headers.get('Content-Type')]).to.deep.equal([400, 'application/problem+json']);
      expect(problem).to.include({ code: 'invalid-input', status: 400 });
      expect(problem).to.have.nested.property('issues[0].path', 'idempotencyKey');
      expect(server.adapter.operations).to.equal(0);
    });
  });

  describe('Idempotency-Key', () => {
    it('a retry after a network failure does not act twice and answers the first result', async () => {
      const server = await serve({ adapter: contractStore(), faults: { fault: 'network', at: 'response', times: 1, only: ['deactivate'] } });
      const client = server.client();
      const input = deactivation([C.activePerson]);
      expect((await failure(client.deactivate(input, signal()))).code).to.equal('network');
      const retry = await client.deactivate({ ...input }, signal());
      expect(retry.results).to.deep.equal([{ id: C.activePerson, outcome: 'done' }]);
      expect(server.adapter.operations).to.equal(1);
      expect(server.adapter.calls.filter((c) => c.method === 'deactivate').map((c) => c.status)).to.deep.equal(['applied', 'replayed']);
      const audit = (await client.getCustomer(C.activePerson, signal())).audit.filter((a) => a.action === 'deactivated');
      expect(audit.map((a) => a.operationId)).to.deep.equal([retry.operationId]);
    });

    it('the change feed gets the changes of the lost answer on the retry', async () => {
      const server = await serve({ adapter: contractStore(), faults: { fault: 'network', at: 'response', times: 1 } });
      const client = server.client();
      const changes: CustomerChange[] = [];
      client.subscribe((change) => changes.push(change));
      const input = deactivation([C.activePerson]);
      await failure(client.deactivate(input, signal()));
      expect(changes).to.deep.equal([]);
      const result = await client.deactivate(input, signal());
      expect(changes.map((c) => [c.type, c.customerId, c.operationId, c.customer?.status])).to.deep.equal([
        ['updated', C.activePerson, result.operationId, 'inactive'],
      ]);
    });
  });

  describe('ETag and If-Match', () => {
    it('a customer is answered with its version as ETag', async () => {
      const server = await serve({ adapter: contractStore() });
      const response = await fetch(`${server.baseUrl}/customers/${C.activePerson}`);
      const { customer } = (await server.client().getCustomer(C.activePerson, signal()));
      expect(response.headers.get('ETag')).to.equal(`"${customer.version}"`);
    });

    it('a mutation about one record with a version sends it as If-Match; a bulk one does not', async () => {
      const server = await serve({ adapter: contractStore() });
      const { sent, fetch } = recording();
      const client = server.client({ fetch });
      const { version } = (await client.getCustomer(C.activePerson, signal())).customer;
      await client.deactivate(deactivation([], { targets: [{ customerId: C.activePerson, version }] }), signal());
      await client.deactivate(deactivation([C.activeCompany, C.contactZoe]), signal());
      expect(sent.filter((r) => r.method === 'POST').map((r) => r.headers.get('If-Match'))).to.deep.equal([`"${version}"`, null]);
    });

    it('a stale version fails its customer with conflict and changes nothing', async () => {
      const server = await serve({ adapter: contractStore() });
      const client = server.client();
      const before = await client.getCustomer(C.activePerson, signal());
      const result = await client.deactivate(deactivation([], { targets: [{ customerId: C.activePerson, version: before.customer.version + 1 }] }), signal());
      expect(result.results).to.have.nested.property('[0].outcome', 'failed');
      expect(result.results).to.have.nested.property('[0].error.code', 'conflict');
      expect(await client.getCustomer(C.activePerson, signal())).to.deep.equal(before);
    });

    it('If-Match fills in the version of a location reactivation', async () => {
      const server = await serve({ adapter: contractStore() });
      const response = await fetch(`${server.baseUrl}/customers/${C.inactiveCascaded}/locations/${L.brunoMain}/reactivation`, {
        method: 'POST', headers: { 'Idempotency-Key': key(), 'If-Match': '"999"' }, body: JSON.stringify({ actor: CONTRACT_ACTOR }),
      });
      expect(await response.json()).to.have.nested.property('results[0].error.code', 'conflict');
    });

    it('If-Match contradicting the version in the body is 412, which the adapter reads as conflict', async () => {
      const server = await serve({ adapter: contractStore() });
      const { idempotencyKey, ...body } = deactivation([], { targets: [{ customerId: C.activePerson, version: 1 }] });
      const response = await fetch(`${server.baseUrl}/deactivations`, {
        method: 'POST', headers: { 'Idempotency-Key': idempotencyKey, 'If-Match': '"2"' }, body: JSON.stringify(body),
      });
      expect([response.status, (await response.json()).code]).to.deep.equal([412, 'conflict']);
      const client = server.client({ fetch: async (url, init) => window.fetch(url, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), 'if-match': '"2"' } }) });
      expect((await failure(client.deactivate(deactivation([], { targets: [{ customerId: C.activePerson, version: 1 }] }), signal()))).code).to.equal('conflict');
      expect(server.adapter.operations).to.equal(0);
    });
  });

  describe('change feed', () => {
    it('tells every listener of the changes of a mutation made through the adapter, before the call resolves', async () => {
      const server = await serve({ adapter: contractStore() });
      const client = server.client();
      const first: string[] = [];
      const second: string[] = [];
      client.subscribe((c) => first.push(c.customerId));
      client.subscribe((c) => second.push(c.customerId));
      await client.deactivate(deactivation([C.activePerson, C.activeCompany]), signal());
      expect([first, second]).to.deep.equal([[C.activePerson, C.activeCompany], [C.activePerson, C.activeCompany]]);
    });

    it('stops telling a listener once it unsubscribes, and says nothing of reads', async () => {
      const server = await serve({ adapter: contractStore() });
      const client = server.client();
      const changes: unknown[] = [];
      client.subscribe((c) => changes.push(c))();
      await client.deactivate(deactivation([C.activePerson]), signal());
      await client.listCustomers({ status: 'all', offset: 0, limit: 5 }, signal());
      expect(changes).to.deep.equal([]);
    });
  });
});
