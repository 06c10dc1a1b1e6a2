/**
 * The embedded default adapter: the whole lifecycle on an in-memory store,
 * every decision taken by the rules module. The demo, the tests and hosts'
 * prototypes run on it; the msw handlers of `testing` serve it over REST.
 */
import type * as z from 'zod/mini';
import { parseWith } from '../../adapter/parse.js';
import { LifecycleError } from '../../adapter/errors.js';
import {
  BatchIdsSchema, CountQuerySchema, CustomerIdSchema, CustomerIdsSchema, DatasetSchema, DeactivateInputSchema, DeleteInputSchema,
  LIFECYCLE_ACTIONS, ListQuerySchema, ReactivateInputSchema, ReactivateLocationInputSchema,
  ReactivateServicesInputSchema, ReleaseInvoicesInputSchema, UndoInputSchema,
} from '../../adapter/schemas.js';
import type {
  CallOptions, ChangeListener, CountQuery, Counts, Customer, CustomerDetail, CustomerPage, Dataset,
  DeactivateInput, DeleteInput, LifecycleAction, ListQuery, MutationResult, Policy, Preview, ReactivateInput,
  ReactivateLocationInput, ReactivateServicesInput, ReleaseInvoicesInput, UndoInput,
} from '../../adapter/types.js';
import { toDateString } from '../../rules/dates.js';
import { applyDeactivate, applyUndo } from './deactivation.js';
import { applyDelete } from './deletion.js';
import { ChangeFeed } from './feed.js';
import { generateDataset } from './generator.js';
import { applyReleaseInvoices } from './invoices.js';
import type { Applied, OperationContext } from './operation.js';
import { countAll, customersOf, listPage, previewOf } from './queries.js';
import { applyReactivate, applyReactivateLocation, applyReactivateServices } from './reactivation.js';
import {
  parseOption, toPolicy, type MemoryAdapter, type MemoryAdapterOptions, type MemoryCall, type MemoryMethod, type PolicyInput,
} from './options.js';
import { MemoryStore } from './store.js';
import { CallLog } from './call-log.js';
import { checkLatency, type Latency } from './timing.js';

const clone = <T>(value: T): T => structuredClone(value);

class MemoryAdapterImpl implements MemoryAdapter {
  private store: MemoryStore;
  private currentPolicy: Policy;
  private readonly log: CallLog;
  private readonly now: () => Date;
  private readonly initial: () => Dataset;
  private readonly feed = new ChangeFeed();

  constructor(options: MemoryAdapterOptions) {
    this.now = options.now ?? (() => new Date());
    this.currentPolicy = toPolicy(options.policy);
    this.log = new CallLog(checkLatency(options.latency ?? 0), options.seed ?? 1);
    if (options.data === undefined) {
      this.initial = () => generateDataset({ count: options.count ?? 50, seed: options.seed ?? 1, now: this.now() });
    } else {
      const data = parseOption(DatasetSchema, options.data, 'data set');
      this.initial = () => clone(data);
    }
    this.store = new MemoryStore(this.initial());
  }

  get policy(): Policy {
    return { ...this.currentPolicy };
  }

  get calls(): readonly MemoryCall[] {
    return this.log.calls;
  }

  get operations(): number {
    return this.log.operations;
  }

  setPolicy(policy: PolicyInput): void {
    this.currentPolicy = toPolicy(policy);
  }

  setLatency(latency: Latency): void {
    this.log.latency = checkLatency(latency);
  }

  snapshot(): Dataset {
    return clone(this.store.tables());
  }

  reset(data?: Dataset): void {
    this.store = new MemoryStore(data === undefined ? this.initial() : parseOption(DatasetSchema, data, 'data set'));
    this.log.clear();
  }

  subscribe(listener: ChangeListener): () => void {
    return this.feed.subscribe(listener);
  }

