/**
 * The HTTP adapter: the `LifecycleAdapter` contract over `fetch`, against the
 * REST contract of `openapi.json`. Every answer is parsed with the kit's
 * schemas; every failure is a `LifecycleError`.
 */
import * as z from 'zod/mini';
import { parseWith } from '../../adapter/parse.js';
import { LifecycleError } from '../../adapter/errors.js';
import {
  CountsSchema, CustomerBatchSchema, CustomerChangeSchema, CustomerDetailSchema, CustomerPageSchema, MutationResultSchema,
  PreviewSchema,
} from '../../adapter/schemas.js';
import type {
  CallOptions, ChangeListener, Customer, CustomerChange, LifecycleAdapter, MutationResult,
} from '../../adapter/types.js';
import { resolveBase, send, type Endpoint, type RequestSpec } from './request.js';
import { fill, ROUTES } from './routes.js';

export interface HttpAdapterOptions {
  /** Where the REST contract is served (`/api`, `https://crm.example/lifecycle/`); relative to the page. */
  baseUrl: string | URL;
  /** The fetch to use (default: the global `fetch`, looked up at each call). */
  fetch?: typeof fetch;
  /** Headers for every request (e.g. `Authorization`), or a function giving them per request. Sent only to the base URL's origin. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** How long a request may take, in ms, until it fails with `timeout` (default 15000). */
  timeoutMs?: number;
  /** `fetch`'s credentials mode (default `'same-origin'`: cookies only when the API is on the page's origin). */
  credentials?: RequestCredentials;
  /**
   * Whether the server releases invoices on hold (`POST customers/{id}/invoice-releases`, default true). With
   * `false` the adapter has no `releaseInvoices`, so the service form offers no release.
   */
  releaseInvoices?: boolean;
}

/** The HTTP adapter: the whole contract, and a change feed of the mutations made through it. */
export interface HttpAdapter extends LifecycleAdapter {
  getCustomers(customerIds: string[], options: CallOptions): Promise<Customer[]>;
  subscribe(listener: ChangeListener): () => void;
  /** The resolved base URL, ending in `/`. */
  readonly baseUrl: string;
}

/** What a mutation answers: its result, and the changes it made (for the change feed). */
const MutationResponseSchema = /* @__PURE__ */ z.extend(MutationResultSchema, {
  changes: z.optional(z.array(CustomerChangeSchema)),
});

/** What `POST customer-lookups` answers: the customers found. */
const CustomerLookupSchema = /* @__PURE__ */ z.object({ customers: CustomerBatchSchema });

/** The version of the one versioned record a mutation is about, for `If-Match`. */
const onlyVersion = (items: readonly { version?: number | undefined }[]) => (items.length === 1 ? items[0]?.version : undefined);

/** The path of `route` with `params`; an id no URL can carry (empty, `.`, `..`) is `invalid-input`. */
function pathOf(route: string, params: Record<string, string>, operation: string): string {
  const path = fill(route, params);
  if (path !== null) return path;
  throw new LifecycleError('invalid-input', `${operation} was called with an id that is empty, "." or "..".`, { operation, retryable: false });
}

function toEndpoint(options: HttpAdapterOptions): Endpoint {
  const timeoutMs = options.timeoutMs ?? 15000;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new LifecycleError('invalid-input', 'createHttpAdapter: timeoutMs must be a positive number of milliseconds.', { operation: 'createHttpAdapter', retryable: false });
  }
  const given = options.fetch;
  return {
    base: resolveBase(options.baseUrl),
    fetch: typeof given === 'function' ? given : (input, init) => globalThis.fetch(input, init),
    headers: options.headers,
    timeoutMs,
    credentials: options.credentials ?? 'same-origin',
  };
}

/**
 * Creates the HTTP adapter.
 *
 * **Requests.** Every path is resolved under `baseUrl`; one that would leave
 * its origin is refused (`forbidden`) and redirects are refused (`network`),
 * so the `headers` and credentials never reach another origin. Mutations
 * send their `idempotencyKey` as `Idempotency-Key` (a retry with the same
 * input never acts twice) and, when they concern one record whose version is
 * given, `If-Match: "<version>"`. The caller's signal is combined with
 * `timeoutMs`. The batch read, `getCustomers`, is one `POST customer-lookups`
 * with `{ customerIds }` in the body (a hundred ids never meet a URL-length
 * limit), answered `{ customers }`. `releaseInvoices` is one `POST
 * customers/{id}/invoice-releases` with `{ invoiceIds, actor }` (no
 * `If-Match`: invoices carry no version); with the option `releaseInvoices:
 * false` (a server without that route) the adapter has no such method.
 *
 * **Answers.** A 2xx body is parsed with the kit's schema for the method (not
 * JSON, or not matching → `invalid-data` with the issues). An error answer is
 * read as problem details: its `code` if it is one of `ERROR_CODES`, else by
 * status (400 invalid-input, 401/403 forbidden, 404/410 not-found, 409/412
 * conflict, 422 rule-violation, 408/504 timeout, other → unknown, retryable
 * for 5xx and 429). A failed fetch is `network`, the timer `timeout`, the
 * caller's signal `aborted`.
 *
 * **Change feed.** `subscribe(listener)` gets the `changes` each mutation made
 * through this adapter answers with, in a microtask before the mutation's
 * promise resolves. Changes made elsewhere are not seen (no polling, no SSE).
 */
