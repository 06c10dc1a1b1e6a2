/**
 * msw handlers that serve the REST contract (`adapters/http/openapi.json`)
 * from a memory adapter, which takes every decision by the rules, with
 * switchable faults. Environment-neutral: use them with `setupWorker` from
 * `msw/browser` or `setupServer` from `msw/node`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { parseWith } from '../../adapter/parse.js';
import {
  CountQuerySchema, DeactivateInputSchema, DeleteInputSchema, ListQuerySchema, ReactivateInputSchema,
  ReactivateLocationInputSchema, ReactivateServicesInputSchema, ReleaseInvoicesInputSchema, UndoInputSchema,
} from '../../adapter/schemas.js';
import type { CallOptions, CustomerChange, MutationResult } from '../../adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter, type MemoryMethod } from '../../adapters/memory/index.js';
import { etagOf, HEADERS, ROUTES, versionOfEtag } from '../../adapters/http/index.js';
import { createFaults, type FaultSettings, type Faults } from './faults.js';
import { CustomerLookupRequestSchema, PreviewRequestSchema, ifMatchProblem } from './requests.js';
import { bodyOf, faultResponse, problem } from './respond.js';

export interface LifecycleHandlersOptions {
  /** Where the contract is served: a path (`/api`, the default) or an absolute URL (needed with `msw/node`). */
  baseUrl?: string;
  /** The store behind the contract (default: `createMemoryAdapter()`, 50 generated customers). */
  adapter?: MemoryAdapter;
  /** The faults to start with (default: none). */
  faults?: FaultSettings;
}

export interface LifecycleHandlers {
  /** Pass them to `setupWorker(...handlers)` or `setupServer(...handlers)`. */
  handlers: HttpHandler[];
  /** The memory adapter behind them: its data, policy, latency, calls. */
  adapter: MemoryAdapter;
  /** The switches: `faults.set({ fault: 'network', only: ['deactivate'] })`. */
  faults: Faults;
}

type Params = Record<string, string>;
type Serve = (request: Request, params: Params, options: CallOptions) => Promise<Response>;
type Mutation = 'deactivate' | 'reactivate' | 'undo' | 'deleteCustomers' | 'reactivateLocation' | 'reactivateServices' | 'releaseInvoices';

const KEPT_OPERATIONS = 500;

/** The changes of each operation, kept so that a replayed mutation answers with them again. */
function changeLog(adapter: MemoryAdapter): (operationId: string) => CustomerChange[] {
  const byOperation = new Map<string, CustomerChange[]>();
  adapter.subscribe((change) => {
    if (change.operationId === null) return;
    const list = byOperation.get(change.operationId) ?? [];
    if (list.length === 0) byOperation.set(change.operationId, list);
    list.push(change);
    if (byOperation.size > KEPT_OPERATIONS) byOperation.delete(byOperation.keys().next().value ?? '');
  });
  return (operationId) => byOperation.get(operationId) ?? [];
}

const number = (value: string | null): number | undefined => (value === null || value === '' ? undefined : Number(value));
const text = (value: string | null): string | undefined => (value === null ? undefined : value);

/**
 * The handlers of the whole REST contract over one memory adapter, and the
 * fault switches. Mutations read `Idempotency-Key` (required) and `If-Match`
 * (a version for the one record the call is about; it fills in a missing
 * body version, contradicting the body is 412). Answers follow the contract:
 * JSON, problem details for errors, `ETag` on a customer; mutations answer
 * their result with the `changes` they made (again on a replay).
 */
