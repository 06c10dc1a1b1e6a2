// The faults of the msw handlers, through the service worker, as the HTTP adapter reports them.
import { expect } from '@open-wc/testing';
import { CONTRACT_IDS as C } from '../../../src/testing/index.js';
import { FAULT_KINDS } from '../../../src/testing/msw/index.js';
import { contractStore, deactivation, failure, signal } from './helpers.js';
import { resetWorker, serve, startWorker } from './worker.js';

before(startWorker);
afterEach(resetWorker);

describe('msw handler faults, as the HTTP adapter reports them', () => {
  describe('each fault', () => {
    const expected = {
      'server-error': 'unknown', network: 'network', timeout: 'timeout', conflict: 'conflict',
      forbidden: 'forbidden', 'malformed-json': 'invalid-data', 'invalid-payload': 'invalid-data',
    } as const;

    for (const fault of FAULT_KINDS) {
      it(`${fault} rejects a read with ${expected[fault]}`, async () => {
        const server = await serve({ adapter: contractStore(), faults: { fault } });
        // A short timeout only where the fault is that no answer comes.
        const error = await failure(server.client({ timeoutMs: fault === 'timeout' ? 50 : 10_000 }).getCustomer(C.activePerson, signal()));
        expect(error.code).to.equal(expected[fault]);
        expect(error.operation).to.equal('getCustomer');
      });
    }

    it('server-error is retryable and keeps the problem detail as the message', async () => {
      const server = await serve({ adapter: contractStore(), faults: { fault: 'server-error' } });
      const error = await failure(server.client().listCustomers({ status: 'all', offset: 0, limit: 10 }, signal()));
      expect(error.retryable).to.equal(true);
      expect(error.message).to.equal('Simulated server error.');
    });

    it('forbidden is not retryable', async () => {
      const server = await serve({ adapter: contractStore(), faults: { fault: 'forbidden' } });
      expect((await failure(server.client().countCustomers({}, signal()))).retryable).to.equal(false);
    });

    it('invalid-payload lists the issues the schema found', async () => {
      const server = await serve({ adapter: contractStore(), faults: { fault: 'invalid-payload' } });
      const error = await failure(server.client().countCustomers({}, signal()));
      expect(error.issues.map((i) => i.path)).to.include.members(['active', 'inactive', 'all']);
    });

    it('a fault at request time leaves the store unchanged', async () => {
      const server = await serve({ adapter: contractStore(), faults: { fault: 'server-error' } });
      await failure(server.client().deactivate(deactivation([C.activePerson]), signal()));
      expect(server.adapter.operations).to.equal(0);
      expect(server.adapter.snapshot().customers.find((c) => c.id === C.activePerson)?.status).to.equal('active');
    });

    it('a fault at response time loses the answer of a change that was made', async () => {
      const server = await serve({ adapter: contractStore(), faults: { fault: 'network', at: 'response' } });
      expect((await failure(server.client().deactivate(deactivation([C.activePerson]), signal()))).code).to.equal('network');
      expect(server.adapter.operations).to.equal(1);
    });
  });

  describe('switching', () => {
    it('only hits the methods named', async () => {
      const server = await serve({ adapter: contractStore(), faults: { fault: 'server-error', only: ['deactivate'] } });
      const client = server.client();
      expect((await client.getCustomer(C.activePerson, signal())).customer.id).to.equal(C.activePerson);
      expect((await failure(client.deactivate(deactivation([C.activePerson]), signal()))).code).to.equal('unknown');
    });

    it('times switches the fault off after that many requests, and hits counts them', async () => {
      const server = await serve({ adapter: contractStore(), faults: { fault: 'server-error', times: 2 } });
      const client = server.client();
      await failure(client.countCustomers({}, signal()));
      await failure(client.countCustomers({}, signal()));
      expect((await client.countCustomers({}, signal())).all).to.equal(10);
      expect(server.faults.hits).to.equal(2);
      expect(server.faults.current.fault).to.equal(null);
    });

    it('set merges over the current settings and reset clears them', async () => {
      const server = await serve({ adapter: contractStore() });
      server.faults.set({ latencyMs: 5 });
      server.faults.set({ fault: 'forbidden', only: ['preview'] });
      expect(server.faults.current).to.deep.equal({ latencyMs: 5, fault: 'forbidden', only: ['preview'], at: 'request', times: null });
      server.faults.reset();
      expect(server.faults.current).to.deep.equal({ latencyMs: 0, fault: null, only: null, at: 'request', times: null });
    });

    it('a fault switched on between calls hits the next call, and switched off lets it through', async () => {
      const server = await serve({ adapter: contractStore() });
      const client = server.client();
      server.faults.set({ fault: 'conflict' });
      expect((await failure(client.countCustomers({}, signal()))).code).to.equal('conflict');
      server.faults.set({ fault: null });
      expect((await client.countCustomers({}, signal())).all).to.equal(10);
    });

    it('latency longer than the adapter timeout ends in timeout', async () => {
      const server = await serve({ adapter: contractStore(), faults: { latencyMs: 60_000 } });
      expect((await failure(server.client({ timeoutMs: 30 }).countCustomers({}, signal()))).code).to.equal('timeout');
    });

    it('refuses settings it does not know, with invalid-input', async () => {
      const server = await serve({ adapter: contractStore() });
      // `set` as a caller without types would call it.
      const untyped: { set(settings: unknown): void } = server.faults;
      let error: unknown;
      try {
        untyped.set({ fault: 'meteor' });
      } catch (e) {
        error = e;
      }
      expect(error).to.have.property('code', 'invalid-input');
      expect(server.faults.current.fault).to.equal(null);
    });
  });
});
