/**
 * The boundary: the one place the kit calls a host's adapter. Inputs are
 * checked before the call, results are parsed after it, and every failure
 * becomes a `LifecycleError`. Elements only ever see parsed data or that error.
 * Parsing itself (`parseWith`, shared with the adapters) is `parse.ts`; the
 * shared change feed is `feed.ts`.
 */
import type * as z from 'zod/mini';
import {
  BatchIdsSchema, CountQuerySchema, CountsSchema, CustomerBatchSchema, CustomerDetailSchema, CustomerIdSchema,
  CustomerIdsSchema, CustomerPageSchema, DeactivateInputSchema, DeleteInputSchema, LIFECYCLE_ACTIONS,
  ListQuerySchema, MutationResultSchema, PreviewSchema, ReactivateInputSchema,
  ReactivateLocationInputSchema, ReactivateServicesInputSchema, ReleaseInvoicesInputSchema, UndoInputSchema,
} from './schemas.js';
import { LifecycleError, toLifecycleError } from './errors.js';
import { sharedFeed, type Subscribe } from './feed.js';
import { checkBatch, checkDetail, checkOutcomes, checkPreview, uniqueIds } from './identity.js';
import { parseWith } from './parse.js';
import { SharedReads } from './reads.js';
import type {
  CountQuery, Counts, Customer, CustomerDetail, CustomerPage, DeactivateInput, DeleteInput,
  LifecycleAction, LifecycleAdapter, ListQuery, MutationResult, Preview, ReactivateInput,
  ReactivateLocationInput, ReactivateServicesInput, ReleaseInvoicesInput, UndoInput,
} from './types.js';

/** The methods every adapter has: the contract's reads and mutations (`OPTIONAL_ADAPTER_METHODS` may be absent). */
export const ADAPTER_METHODS = [
  'getCustomer', 'preview', 'deactivate', 'reactivate', 'undo', 'deleteCustomers',
  'reactivateLocation', 'reactivateServices', 'listCustomers', 'countCustomers',
] as const;

/**
 * The methods an adapter may leave out, so that adding one never breaks a
 * host's adapter: the batch read, releasing invoices by hand (the service
 * form offers it only when it is there) and the change feed. One that is not
 * a function counts as absent.
 */
export const OPTIONAL_ADAPTER_METHODS = ['getCustomers', 'releaseInvoices', 'subscribe'] as const;

/** Throws `invalid-data` unless `value` has every method of the contract. */
export function assertAdapter(value: unknown): asserts value is LifecycleAdapter {
  const missing = typeof value === 'object' && value !== null
    ? ADAPTER_METHODS.filter((name) => typeof (value as Record<string, unknown>)[name] !== 'function')
    : [...ADAPTER_METHODS];
  if (missing.length > 0) {
    throw new LifecycleError('invalid-data', `The adapter lacks the methods: ${missing.join(', ')}.`, {
      issues: missing.map((name) => ({ path: name, message: 'expected a function' })),
      operation: 'adapter',
      retryable: false,
    });
  }
}

/** How long the kit waits for one adapter call unless the adapter says otherwise (`timeoutMs`). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Whether `ms` can be a timeout: a positive number of milliseconds, or Infinity (no limit). */
export const isTimeout = (ms: unknown): ms is number => typeof ms === 'number' && ms > 0;

/** The adapter's own `timeoutMs` when it is a timeout, else the default. */
function timeoutOf(adapter: LifecycleAdapter): number {
  let ms: unknown;
  try {
    ms = adapter.timeoutMs;
  } catch {
    ms = undefined;
  }
  return isTimeout(ms) ? ms : DEFAULT_TIMEOUT_MS;
}

/**
 * Calls the adapter with a signal that the caller's abort and the timeout both
 * abort, and parses what it answers. A call that has not answered when the
 * timeout passes ends in `timeout` even if the adapter ignores its signal.
 */