export function createLifecycleHandlers(options: LifecycleHandlersOptions = {}): LifecycleHandlers {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const adapter = options.adapter ?? createMemoryAdapter();
  const { faults, draw } = createFaults(options.faults);
  const changesOf = changeLog(adapter);

  const route = (verb: 'get' | 'post', path: string, method: MemoryMethod, serve: Serve): HttpHandler =>
    http[verb](`${base}/${path}`, async ({ request, params }) => {
      const { latencyMs, fault, at } = draw(method);
      if (latencyMs > 0) await delay(latencyMs);
      if (fault !== null && at === 'request') return faultResponse(fault, request);
      const flat: Params = {};
      for (const [name, value] of Object.entries(params)) if (typeof value === 'string') flat[name] = value;
      let response: Response;
      try {
        response = await serve(request, flat, { signal: request.signal });
      } catch (error) {
        response = problem(error);
      }
      return fault !== null ? faultResponse(fault, request) : response;
    });

  /** A mutation: body + path parameters + `Idempotency-Key` parsed as the method's input, `If-Match` applied. */
  const mutation = <I>(
    method: Mutation,
    schema: z.ZodMiniType<I>,
    versioned: (input: I) => { version?: number | undefined }[],
    run: (input: I, o: CallOptions) => Promise<MutationResult>,
  ): Serve => async (request, params, o) => {
    const body = await bodyOf(request, method);
    const input = parseWith(schema, {
      ...body, ...params, idempotencyKey: request.headers.get(HEADERS.idempotencyKey) ?? undefined,
    }, 'invalid-input', method);
    const ifMatch = request.headers.get(HEADERS.ifMatch);
    if (ifMatch !== null) {
      const refused = ifMatchProblem(versionOfEtag(ifMatch), versioned(input), method);
      if (refused) return refused;
    }
    const result = await run(input, o);
    return HttpResponse.json({ ...result, changes: changesOf(result.operationId) });
  };

  const handlers: HttpHandler[] = [
    route('get', ROUTES.customers, 'listCustomers', async (request, _p, o) => {
      const q = new URL(request.url).searchParams;
      const query = parseWith(ListQuerySchema, {
        status: q.get('status') ?? 'all', query: text(q.get('q')), dormantDays: number(q.get('dormantDays')),
        offset: number(q.get('offset')) ?? 0, limit: number(q.get('limit')) ?? 50,
      }, 'invalid-input', 'listCustomers');
      return HttpResponse.json(await adapter.listCustomers(query, o));
    }),
    route('get', ROUTES.counts, 'countCustomers', async (request, _p, o) => {
      const q = new URL(request.url).searchParams;
      const query = parseWith(CountQuerySchema, { query: text(q.get('q')), dormantDays: number(q.get('dormantDays')) }, 'invalid-input', 'countCustomers');
      return HttpResponse.json(await adapter.countCustomers(query, o));
    }),
    route('get', ROUTES.customer, 'getCustomer', async (_r, params, o) => {
      const detail = await adapter.getCustomer(params.customerId ?? '', o);
      return HttpResponse.json(detail, { headers: { [HEADERS.etag]: etagOf(detail.customer.version) } });
    }),
    route('get', ROUTES.audit, 'getCustomer', async (_r, params, o) => {
      const detail = await adapter.getCustomer(params.customerId ?? '', o);
      return HttpResponse.json({ items: detail.audit });
    }),
    route('post', ROUTES.customerLookups, 'getCustomers', async (request, _p, o) => {
      const { customerIds } = parseWith(CustomerLookupRequestSchema, await bodyOf(request, 'getCustomers'), 'invalid-input', 'getCustomers');
      return HttpResponse.json({ customers: await adapter.getCustomers(customerIds, o) });
    }),
    route('post', ROUTES.previews, 'preview', async (request, _p, o) => {
      const { action, customerIds } = parseWith(PreviewRequestSchema, await bodyOf(request, 'preview'), 'invalid-input', 'preview');
      return HttpResponse.json(await adapter.preview(action, customerIds, o));
    }),
    route('post', ROUTES.deactivations, 'deactivate',
      mutation('deactivate', DeactivateInputSchema, (i) => i.targets, (i, o) => adapter.deactivate(i, o))),
    route('post', ROUTES.reactivations, 'reactivate',
      mutation('reactivate', ReactivateInputSchema, (i) => i.targets, (i, o) => adapter.reactivate(i, o))),
    route('post', ROUTES.deletions, 'deleteCustomers',
      mutation('deleteCustomers', DeleteInputSchema, (i) => i.targets, (i, o) => adapter.deleteCustomers(i, o))),
    route('post', ROUTES.undos, 'undo',
      mutation('undo', UndoInputSchema, () => [], (i, o) => adapter.undo(i, o))),
    route('post', ROUTES.locationReactivation, 'reactivateLocation',
      mutation('reactivateLocation', ReactivateLocationInputSchema, (i) => [i], (i, o) => adapter.reactivateLocation(i, o))),
    route('post', ROUTES.servicesReactivation, 'reactivateServices',
      mutation('reactivateServices', ReactivateServicesInputSchema, (i) => i.changes, (i, o) => adapter.reactivateServices(i, o))),
    // Invoices carry no version: an If-Match here is refused (400), as for an undo.
    route('post', ROUTES.invoiceReleases, 'releaseInvoices',
      mutation('releaseInvoices', ReleaseInvoicesInputSchema, () => [], (i, o) => adapter.releaseInvoices(i, o))),
  ];
  return { handlers, adapter, faults };
}
