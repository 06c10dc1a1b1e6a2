import { expect } from '@open-wc/testing';
import {
  ADAPTER_METHODS, OPTIONAL_ADAPTER_METHODS, assertAdapter, guardAdapter, type GuardedAdapter,
} from '../../src/adapter/boundary.js';
import { LifecycleError, outcomeUnknown } from '../../src/adapter/errors.js';
import type { ChangeListener, CustomerChange } from '../../src/adapter/types.js';
import { ACTOR, customer, customerDetail } from '../rules/fixtures.js';
import { deferred, type Deferred } from '../support/deferred.js';

// ------------------------------------------------------------------ helpers

const METHODS = [
  'getCustomer', 'preview', 'deactivate', 'reactivate', 'undo', 'deleteCustomers',
  'reactivateLocation', 'reactivateServices', 'listCustomers', 'countCustomers',
] as const;
type Method = (typeof METHODS)[number];

interface Call {
  args: unknown[];
  signal: AbortSignal | undefined;
  settle: Deferred;
}

/**
 * A fake host adapter: every method records its call and returns a promise
 * the test settles by hand. `extra` adds or replaces members.
 */
function fakeAdapter(extra: Record<string, unknown> = {}) {
  const calls: Record<Method, Call[]> = Object.fromEntries(METHODS.map((m) => [m, []])) as unknown as Record<Method, Call[]>;
  const adapter: Record<string, unknown> = {};
  for (const method of METHODS) {
    adapter[method] = (...args: unknown[]) => {
      const settle = deferred();
      const options = args[args.length - 1] as { signal?: AbortSignal } | undefined;
      calls[method].push({ args, signal: options?.signal, settle });
      return settle.promise;
    };
  }
  Object.assign(adapter, extra);
  /** The one pending call of `method`. */
  const only = (method: Method): Call => {
    expect(calls[method], `calls of ${method}`).to.have.length(1);
    return calls[method][0] as Call;
  };
  return { adapter, calls, only };
}

/** The LifecycleError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
async function rejection(promise: Promise<unknown>): Promise<LifecycleError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LifecycleError);
    return error as LifecycleError;
  }
  throw new Error('expected the call to reject');
}

/** One microtask: lets the boundary reach the adapter before the test settles the call. */
const tick = () => Promise.resolve();

const KEY = 'key-00000001';
const SCHEDULE = { startDate: '2026-01-01', endDate: null, deactivateOnEndDate: false };
const RESULT = { operationId: 'op-1', results: [{ id: 'c-1', outcome: 'done' }], undoUntil: null };
const TARGETS = [{ customerId: 'c-1', version: 3 }];

/** For each method: valid arguments (without the signal), the argument the adapter gets, and a valid result. */
const VALID: Record<Method, { args: unknown[]; result: unknown }> = {
  getCustomer: { args: ['c-1'], result: customerDetail() },
  preview: { args: ['deactivate', ['c-1']], result: { action: 'deactivate', impacts: [], missing: ['c-1'] } },
  deactivate: {
    args: [{ targets: TARGETS, idempotencyKey: KEY, actor: ACTOR, cancelSubscriptions: false, holdInvoices: false, reason: null }],
    result: RESULT,
  },
  reactivate: {
    args: [{ targets: TARGETS, idempotencyKey: KEY, actor: ACTOR, releaseInvoices: false, restoreCascade: true, reason: null }],
    result: RESULT,
  },
  undo: { args: [{ operationId: 'op-1', idempotencyKey: KEY, actor: ACTOR }], result: RESULT },
  deleteCustomers: { args: [{ targets: TARGETS, idempotencyKey: KEY, actor: ACTOR }], result: RESULT },
  reactivateLocation: { args: [{ customerId: 'c-1', locationId: 'l-1', idempotencyKey: KEY, actor: ACTOR }], result: { ...RESULT, results: [{ id: 'l-1', outcome: 'done' }] } },
  reactivateServices: {
    args: [{ customerId: 'c-1', changes: [{ serviceId: 's-1', schedule: SCHEDULE }], idempotencyKey: KEY, actor: ACTOR }],
    result: { ...RESULT, results: [{ id: 's-1', outcome: 'done' }] },
  },
  listCustomers: { args: [{ status: 'active', offset: 0, limit: 20 }], result: { items: [customer()], total: 1, offset: 0, limit: 20 } },
  countCustomers: { args: [{}], result: { active: 1, inactive: 0, all: 1 } },
};

