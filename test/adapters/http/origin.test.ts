// The HTTP adapter keeps the host's headers and credentials to the base URL's origin.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createHttpAdapter } from '../../../src/adapters/http/index.js';
import { CONTRACT_IDS as C } from '../../../src/testing/index.js';
import { contractStore, failure, signal } from './helpers.js';
import { resetWorker, serve, startWorker, use } from './worker.js';

before(startWorker);
afterEach(resetWorker);

const BASE = 'https://crm.example.test/lifecycle/';

/** An adapter on BASE whose fetch records the URL and init of each request, and answers `{}`. */
function recorded(options: { credentials?: RequestCredentials } = {}) {
  const sent: { url: string; init: RequestInit | undefined }[] = [];
  const adapter = createHttpAdapter({
    ...options,
    baseUrl: BASE,
    headers: { Authorization: 'Bearer secret' },
    fetch: async (url, init) => {
      sent.push({ url: String(url), init });
      return new Response('{}', { status: 404 });
    },
  });
  return { adapter, sent };
}

describe('HTTP adapter: origins and credentials', () => {
  it('keeps every request under the base URL, whatever the ids hold', async () => {
    const { adapter, sent } = recorded();
    const ids = ['//evil.example.test/x', 'https://evil.example.test/', '../../admin', '%2e%2e', '?a=1#b', '..a', 'ü/ö'];
    for (const id of ids) await failure(adapter.getCustomer(id, signal()));
    expect(sent.map(({ url }) => decodeURIComponent(url.slice(`${BASE}customers/`.length)))).to.deep.equal(ids);
  });

  it('refuses the ids "." and "..", which no URL path can hold, with invalid-input', async () => {
    const { adapter, sent } = recorded();
    for (const id of ['.', '..']) expect((await failure(adapter.getCustomer(id, signal()))).code, id).to.equal('invalid-input');
    expect(sent).to.deep.equal([]);
  });

  it('sends credentials only to the same origin unless told otherwise', async () => {
    const plain = recorded();
    await failure(plain.adapter.countCustomers({}, signal()));
    const included = recorded({ credentials: 'include' });
    await failure(included.adapter.countCustomers({}, signal()));
    expect([plain.sent[0]?.init?.credentials, included.sent[0]?.init?.credentials]).to.deep.equal(['same-origin', 'include']);
  });

  it('refuses redirects, so the headers never follow one elsewhere', async () => {
    const { adapter, sent } = recorded();
    await failure(adapter.countCustomers({}, signal()));
    expect(sent[0]?.init?.redirect).to.equal('error');
  });

  it('a server redirecting to another origin gets a network error, and the other origin nothing', async () => {
    const server = await serve({ adapter: contractStore() });
    let reached = 0;
    use(
      http.get(`${server.baseUrl}/customer-counts`, () => new HttpResponse(null, { status: 302, headers: { Location: 'https://evil.example.test/steal' } })),
      http.get('https://evil.example.test/*', () => {
        reached += 1;
        return HttpResponse.json({ active: 0, inactive: 0, all: 0 });
      }),
    );
    const error = await failure(server.client({ headers: { Authorization: 'Bearer secret' } }).countCustomers({}, signal()));
    expect([error.code, reached]).to.deep.equal(['network', 0]);
  });

  it('refuses an answer that came from another origin', async () => {
    const adapter = createHttpAdapter({
      baseUrl: BASE,
      fetch: async () => {
        const response = new Response(JSON.stringify({ active: 1, inactive: 0, all: 1 }));
        Object.defineProperty(response, 'url', { value: 'https://evil.example.test/counts' });
        return response;
      },
    });
    const error = await failure(adapter.countCustomers({}, signal()));
    expect([error.code, error.retryable]).to.deep.equal(['forbidden', false]);
  });

  it('resolves a relative base URL against the page', async () => {
    const server = await serve({ adapter: contractStore() });
    const client = server.client();
    expect(client.baseUrl).to.equal(new URL(`${server.baseUrl}/`, location.href).href);
    expect((await client.getCustomer(C.activePerson, signal())).customer.id).to.equal(C.activePerson);
  });

  it('refuses a base URL that is not http(s) or carries a user name', () => {
    for (const baseUrl of ['ftp://crm.example.test/', 'https://user:pass@crm.example.test/', 'javascript:alert(1)']) {
      expect(() => createHttpAdapter({ baseUrl }), baseUrl).to.throw().with.property('code', 'invalid-input');
    }
  });

  it('an empty customer id is invalid-input and sends nothing', async () => {
    const { adapter, sent } = recorded();
    expect((await failure(adapter.getCustomer('', signal()))).code).to.equal('invalid-input');
    expect(sent).to.deep.equal([]);
  });
});
