/**
 * One request of the HTTP adapter: the URL resolved under the base URL (and
 * refused if it would leave its origin), the host's headers plus the
 * contract's, the caller's signal combined with a timeout, and the answer
 * read as JSON or turned into a `LifecycleError`.
 */
import { LifecycleError, toLifecycleError } from '../../adapter/errors.js';
import { problemError } from './problem.js';
import { etagOf, HEADERS } from './routes.js';

/** What the adapter was created with, resolved once. */
export interface Endpoint {
  /** The base URL, always ending in `/`. */
  base: URL;
  fetch: typeof fetch;
  headers: HeadersInit | (() => HeadersInit | Promise<HeadersInit>) | undefined;
  timeoutMs: number;
  credentials: RequestCredentials;
}

/** One call of the contract. */
export interface RequestSpec {
  /** The adapter method, for error messages. */
  operation: string;
  method: 'GET' | 'POST';
  /** The path under the base URL, parameters already encoded (`customers/c-1`). */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as `Idempotency-Key`. */
  idempotencyKey?: string;
  /** The version of the one record the mutation is about, sent as `If-Match`. */
  version?: number | undefined;
  signal: AbortSignal;
}

/** Resolves `baseUrl` (relative to the page when there is one); refuses anything but plain http(s). */
export function resolveBase(baseUrl: string | URL): URL {
  let base: URL;
  try {
    base = new URL(String(baseUrl), globalThis.location?.href);
  } catch {
    throw new LifecycleError('invalid-input', `createHttpAdapter: "${String(baseUrl)}" is not a URL (a relative one needs a page to resolve against).`, { operation: 'createHttpAdapter', retryable: false });
  }
  if (!/^https?:$/.test(base.protocol) || base.username !== '' || base.password !== '') {
    throw new LifecycleError('invalid-input', 'createHttpAdapter: the base URL must be http(s) and carry no user name or password.', { operation: 'createHttpAdapter', retryable: false });
  }
  base.search = '';
  base.hash = '';
  if (!base.pathname.endsWith('/')) base.pathname = `${base.pathname}/`;
  return base;
}

/** The URL of a request; a path that would leave the base URL's origin or path is refused. */
export function urlOf(base: URL, path: string, query: RequestSpec['query'] = {}, operation?: string): URL {
  const url = new URL(path, base);
  // Nothing resolved away: the request goes exactly to the base URL's path plus `path`.
  if (url.origin !== base.origin || url.pathname !== `${base.pathname}${path}`) {
    throw new LifecycleError('forbidden', `Refused to send a request outside ${base.href}.`, { operation, retryable: false });
  }
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url;
}

async function headersOf(endpoint: Endpoint, spec: RequestSpec): Promise<Headers> {
  const given = typeof endpoint.headers === 'function' ? await endpoint.headers() : endpoint.headers;
  const headers = new Headers(given);
  headers.set('Accept', 'application/json, application/problem+json');
  if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
  if (spec.idempotencyKey !== undefined) headers.set(HEADERS.idempotencyKey, spec.idempotencyKey);
  if (spec.version !== undefined) headers.set(HEADERS.ifMatch, etagOf(spec.version));
  return headers;
}

/** The caller's signal and a timer as one signal; `done()` clears both. */
function deadline(signal: AbortSignal, ms: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No answer within ${ms} ms.`, 'TimeoutError'));
  }, ms);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    },
  };
}

function readJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Sends one request and resolves to the JSON body of a 2xx answer. Rejects
 * with a `LifecycleError`: `aborted`, `timeout`, `network` (fetch failed, or a
 * redirect, which is refused), `forbidden` for a URL outside the base URL,
 * `invalid-data` for a body that is not JSON, or the problem's code.
 */
export async function send(endpoint: Endpoint, spec: RequestSpec): Promise<unknown> {
  const { operation, signal } = spec;
  const aborted = () => toLifecycleError(signal.reason, operation, signal);
  if (signal.aborted) throw aborted();
  let url: URL;
  let headers: Headers;
  try {
    url = urlOf(endpoint.base, spec.path, spec.query, operation);
    headers = await headersOf(endpoint, spec);
  } catch (error) {
    throw toLifecycleError(error, operation);
  }
  if (signal.aborted) throw aborted();
  const timer = deadline(signal, endpoint.timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await endpoint.fetch(url.href, {
      method: spec.method,
      headers,
      body: spec.body === undefined ? null : JSON.stringify(spec.body),
      signal: timer.signal,
      credentials: endpoint.credentials,
      // A redirect could carry the host's headers to another origin: it is refused.
      redirect: 'error',
      cache: 'no-store',
    });
    if (response.url !== '' && new URL(response.url).origin !== endpoint.base.origin) {
      throw new LifecycleError('forbidden', `The answer to ${operation} came from another origin; it was refused.`, { operation, retryable: false });
    }
    text = await response.text();
  } catch (error) {
    if (timer.timedOut()) {
      throw new LifecycleError('timeout', `The server did not answer ${operation} within ${endpoint.timeoutMs} ms.`, { operation, cause: error });
    }
    if (signal.aborted) throw aborted();
    if (error instanceof TypeError) {
      throw new LifecycleError('network', `The request for ${operation} failed: ${error.message}`, { operation, cause: error });
    }
    throw toLifecycleError(error, operation);
  } finally {
    timer.done();
  }
  if (signal.aborted) throw aborted();
  const json = readJson(text);
  if (!response.ok) throw problemError(response.status, json.ok ? json.value : undefined, operation);
  if (!json.ok) {
    throw new LifecycleError('invalid-data', `The server's answer to ${operation} is not JSON.`, {
      operation, issues: [{ path: '(root)', message: 'expected JSON' }], retryable: true,
    });
  }
  return json.value;
}