  // ------------------------------------------------------------------ reads
  getCustomer(customerId: string, options: CallOptions): Promise<CustomerDetail> {
    return this.log.run('getCustomer', customerId, options, () => {
      const id = parseWith(CustomerIdSchema, customerId, 'invalid-input', 'getCustomer');
      const detail = this.store.detail(id);
      if (!detail) throw new LifecycleError('not-found', `No customer with id "${id}".`, { operation: 'getCustomer' });
      return clone(detail);
    });
  }

  getCustomers(customerIds: string[], options: CallOptions): Promise<Customer[]> {
    return this.log.run('getCustomers', customerIds, options, () => {
      const ids = parseWith(BatchIdsSchema, customerIds, 'invalid-input', 'getCustomers');
      return clone(customersOf(this.store, ids));
    });
  }

  preview(action: LifecycleAction, customerIds: string[], options: CallOptions): Promise<Preview> {
    return this.log.run('preview', { action, customerIds }, options, () => {
      if (!(LIFECYCLE_ACTIONS as readonly unknown[]).includes(action)) {
        throw new LifecycleError('invalid-input', `preview was called with an unknown action "${String(action)}".`, { operation: 'preview' });
      }
      const ids = parseWith(CustomerIdsSchema, customerIds, 'invalid-input', 'preview');
      return clone(previewOf(this.store, action, ids, this.currentPolicy));
    });
  }

  listCustomers(query: ListQuery, options: CallOptions): Promise<CustomerPage> {
    return this.log.run('listCustomers', query, options, () => {
      const q = parseWith(ListQuerySchema, query, 'invalid-input', 'listCustomers');
      return clone(listPage(this.store, q, this.currentPolicy, this.now()));
    });
  }

  countCustomers(query: CountQuery, options: CallOptions): Promise<Counts> {
    return this.log.run('countCustomers', query, options, () => {
      const q = parseWith(CountQuerySchema, query, 'invalid-input', 'countCustomers');
      return countAll(this.store, q, this.currentPolicy, this.now());
    });
  }

  // -------------------------------------------------------------- mutations
  deactivate(input: DeactivateInput, options: CallOptions): Promise<MutationResult> {
    return this.mutate('deactivate', DeactivateInputSchema, input, options, applyDeactivate);
  }

  reactivate(input: ReactivateInput, options: CallOptions): Promise<MutationResult> {
    return this.mutate('reactivate', ReactivateInputSchema, input, options, applyReactivate);
  }

  undo(input: UndoInput, options: CallOptions): Promise<MutationResult> {
    return this.mutate('undo', UndoInputSchema, input, options, applyUndo);
  }

  deleteCustomers(input: DeleteInput, options: CallOptions): Promise<MutationResult> {
    return this.mutate('deleteCustomers', DeleteInputSchema, input, options, applyDelete);
  }

  reactivateLocation(input: ReactivateLocationInput, options: CallOptions): Promise<MutationResult> {
    return this.mutate('reactivateLocation', ReactivateLocationInputSchema, input, options, applyReactivateLocation);
  }

  reactivateServices(input: ReactivateServicesInput, options: CallOptions): Promise<MutationResult> {
    return this.mutate('reactivateServices', ReactivateServicesInputSchema, input, options, applyReactivateServices);
  }

  releaseInvoices(input: ReleaseInvoicesInput, options: CallOptions): Promise<MutationResult> {
    return this.mutate('releaseInvoices', ReleaseInvoicesInputSchema, input, options, applyReleaseInvoices);
  }

  // ---------------------------------------------------------------- internals
  private mutate<I extends { idempotencyKey: string; actor: OperationContext['actor'] }>(
    method: MemoryMethod,
    schema: z.ZodMiniType<I>,
    raw: I,
    options: CallOptions | undefined,
    apply: (input: I, ctx: OperationContext) => Applied,
  ): Promise<MutationResult> {
    return this.log.run(method, raw, options, (call) => {
      const input = parseWith(schema, raw, 'invalid-input', method);
      const known = this.log.replay(call, input.idempotencyKey);
      if (known) return clone(known);
      const now = this.now();
      const ctx: OperationContext = {
        store: this.store, policy: this.currentPolicy, now, today: toDateString(now), actor: input.actor, operationId: this.store.nextId('op'),
      };
      const applied = apply(input, ctx);
      const result: MutationResult = { operationId: ctx.operationId, results: applied.results, undoUntil: applied.undoUntil };
      this.log.applied(call, input.idempotencyKey, clone(result));
      this.feed.emit(this.store, applied.changed, ctx.operationId);
      return clone(result);
    });
  }
}