export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const endpoint = toEndpoint(options);
  const listeners = new Set<{ listener: ChangeListener }>();

  const emit = (changes: CustomerChange[]) => {
    if (changes.length === 0 || listeners.size === 0) return;
    const current = [...listeners];
    queueMicrotask(() => {
      for (const change of changes) {
        for (const entry of current) {
          if (!listeners.has(entry)) continue;
          try {
            entry.listener(structuredClone(change));
          } catch (error) {
            console.error('customer-lifecycle-kit: a change listener of the HTTP adapter threw', error);
          }
        }
      }
    });
  };

  const read = async <T>(schema: z.ZodMiniType<T>, spec: Omit<RequestSpec, 'method'> & { method?: 'GET' | 'POST' }): Promise<T> =>
    parseWith(schema, await send(endpoint, { method: 'GET', ...spec }), 'invalid-data', spec.operation);

  const mutate = async (
    operation: string,
    path: string,
    input: { idempotencyKey: string },
    version: number | undefined,
    { signal }: CallOptions,
  ): Promise<MutationResult> => {
    const { idempotencyKey, ...body } = input;
    const raw = await send(endpoint, { operation, method: 'POST', path, body, idempotencyKey, version, signal });
    const { changes = [], ...result } = parseWith(MutationResponseSchema, raw, 'invalid-data', operation);
    emit(changes);
    return result;
  };

  const adapter: HttpAdapter = {
    baseUrl: endpoint.base.href,
    getCustomer: async (customerId, { signal }) => read(CustomerDetailSchema, {
      operation: 'getCustomer', path: pathOf(ROUTES.customer, { customerId }, 'getCustomer'), signal,
    }),
    getCustomers: async (customerIds, { signal }) => (await read(CustomerLookupSchema, {
      operation: 'getCustomers', method: 'POST', path: ROUTES.customerLookups, body: { customerIds }, signal,
    })).customers,
    preview: async (action, customerIds, { signal }) => read(PreviewSchema, {
      operation: 'preview', method: 'POST', path: ROUTES.previews, body: { action, customerIds }, signal,
    }),
    deactivate: async (input, o) => mutate('deactivate', ROUTES.deactivations, input, onlyVersion(input.targets), o),
    reactivate: async (input, o) => mutate('reactivate', ROUTES.reactivations, input, onlyVersion(input.targets), o),
    undo: async (input, o) => mutate('undo', ROUTES.undos, input, undefined, o),
    deleteCustomers: async (input, o) => mutate('deleteCustomers', ROUTES.deletions, input, onlyVersion(input.targets), o),
    reactivateLocation: async ({ customerId, locationId, ...input }, o) => mutate('reactivateLocation',
      pathOf(ROUTES.locationReactivation, { customerId, locationId }, 'reactivateLocation'), input, input.version, o),
    reactivateServices: async ({ customerId, ...input }, o) => mutate('reactivateServices',
      pathOf(ROUTES.servicesReactivation, { customerId }, 'reactivateServices'), input, onlyVersion(input.changes), o),
    // Invoices carry no version: no If-Match.
    releaseInvoices: async ({ customerId, ...input }, o) => mutate('releaseInvoices',
      pathOf(ROUTES.invoiceReleases, { customerId }, 'releaseInvoices'), input, undefined, o),
    listCustomers: async (query, { signal }) => read(CustomerPageSchema, {
      operation: 'listCustomers', path: ROUTES.customers, signal,
      query: { status: query.status, q: query.query, dormantDays: query.dormantDays, offset: query.offset, limit: query.limit },
    }),
    countCustomers: async (query, { signal }) => read(CountsSchema, {
      operation: 'countCustomers', path: ROUTES.counts, signal, query: { q: query.query, dormantDays: query.dormantDays },
    }),
    subscribe: (listener) => {
      const entry = { listener };
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
  };
  if (options.releaseInvoices === false) delete adapter.releaseInvoices;
  return adapter;
}