async function call<T>(
  operation: string,
  signal: AbortSignal,
  timeoutMs: number,
  run: (signal: AbortSignal) => Promise<unknown>,
  schema: z.ZodMiniType<T>,
): Promise<T> {
  if (signal.aborted) throw toLifecycleError(signal.reason, operation, signal);
  const timeout = Number.isFinite(timeoutMs) ? AbortSignal.timeout(Math.min(timeoutMs, 2 ** 31 - 1)) : undefined;
  const combined = timeout ? AbortSignal.any([signal, timeout]) : signal;
  let raw: unknown;
  try {
    raw = await new Promise((resolve, reject) => {
      const stop = () => reject(combined.reason);
      combined.addEventListener('abort', stop, { once: true });
      Promise.resolve().then(() => run(combined)).then(resolve, reject).finally(() => combined.removeEventListener('abort', stop));
    });
  } catch (error) {
    throw toLifecycleError(error, operation, combined);
  }
  // A result that arrives after the caller gave up is dropped.
  if (combined.aborted) throw toLifecycleError(combined.reason, operation, combined);
  return parseWith(schema, raw, 'invalid-data', operation);
}

/**
 * The adapter as the elements use it: the same methods, each taking an
 * `AbortSignal`, each resolving to parsed data or rejecting with a
 * `LifecycleError`.
 */
export interface GuardedAdapter {
  readonly raw: LifecycleAdapter;
  getCustomer(customerId: string, signal: AbortSignal): Promise<CustomerDetail>;
  /**
   * One customer without its details, read together with the other elements
   * that ask now: shared with reads of the same customer, batched through
   * `getCustomers` when the adapter has it.
   */
  readCustomer(customerId: string, signal: AbortSignal): Promise<Customer>;
  preview(action: LifecycleAction, customerIds: string[], signal: AbortSignal): Promise<Preview>;
  deactivate(input: DeactivateInput, signal: AbortSignal): Promise<MutationResult>;
  reactivate(input: ReactivateInput, signal: AbortSignal): Promise<MutationResult>;
  undo(input: UndoInput, signal: AbortSignal): Promise<MutationResult>;
  deleteCustomers(input: DeleteInput, signal: AbortSignal): Promise<MutationResult>;
  reactivateLocation(input: ReactivateLocationInput, signal: AbortSignal): Promise<MutationResult>;
  reactivateServices(input: ReactivateServicesInput, signal: AbortSignal): Promise<MutationResult>;
  /**
   * Releases invoices on hold (R4); its outcomes must be for the invoices
   * asked, each once. Optional in the contract: rejects with `invalid-input`,
   * without a call, when the adapter has no `releaseInvoices`.
   */
  releaseInvoices(input: ReleaseInvoicesInput, signal: AbortSignal): Promise<MutationResult>;
  listCustomers(query: ListQuery, signal: AbortSignal): Promise<CustomerPage>;
  countCustomers(query: CountQuery, signal: AbortSignal): Promise<Counts>;
  /**
   * Listens to the change feed, if the adapter has one. The kit subscribes to
   * the adapter once, however many elements listen; each change is parsed
   * once, and a bad one goes to `onError` instead. Returns the unsubscribe.
   */
  subscribe: Subscribe;
}

const guarded = new WeakMap<object, Map<number | undefined, GuardedAdapter>>();

/**
 * Wraps a host's adapter in the boundary (once per adapter object and
 * timeout). `timeoutMs`, when given (a provider's `timeout`), wins over the
 * adapter's own `timeoutMs` and the default.
 */