/**
 * Creates the memory adapter: the whole `LifecycleAdapter` contract on an
 * in-memory store, every decision taken by the rules module.
 *
 * **Data.** `data` is parsed with `DatasetSchema` (invalid → throws
 * `LifecycleError('invalid-data')` listing the issues); without it,
 * `generateDataset({ count, seed, now: now() })` makes `count` (50) customers.
 * `policy` is a preset name, a full policy or overrides of the default
 * (`resolvePolicy`). `now` is the clock: inject it to move time.
 *
 * **Every call** takes `{ signal }` and waits the simulated `latency` (fixed,
 * or drawn from `{ min, max }` by a sequence seeded with `seed`). Aborted
 * before or during the wait, it rejects with a `DOMException` named
 * `AbortError` (the signal's reason instead when it is a `TimeoutError`) and
 * its timer is cleared; a mutation applies at the end of the wait, all at
 * once, or not at all. Inputs are parsed with their schemas (invalid →
 * `invalid-input`). Results are deep copies.
 *
 * **Reads.** `getCustomer` → the detail with `links` (`company` of a person,
 * persons whose `companyId` is this id as `contacts`) and its audit entries
 * newest first; unknown → rejects `not-found`. `getCustomers` → the
 * customers (summaries, no details) among 1 to `MAX_BATCH_READ` ids, in the
 * order asked, unknown ids left out; an id given twice → `invalid-input`.
 * `preview` → `planAction` per
 * found id with `checkBulk` combined into each check, unknown ids in
 * `missing`. `listCustomers` → `matchesStatusFilter` (dormant with
 * `dormantDays`, else the policy's), `query` contained in the name (case-
 * and accent-insensitive), sorted by normalized name (equal names in data
 * order), paged; only the page is copied.
 * `countCustomers` → `{ active, inactive, all }` among names matching
 * `query`, plus `dormant` whenever dormancy is on (query or policy).
 *
 * **Mutations** answer `{ operationId, results, undoUntil }`, one outcome per
 * target (per location / service / invoice for `reactivateLocation` /
 * `reactivateServices` / `releaseInvoices`): unknown → `failed` `not-found`; `version` given and
 * not the current one → `failed` `conflict`; a rule says no → `blocked` with
 * its blockers; else `done`, and the record's `version` goes up by one (the
 * customer's too when its locations or services change). A call the rules
 * refuse as a whole (`checkBulk`, or `checkUndo` for undo) rejects with
 * `rule-violation` (`rule`, `reason`) and changes nothing. Results are kept by
 * `idempotencyKey`: the same key again returns the same result (same
 * `operationId`) and changes nothing — no audit entry, no event; a key reused
 * by another method rejects with `invalid-input`. `undoUntil` is set only by
 * a deactivation that did something and while `policy.undoSeconds > 0`. See
 * `applyDeactivate`, `applyUndo`, `applyReactivate`, `applyDelete`,
 * `applyReactivateLocation`, `applyReactivateServices` and
 * `applyReleaseInvoices` (the optional `releaseInvoices`, which the memory
 * adapter has) for each one.
 *
 * **Change feed.** `subscribe(listener)` returns the unsubscribe. After each
 * applied mutation, one `{ type: 'updated' | 'deleted', customerId, customer?,
 * operationId }` per affected customer, in a microtask (never inside the
 * mutation; before the caller's `await` resumes). A throwing listener is
 * logged with `console.error` and the others still run.
 *
 * **Ids** of operations (`op-N`) and audit entries (`aud-N`) come from a
 * counter, skipping ids the data already uses; times come from `now()`.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapterImpl(options);
}
