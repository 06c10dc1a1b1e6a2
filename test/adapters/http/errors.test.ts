// How the HTTP adapter reads answers: statuses and problem details to error codes, bodies through the schemas.
// A stub fetch answers here, so each case is exactly the answer it names.
import { expect } from '@open-wc/testing';
import { createHttpAdapter } from '../../../src/adapters/http/index.js';
import { failure, signal } from './helpers.js';

const BASE = 'https://crm.example.test/api/';

/** An adapter whose fetch answers `status` with `body` (a string as is, anything else as JSON). */
function answering(status: number, body: unknown, contentType = 'application/problem+json') {
  return createHttpAdapter({
    baseUrl: BASE,
    fetch: async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }),
  });
}

const count = (adapter: ReturnType<typeof createHttpAdapter>) => adapter.countCustomers({}, signal());

describe('HTTP adapter: answers to error codes', () => {
  describe('statuses without a code', () => {
    const cases: [number, string][] = [
      [400, 'invalid-input'], [401, 'forbidden'], [403, 'forbidden'], [404, 'not-found'], [410, 'not-found'],
      [409, 'conflict'], [412, 'conflict'], [422, 'rule-violation'], [408, 'timeout'], [504, 'timeout'],
      [429, 'unknown'], [500, 'unknown'], [503, 'unknown'],
    ];
    for (const [status, code] of cases) {
      it(`${status} is ${code}`, async () => {
        expect((await failure(count(answering(status, { title: 'Nope', status })))).code).to.equal(code);
      });
    }

    it('5xx and 429 are retryable; 400, 403 and 404 are not', async () => {
      const retryable = async (status: number) => (await failure(count(answering(status, {})))).retryable;
      expect([await retryable(500), await retryable(503), await retryable(429)]).to.deep.equal([true, true, true]);
      expect([await retryable(400), await retryable(403), await retryable(404)]).to.deep.equal([false, false, false]);
    });

    it('an error page that is not a problem document is judged by its status', async () => {
      const error = await failure(count(answering(502, '<html>Bad gateway</html>', 'text/html')));
      expect(error.code).to.equal('unknown');
      expect(error.message).to.contain('502');
    });
  });

  describe('problem details', () => {
    it('a 422 carries its rule and reason', async () => {
      const error = await failure(count(answering(422, {
        type: 'urn:example:rule', title: 'Not allowed', status: 422, detail: 'The grace period is over.',
        code: 'rule-violation', rule: 'G4', reason: 'undo-expired',
      })));
      expect([error.code, error.rule, error.reason, error.message]).to.deep.equal(['rule-violation', 'G4', 'undo-expired', 'The grace period is over.']);
    });

    it('a 400 carries its issues', async () => {
      const issues = [{ path: 'targets', message: 'expected at least 1 item' }];
      const error = await failure(count(answering(400, { status: 400, code: 'invalid-input', issues })));
      expect(error.issues).to.deep.equal(issues);
    });

    it('the code of the problem wins over the status', async () => {
      expect((await failure(count(answering(400, { status: 400, code: 'not-found' })))).code).to.equal('not-found');
    });

    it('an unknown code falls back on the status', async () => {
      expect((await failure(count(answering(404, { code: 'gone-fishing' })))).code).to.equal('not-found');
    });

    it('without detail the title is the message', async () => {
      expect((await failure(count(answering(403, { title: 'You may not' })))).message).to.equal('You may not');
    });
  });

  describe('successful answers', () => {
    it('a body that is not JSON is invalid-data', async () => {
      const error = await failure(count(answering(200, '{"active": 1,', 'application/json')));
      expect(error.code).to.equal('invalid-data');
      expect(error.issues).to.deep.equal([{ path: '(root)', message: 'expected JSON' }]);
      expect(error.retryable).to.equal(true);
    });

    it('JSON that the schema refuses is invalid-data naming every problem', async () => {
      const error = await failure(count(answering(200, { active: -1, inactive: 'two' }, 'application/json')));
      expect(error.code).to.equal('invalid-data');
      expect(error.issues.map((i) => i.path)).to.deep.equal(['active', 'inactive', 'all']);
    });

    it('a valid body is parsed', async () => {
      expect(await count(answering(200, { active: 1, inactive: 2, all: 3 }, 'application/json'))).to.deep.equal({ active: 1, inactive: 2, all: 3 });
    });

    it('a mutation whose changes do not parse is invalid-data', async () => {
      const adapter = answering(200, { operationId: 'op-1', results: [], undoUntil: null, changes: [{ type: 'moved' }] }, 'application/json');
      const error = await failure(adapter.undo({ operationId: 'op-0', idempotencyKey: 'key-12345678', actor: { id: 'u', name: 'U' } }, signal()));
      expect(error.code).to.equal('invalid-data');
    });

    it('a mutation answers its result without the changes', async () => {
      const adapter = answering(200, { operationId: 'op-1', results: [{ id: 'c-1', outcome: 'done' }], undoUntil: null, changes: [] }, 'application/json');
      const result = await adapter.undo({ operationId: 'op-0', idempotencyKey: 'key-12345678', actor: { id: 'u', name: 'U' } }, signal());
      expect(result).to.deep.equal({ operationId: 'op-1', results: [{ id: 'c-1', outcome: 'done' }], undoUntil: null });
    });
  });

  describe('fetch failures, abort and timeout', () => {
    it('a TypeError from fetch is network, and retryable', async () => {
      const adapter = createHttpAdapter({ baseUrl: BASE, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
      const error = await failure(count(adapter));
      expect([error.code, error.retryable]).to.deep.equal(['network', true]);
    });

    it('a signal aborted before the call rejects with aborted and sends nothing', async () => {
      let calls = 0;
      const adapter = createHttpAdapter({ baseUrl: BASE, fetch: async () => { calls += 1; return new Response('{}'); } });
      const controller = new AbortController();
      controller.abort();
      expect((await failure(adapter.countCustomers({}, { signal: controller.signal }))).code).to.equal('aborted');
      expect(calls).to.equal(0);
    });

    it('aborting while the request is on its way rejects with aborted and aborts the fetch', async () => {
      let seen: AbortSignal | undefined;
      const adapter = createHttpAdapter({
        baseUrl: BASE,
        fetch: (_url, init) => new Promise<Response>((_resolve, reject) => {
          seen = init?.signal ?? undefined;
          seen?.addEventListener('abort', () => reject(seen?.reason));
          controller.abort();
        }),
      });
      const controller = new AbortController();
      expect((await failure(adapter.countCustomers({}, { signal: controller.signal }))).code).to.equal('aborted');
      expect(seen?.aborted).to.equal(true);
    });

    it('no answer within timeoutMs rejects with timeout and aborts the fetch', async () => {
      let seen: AbortSignal | undefined;
      const adapter = createHttpAdapter({
        baseUrl: BASE,
        timeoutMs: 20,
        fetch: (_url, init) => new Promise<Response>((_resolve, reject) => {
          seen = init?.signal ?? undefined;
          seen?.addEventListener('abort', () => reject(seen?.reason));
        }),
      });
      const error = await failure(count(adapter));
      expect([error.code, error.retryable, seen?.aborted]).to.deep.equal(['timeout', true, true]);
    });

    it('refuses a timeoutMs that is not a positive number', () => {
      expect(() => createHttpAdapter({ baseUrl: BASE, timeoutMs: 0 })).to.throw().with.property('code', 'invalid-input');
    });
  });
});