export function guardAdapter(adapter: unknown, timeoutMs?: number): GuardedAdapter {
  assertAdapter(adapter);
  const given = isTimeout(timeoutMs) ? timeoutMs : undefined;
  let byTimeout = guarded.get(adapter);
  if (!byTimeout) guarded.set(adapter, (byTimeout = new Map()));
  const known = byTimeout.get(given);
  if (known) return known;
  const a = adapter;
  const ms = given ?? timeoutOf(a);
  const mutation = <I, K extends 'deactivate' | 'reactivate' | 'undo' | 'deleteCustomers' | 'reactivateLocation' | 'reactivateServices' | 'releaseInvoices'>(
    name: K,
    schema: z.ZodMiniType<I>,
    asked: (input: I) => string[] | undefined,
  ) => async (input: I, signal: AbortSignal) => {
    const parsed = parseWith(schema, input, 'invalid-input', name);
    const result = await call(name, signal, ms, (s) => (a[name] as (i: I, o: { signal: AbortSignal }) => Promise<unknown>).call(a, parsed, { signal: s }), MutationResultSchema);
    return checkOutcomes(result, name, asked(parsed));
  };
  const targets = (input: { targets: Array<{ customerId: string }> }) => input.targets.map((t) => t.customerId);
  const getCustomer = async (customerId: string, signal: AbortSignal) => {
    const id = parseWith(CustomerIdSchema, customerId, 'invalid-input', 'getCustomer');
    return checkDetail(await call('getCustomer', signal, ms, (s) => a.getCustomer(id, { signal: s }), CustomerDetailSchema), id);
  };
  const reads = new SharedReads({
    one: async (id, signal) => (await getCustomer(id, signal)).customer,
    batch: typeof a.getCustomers === 'function' ? async (customerIds, signal) => {
      const ids = parseWith(BatchIdsSchema, customerIds, 'invalid-input', 'getCustomers');
      return checkBatch(await call('getCustomers', signal, ms, (s) => a.getCustomers!(ids, { signal: s }), CustomerBatchSchema), ids);
    } : undefined,
  });
  const feed = sharedFeed(a);
  const release = mutation('releaseInvoices', ReleaseInvoicesInputSchema, (input) => input.invoiceIds);
  const result: GuardedAdapter = {
    raw: a,
    getCustomer,
    readCustomer: (customerId, signal) => reads.customer(parseWith(CustomerIdSchema, customerId, 'invalid-input', 'getCustomer'), signal),
    preview: async (action, customerIds, signal) => {
      if (!(LIFECYCLE_ACTIONS as readonly string[]).includes(action)) {
        throw new LifecycleError('invalid-input', `preview was called with an unknown action "${String(action)}".`, { operation: 'preview' });
      }
      const ids = uniqueIds(parseWith(CustomerIdsSchema, customerIds, 'invalid-input', 'preview'));
      return checkPreview(await call('preview', signal, ms, (s) => a.preview(action, ids, { signal: s }), PreviewSchema), action, ids);
    },
    deactivate: mutation('deactivate', DeactivateInputSchema, targets),
    reactivate: mutation('reactivate', ReactivateInputSchema, targets),
    // An undo answers for the customers of its operation, which the question does not name.
    undo: mutation('undo', UndoInputSchema, () => undefined),
    deleteCustomers: mutation('deleteCustomers', DeleteInputSchema, targets),
    reactivateLocation: mutation('reactivateLocation', ReactivateLocationInputSchema, (input) => [input.locationId]),
    reactivateServices: mutation('reactivateServices', ReactivateServicesInputSchema, (input) => input.changes.map((c) => c.serviceId)),
    releaseInvoices: async (input, signal) => {
      if (typeof a.releaseInvoices !== 'function') {
        throw new LifecycleError('invalid-input', 'releaseInvoices was called on an adapter that has none (it is optional).', {
          operation: 'releaseInvoices', retryable: false,
        });
      }
      return release(input, signal);
    },
    listCustomers: async (query, signal) => {
      const q = parseWith(ListQuerySchema, query, 'invalid-input', 'listCustomers');
      return call('listCustomers', signal, ms, (s) => a.listCustomers(q, { signal: s }), CustomerPageSchema);
    },
    countCustomers: async (query, signal) => {
      const q = parseWith(CountQuerySchema, query, 'invalid-input', 'countCustomers');
      return call('countCustomers', signal, ms, (s) => a.countCustomers(q, { signal: s }), CountsSchema);
    },
    subscribe: feed,
  };
  byTimeout.set(given, result);
  return result;
}