/** Calls `method` of the guarded adapter with valid arguments and `signal`. */
function invoke(guarded: GuardedAdapter, method: Method, signal: AbortSignal): Promise<unknown> {
  const fn = guarded[method] as (...args: unknown[]) => Promise<unknown>;
  return fn(...VALID[method].args, signal);
}

const signal = () => new AbortController().signal;

// -------------------------------------------------------------------- tests

describe('adapter boundary', () => {
  describe('guardAdapter', () => {
    it('rejects a value that is not an object, listing every method as missing', () => {
      for (const value of [null, undefined, 'adapter', 42]) {
        let thrown: unknown;
        try { guardAdapter(value); } catch (error) { thrown = error; }
        expect(thrown, String(value)).to.be.instanceOf(LifecycleError);
        expect((thrown as LifecycleError).code).to.equal('invalid-data');
        expect((thrown as LifecycleError).issues.map((i) => i.path)).to.deep.equal([...METHODS]);
      }
    });

    it('rejects an object missing methods, naming exactly the missing ones', () => {
      const { adapter } = fakeAdapter({ undo: undefined, countCustomers: 'not a function' });
      let thrown: unknown;
      try { guardAdapter(adapter); } catch (error) { thrown = error; }
      const error = thrown as LifecycleError;
      expect(error).to.be.instanceOf(LifecycleError);
      expect(error.code).to.equal('invalid-data');
      expect(error.message).to.equal('The adapter lacks the methods: undo, countCustomers.');
      expect(error.issues).to.deep.equal([
        { path: 'undo', message: 'expected a function' },
        { path: 'countCustomers', message: 'expected a function' },
      ]);
      expect(error.retryable).to.equal(false);
    });

    it('accepts an adapter without the optional subscribe', () => {
      const { adapter } = fakeAdapter();
      expect(() => assertAdapter(adapter)).not.to.throw();
    });

    it('wraps the same adapter only once', () => {
      const { adapter } = fakeAdapter();
      expect(guardAdapter(adapter)).to.equal(guardAdapter(adapter));
      expect(guardAdapter(adapter).raw).to.equal(adapter);
    });
  });

  describe('results', () => {
    for (const method of METHODS) {
      it(`${method} passes the parsed input and the signal, and resolves to the parsed result`, async () => {
        const { adapter, only } = fakeAdapter();
        const s = signal();
        const pending = invoke(guardAdapter(adapter), method, s);
        await tick();
        const call = only(method);
        expect(call.signal?.aborted).to.equal(false);
        expect(call.args.slice(0, -1)).to.deep.equal(VALID[method].args);
        call.settle.resolve(VALID[method].result);
        expect(await pending).to.deep.equal(VALID[method].result);
      });
    }

    it('drops keys the contract does not know from host data', async () => {
      const { adapter, only } = fakeAdapter();
      const pending = guardAdapter(adapter).getCustomer('c-1', signal());
      await tick();
      only('getCustomer').settle.resolve({ ...customerDetail(), secret: 'x', customer: { ...customer(), internalScore: 9 } });
      const detail = await pending;
      expect(detail).to.deep.equal(customerDetail());
    });
  });

  describe('bad host data', () => {
    it('rejects with invalid-data naming the path and what was expected', async () => {
      const { adapter, only } = fakeAdapter();
      const pending = guardAdapter(adapter).getCustomer('c-1', signal());
      await tick();
      only('getCustomer').settle.resolve(customerDetail({ customer: { status: 'archived' as 'active' } }));
      const error = await rejection(pending);
      expect(error.code).to.equal('invalid-data');
      expect(error.operation).to.equal('getCustomer');
      expect(error.issues).to.deep.equal([{ path: 'customer.status', message: 'expected one of "active", "inactive"' }]);
    });

    it('rejects with invalid-data when the adapter resolves to nothing', async () => {
      const { adapter, only } = fakeAdapter();
      const pending = guardAdapter(adapter).listCustomers({ status: 'all', offset: 0, limit: 10 }, signal());
      await tick();
      only('listCustomers').settle.resolve(undefined);
      const error = await rejection(pending);
      expect(error.code).to.equal('invalid-data');
      expect(error.issues).to.deep.equal([{ path: '(root)', message: 'expected object' }]);
    });

    it('rejects with invalid-data for a mutation result with a bad outcome', async () => {
      const { adapter, only } = fakeAdapter();
      const pending = invoke(guardAdapter(adapter), 'deactivate', signal());
      await tick();
      only('deactivate').settle.resolve({ ...RESULT, results: [{ id: 'c-1', outcome: 'ok' }] });
      const error = await rejection(pending);
      expect(error.code).to.equal('invalid-data');
      expect(error.issues).to.deep.equal([{ path: 'results.0.outcome', message: 'expected one of "done", "blocked", "failed"' }]);
    });
  });

  describe('bad input from the kit', () => {
    const cases: [string, (g: GuardedAdapter, s: AbortSignal) => Promise<unknown>, Method, string][] = [
      ['an empty customer id', (g, s) => g.getCustomer('', s), 'getCustomer', '(root)'],
      ['an unknown preview action', (g, s) => g.preview('archive' as 'delete', ['c-1'], s), 'preview', ''],
      ['a preview of no customers', (g, s) => g.preview('delete', [], s), 'preview', '(root)'],
      ['a deactivation with a short idempotency key', (g, s) => g.deactivate({
        targets: TARGETS, idempotencyKey: 'k', actor: ACTOR, cancelSubscriptions: false, holdInvoices: false, reason: null,
      }, s), 'deactivate', 'idempotencyKey'],
      ['a service change with a bad date', (g, s) => g.reactivateServices({
        customerId: 'c-1', changes: [{ serviceId: 's-1', schedule: { ...SCHEDULE, endDate: '2026-02-30' } }], idempotencyKey: KEY, actor: ACTOR,
      }, s), 'reactivateServices', 'changes.0.schedule.endDate'],
      ['a list query with a zero limit', (g, s) => g.listCustomers({ status: 'all', offset: 0, limit: 0 }, s), 'listCustomers', 'limit'],
      ['a count query with negative dormant days', (g, s) => g.countCustomers({ dormantDays: -5 }, s), 'countCustomers', 'dormantDays'],
    ];

    for (const [what, run, method, path] of cases) {
      it(`rejects ${what} with invalid-input before calling the adapter`, async () => {
        const { adapter, calls } = fakeAdapter();
        const error = await rejection(run(guardAdapter(adapter), signal()));
        expect(error.code).to.equal('invalid-input');
        expect(error.operation).to.equal(method);
        if (path) expect(error.issues.map((i) => i.path)).to.include(path);
        expect(calls[method]).to.have.length(0);
      });
    }
  });

  describe('failures', () => {
    /** Rejects the adapter's getCustomer call with `reason` and returns what the kit rejects with. */
    async function failWith(reason: unknown, s = signal()): Promise<LifecycleError> {
      const { adapter, only } = fakeAdapter();
      const pending = guardAdapter(adapter).getCustomer('c-1', s);
      await tick();
      only('getCustomer').settle.reject(reason);
      return rejection(pending);
    }

    it("keeps the code of the adapter's own LifecycleError", async () => {
      const conflict = new LifecycleError('conflict', 'Changed by someone else.');
      const error = await failWith(conflict);
      expect(error).to.equal(conflict);
      expect(error.code).to.equal('conflict');
      expect(error.retryable).to.equal(true);
    });

    it('keeps the rule and reason of a rule violation', async () => {
      const error = await failWith(new LifecycleError('rule-violation', 'Active.', { rule: 'X1', reason: 'delete-active' }));
      expect(error.code).to.equal('rule-violation');
      expect(error.rule).to.equal('X1');
      expect(error.reason).to.equal('delete-active');
    });

    it('keeps the code of a LifecycleError from another copy of the kit', async () => {
      const foreign = Object.assign(new Error('Not yours.'), { name: 'LifecycleError', code: 'forbidden', rule: undefined });
      const error = await failWith(foreign);
      expect(error.code).to.equal('forbidden');
      expect(error.message).to.equal('Not yours.');
      expect(error.operation).to.equal('getCustomer');
      expect(error.cause).to.equal(foreign);
    });

    it('does not trust a LifecycleError-shaped object with an unknown code', async () => {
      const error = await failWith({ name: 'LifecycleError', code: 'teapot', message: 'short and stout' });
      expect(error.code).to.equal('unknown');
    });

    it("classifies fetch's TypeError as network", async () => {
      const error = await failWith(new TypeError('Failed to fetch'));
      expect(error.code).to.equal('network');
      expect(error.retryable).to.equal(true);
    });

    it('classifies a DOMException AbortError as aborted', async () => {
      expect((await failWith(new DOMException('The user aborted a request.', 'AbortError'))).code).to.equal('aborted');
    });

    it('classifies a TimeoutError as timeout', async () => {
      expect((await failWith(new DOMException('Signal timed out.', 'TimeoutError'))).code).to.equal('timeout');
    });

    it('classifies any failure after the signal aborted as aborted', async () => {
      const controller = new AbortController();
      const { adapter, only } = fakeAdapter();
      const pending = guardAdapter(adapter).getCustomer('c-1', controller.signal);
      await tick();
      controller.abort();
      only('getCustomer').settle.reject(new Error('socket closed'));
      expect((await rejection(pending)).code).to.equal('aborted');
    });

    it('classifies a failure after a timeout signal fired as timeout', async () => {
      const controller = new AbortController();
      const { adapter, only } = fakeAdapter();
      const pending = guardAdapter(adapter).getCustomer('c-1', controller.signal);
      await tick();
      controller.abort(new DOMException('Signal timed out.', 'TimeoutError'));
      only('getCustomer').settle.reject(new Error('socket closed'));
      expect((await rejection(pending)).code).to.equal('timeout');
    });

    it('classifies anything else as unknown, keeping its message', async () => {
      const error = await failWith(new RangeError('Bad offset'));
      expect(error.code).to.equal('unknown');
      expect(error.message).to.equal('Bad offset');
    });

    it('classifies a thrown string as unknown', async () => {
      const error = await failWith('nope');
      expect(error.code).to.equal('unknown');
      expect(error.message).to.equal('nope');
    });

    it('turns an adapter method that throws synchronously into a rejection', async () => {
      const { adapter } = fakeAdapter({ getCustomer: () => { throw new TypeError('NetworkError when attempting to fetch resource.'); } });
      const error = await rejection(guardAdapter(adapter).getCustomer('c-1', signal()));
      expect(error.code).to.equal('network');
    });
  });

  describe('aborting', () => {
    it('rejects with aborted without calling the adapter when the signal is already aborted', async () => {
      const { adapter, calls } = fakeAdapter();
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(guardAdapter(adapter).getCustomer('c-1', controller.signal));
      expect(error.code).to.equal('aborted');
      expect(calls.getCustomer).to.have.length(0);
    });

    it('drops a result that arrives after the signal aborted', async () => {
      const controller = new AbortController();
      const { adapter, only } = fakeAdapter();
      const pending = guardAdapter(adapter).getCustomer('c-1', controller.signal);
      await tick();
      controller.abort();
      only('getCustomer').settle.resolve(customerDetail());
      const error = await rejection(pending);
      expect(error.code).to.equal('aborted');
      expect(error.operation).to.equal('getCustomer');
    });

    it('drops a late mutation result too, so no stale success is reported', async () => {
      const controller = new AbortController();
      const { adapter, only } = fakeAdapter();
      const pending = invoke(guardAdapter(adapter), 'deleteCustomers', controller.signal);
      await tick();
      controller.abort();
      only('deleteCustomers').settle.resolve(RESULT);
      expect((await rejection(pending)).code).to.equal('aborted');
    });
  });

  describe('subscribe', () => {
    const CHANGE: CustomerChange = { type: 'updated', customerId: 'c-1', customer: customer(), operationId: 'op-1' };

    /** An adapter with a change feed the test drives through `emit`. */
    function feedAdapter() {
      const listeners: ChangeListener[] = [];
      let unsubscribed = 0;
      const { adapter } = fakeAdapter({
        subscribe(listener: ChangeListener) {
          listeners.push(listener);
          return () => { unsubscribed += 1; };
        },
      });
      const emit = (change: unknown) => { for (const l of listeners) l(change as CustomerChange); };
      return { adapter, emit, unsubscribed: () => unsubscribed, listeners };
    }

    it('delivers each change, parsed', () => {
      const { adapter, emit } = feedAdapter();
      const seen: CustomerChange[] = [];
      guardAdapter(adapter).subscribe((c) => seen.push(c));
      emit({ ...CHANGE, extra: true });
      emit({ type: 'deleted', customerId: 'c-2', operationId: null });
      expect(seen).to.deep.equal([CHANGE, { type: 'deleted', customerId: 'c-2', operationId: null }]);
    });

    it('sends a bad change to onError as invalid-data, and keeps listening', () => {
      const { adapter, emit } = feedAdapter();
      const seen: CustomerChange[] = [];
      const errors: LifecycleError[] = [];
      guardAdapter(adapter).subscribe((c) => seen.push(c), (e) => errors.push(e));
      emit({ ...CHANGE, type: 'created' });
      emit(CHANGE);
      expect(errors).to.have.length(1);
      expect(errors[0]?.code).to.equal('invalid-data');
      expect(errors[0]?.operation).to.equal('subscribe');
      expect(errors[0]?.issues).to.deep.equal([{ path: 'type', message: 'expected one of "updated", "deleted"' }]);
      expect(seen).to.deep.equal([CHANGE]);
    });

    it('stops delivering after unsubscribe, and unsubscribes from the host', () => {
      const { adapter, emit, unsubscribed } = feedAdapter();
      const seen: CustomerChange[] = [];
      const stop = guardAdapter(adapter).subscribe((c) => seen.push(c));
      emit(CHANGE);
      stop();
      emit(CHANGE);
      expect(seen).to.have.length(1);
      expect(unsubscribed()).to.equal(1);
    });

    it('is a no-op for an adapter without subscribe', () => {
      const { adapter } = fakeAdapter();
      const errors: LifecycleError[] = [];
      const stop = guardAdapter(adapter).subscribe(() => { throw new Error('never called'); }, (e) => errors.push(e));
      expect(stop).to.be.a('function');
      expect(() => stop()).not.to.throw();
      expect(errors).to.deep.equal([]);
    });

    it("sends a failure of the host's subscribe to onError instead of throwing", () => {
      const { adapter } = fakeAdapter({ subscribe: () => { throw new TypeError('Failed to fetch'); } });
      const errors: LifecycleError[] = [];
      const stop = guardAdapter(adapter).subscribe(() => {}, (e) => errors.push(e));
      expect(errors.map((e) => e.code)).to.deep.equal(['network']);
      expect(() => stop()).not.to.throw();
    });

    it("swallows a failure of the host's unsubscribe, and still stops delivering", () => {
      const listeners: ChangeListener[] = [];
      const { adapter } = fakeAdapter({
        subscribe(listener: ChangeListener) {
          listeners.push(listener);
          return () => { throw new Error('already closed'); };
        },
      });
      const seen: CustomerChange[] = [];
      const stop = guardAdapter(adapter).subscribe((c) => seen.push(c));
      expect(() => stop()).not.to.throw();
      listeners[0]?.(CHANGE);
      expect(seen).to.deep.equal([]);
    });
  });

  describe('releaseInvoices (optional)', () => {
    const RELEASE = { customerId: 'c-1', invoiceIds: ['i-1', 'i-2'], idempotencyKey: KEY, actor: ACTOR };
    /** A fake adapter with `releaseInvoices`, whose calls the test settles. */
    function releasing() {
      const calls: Call[] = [];
      const { adapter } = fakeAdapter({
        releaseInvoices: (...args: unknown[]) => {
          const settle = deferred();
          calls.push({ args, signal: (args[1] as { signal?: AbortSignal }).signal, settle });
          return settle.promise;
        },
      });
      return { adapter, calls };
    }

    it('accepts an adapter without it: it is not one of ADAPTER_METHODS but one of OPTIONAL_ADAPTER_METHODS', () => {
      expect(ADAPTER_METHODS).not.to.include('releaseInvoices');
      expect(OPTIONAL_ADAPTER_METHODS).to.include('releaseInvoices');
      expect(() => assertAdapter(fakeAdapter().adapter)).not.to.throw();
    });

    it('passes the parsed input and a signal, and resolves to the outcome per invoice', async () => {
      const { adapter, calls } = releasing();
      const pending = guardAdapter(adapter).releaseInvoices(RELEASE, signal());
      await tick();
      expect(calls).to.have.length(1);
      expect(calls[0]!.args[0]).to.deep.equal(RELEASE);
      expect(calls[0]!.signal?.aborted).to.equal(false);
      const result = { ...RESULT, results: [{ id: 'i-1', outcome: 'done' }, { id: 'i-2', outcome: 'done' }] };
      calls[0]!.settle.resolve(result);
      expect(await pending).to.deep.equal(result);
    });

    it('rejects with invalid-input, calling nothing, when the adapter has no releaseInvoices', async () => {
      const { adapter, calls } = fakeAdapter({ releaseInvoices: 'not a function' });
      const error = await rejection(guardAdapter(adapter).releaseInvoices(RELEASE, signal()));
      expect(error.code).to.equal('invalid-input');
      expect(error.operation).to.equal('releaseInvoices');
      expect(Object.values(calls).flat()).to.deep.equal([]);
    });

    it('refuses an invoice asked for twice with invalid-input before calling the adapter', async () => {
      const { adapter, calls } = releasing();
      const error = await rejection(guardAdapter(adapter).releaseInvoices({ ...RELEASE, invoiceIds: ['i-1', 'i-1'] }, signal()));
      expect(error.code).to.equal('invalid-input');
      expect(error.issues).to.deep.include({ path: 'invoiceIds.1', message: 'repeats item 0 ("i-1"); ask for each invoice once' });
      expect(calls).to.deep.equal([]);
    });

    it('rejects with invalid-data an answer naming an invoice that was not asked about', async () => {
      const { adapter, calls } = releasing();
      const pending = guardAdapter(adapter).releaseInvoices(RELEASE, signal());
      await tick();
      calls[0]!.settle.resolve({ ...RESULT, results: [{ id: 'i-1', outcome: 'done' }, { id: 'i-9', outcome: 'done' }] });
      const error = await rejection(pending);
      expect(error.code).to.equal('invalid-data');
      expect(error.issues).to.deep.equal([{ path: 'results.1', message: '"i-9" was not asked about' }]);
    });

    it('rejects with invalid-data an answer naming one invoice twice', async () => {
      const { adapter, calls } = releasing();
      const pending = guardAdapter(adapter).releaseInvoices(RELEASE, signal());
      await tick();
      calls[0]!.settle.resolve({ ...RESULT, results: [{ id: 'i-1', outcome: 'done' }, { id: 'i-1', outcome: 'done' }] });
      const error = await rejection(pending);
      expect(error.code).to.equal('invalid-data');
      expect(error.issues).to.deep.equal([{ path: 'results.1', message: '"i-1" is listed twice' }]);
    });

    it('says a release that timed out may or may not have been made', async () => {
      const { adapter } = fakeAdapter({ releaseInvoices: () => new Promise(() => {}), timeoutMs: 1 });
      const error = await rejection(guardAdapter(adapter).releaseInvoices(RELEASE, signal()));
      expect(error.code).to.equal('timeout');
      expect(outcomeUnknown(error)).to.equal(true);
    });
  });
});
