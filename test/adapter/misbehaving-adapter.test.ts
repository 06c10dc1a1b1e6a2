// A host adapter that misbehaves, met at the boundary: answers for a customer
// nobody asked about, lists one twice, never answers, or rejects with things
// that are not errors. Each must end in a typed error, never in data shown or
// sent for the wrong customer, a hang, or an exception of the kit's own.
import { expect } from '@open-wc/testing';
import { DEFAULT_TIMEOUT_MS, guardAdapter } from '../../src/adapter/boundary.js';
import { LifecycleError, toLifecycleError } from '../../src/adapter/errors.js';
import { newKey, IntentKey } from '../../src/adapter/idempotency.js';
import type { ChangeListener, CustomerDetail, LifecycleAdapter } from '../../src/adapter/types.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { ACTOR, fixture as dataset, rejection as rejectionOf } from '../adapters/memory/fixture.js';

const none = () => new AbortController().signal;

/** The memory adapter on the fixture data, with some methods replaced. */
function adapterWith(methods: Partial<Record<keyof LifecycleAdapter, unknown>>): LifecycleAdapter {
  return Object.assign(Object.create(createMemoryAdapter({ data: dataset() })) as LifecycleAdapter, methods);
}

/** The LifecycleError `promise` rejects with. */
async function rejection(promise: Promise<unknown>): Promise<LifecycleError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(LifecycleError);
  return error as LifecycleError;
}

const memory = () => createMemoryAdapter({ data: dataset() });

describe('a misbehaving adapter: identity', () => {
  it("getCustomer(c-jose) answered with another customer's record is invalid-data", async () => {
    const base = memory();
    const guarded = guardAdapter(adapterWith({ getCustomer: (_id: string, o: { signal: AbortSignal }) => base.getCustomer('c-ana', o) }));
    const error = await rejection(guarded.getCustomer('c-jose', none()));
    expect(error.code).to.equal('invalid-data');
    expect(error.issues[0]).to.deep.equal({ path: 'customer.id', message: 'expected "c-jose", got "c-ana"' });
  });

  it("a detail that slips in another customer's service, or lists a service twice, is invalid-data", async () => {
    const base = memory();
    const jose = await base.getCustomer('c-jose', { signal: none() });
    const zoe = await base.getCustomer('c-zoe', { signal: none() });
    for (const wrong of [
      { ...jose, services: [...jose.services, ...zoe.services] },
      { ...jose, services: [...jose.services, jose.services[0]!] },
    ] satisfies CustomerDetail[]) {
      const guarded = guardAdapter(adapterWith({ getCustomer: async () => wrong }));
      expect((await rejection(guarded.getCustomer('c-jose', none()))).code).to.equal('invalid-data');
    }
  });

  it('a preview for c-jose answered with the impact of c-ana is invalid-data', async () => {
    const base = memory();
    const guarded = guardAdapter(adapterWith({ preview: (action: 'deactivate', _ids: string[], o: { signal: AbortSignal }) => base.preview(action, ['c-ana'], o) }));
    const error = await rejection(guarded.preview('deactivate', ['c-jose'], none()));
    expect(error.code).to.equal('invalid-data');
    expect(error.issues.map((i) => i.message)).to.deep.equal(['"c-ana" was not asked about']);
  });

  it('a bulk preview that adds a customer nobody chose is invalid-data', async () => {
    const base = memory();
    const guarded = guardAdapter(adapterWith({
      preview: (action: 'deactivate', ids: string[], o: { signal: AbortSignal }) => base.preview(action, [...ids, 'c-acme'], o),
    }));
    expect((await rejection(guarded.preview('deactivate', ['c-jose', 'c-ana'], none()))).code).to.equal('invalid-data');
  });

  it('a preview that lists one customer twice is invalid-data, not two targets', async () => {
    const base = memory();
    const guarded = guardAdapter(adapterWith({
      preview: async (action: 'deactivate', ids: string[], o: { signal: AbortSignal }) => {
        const preview = await base.preview(action, ids, o);
        return { ...preview, impacts: [...preview.impacts, ...preview.impacts] };
      },
    }));
    expect((await rejection(guarded.preview('deactivate', ['c-jose'], none()))).code).to.equal('invalid-data');
  });

  it('asks the adapter about each customer once when the ids repeat', async () => {
    const asked: string[][] = [];
    const base = memory();
    const guarded = guardAdapter(adapterWith({
      preview: (action: 'deactivate', ids: string[], o: { signal: AbortSignal }) => {
        asked.push(ids);
        return base.preview(action, ids, o);
      },
    }));
    const preview = await guarded.preview('deactivate', ['c-jose', 'c-jose', 'c-jose'], none());
    expect(asked).to.deep.equal([['c-jose']]);
    expect(preview.impacts).to.have.length(1);
  });

  it('a mutation outcome for a customer that was not a target is invalid-data', async () => {
    const guarded = guardAdapter(adapterWith({
      deactivate: async () => ({ operationId: 'op-x', undoUntil: null, results: [{ id: 'c-jose', outcome: 'done' }, { id: 'c-acme', outcome: 'done' }] }),
    }));
    const input = { targets: [{ customerId: 'c-jose', version: 1 }], idempotencyKey: 'key-00000001', actor: ACTOR, cancelSubscriptions: false, holdInvoices: false, reason: null };
    expect((await rejection(guarded.deactivate(input, none()))).code).to.equal('invalid-data');
  });

  it('a change-feed event whose customer is not the one it names goes to onError, not to the listener', async () => {
    let emit: ChangeListener = () => undefined;
    const base = memory();
    const ana = (await base.getCustomer('c-ana', { signal: none() })).customer;
    const guarded = guardAdapter(adapterWith({ subscribe: (listener: ChangeListener) => ((emit = listener), () => undefined) }));
    const heard: string[] = [];
    const errors: LifecycleError[] = [];
    guarded.subscribe((change) => heard.push(change.customerId), (error) => errors.push(error));
    emit({ type: 'updated', customerId: 'c-jose', customer: ana, operationId: null });
    expect(heard).to.deep.equal([]);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
  });
});

describe('a misbehaving adapter: no answer', () => {
  it(`gives up after the adapter's timeoutMs (default ${DEFAULT_TIMEOUT_MS / 1000} s) with timeout, and aborts the call's signal`, async () => {
    let seen: AbortSignal | undefined;
    const guarded = guardAdapter(adapterWith({
      timeoutMs: 20,
      getCustomer: (_id: string, o: { signal: AbortSignal }) => {
        seen = o.signal;
        return new Promise(() => undefined); // never settles, ignores its signal
      },
    }));
    const error = await rejection(guarded.getCustomer('c-jose', none()));
    expect(error.code).to.equal('timeout');
    expect(error.retryable).to.equal(true);
    expect(seen?.aborted, 'the host hears it may stop').to.equal(true);
  });

  it('a change that got no answer in time is a timeout whose outcome is unknown', async () => {
    const guarded = guardAdapter(adapterWith({ timeoutMs: 20, deleteCustomers: () => new Promise(() => undefined) }));
    const error = await rejection(guarded.deleteCustomers({ targets: [{ customerId: 'c-zoe', version: 1 }], idempotencyKey: 'key-00000001', actor: ACTOR }, none()));
    expect([error.code, error.operation]).to.deep.equal(['timeout', 'deleteCustomers']);
  });

  it('a caller that gives up first gets aborted, not timeout', async () => {
    const controller = new AbortController();
    const guarded = guardAdapter(adapterWith({ getCustomer: () => new Promise(() => undefined) }));
    const pending = rejection(guarded.getCustomer('c-jose', controller.signal));
    controller.abort();
    expect((await pending).code).to.equal('aborted');
  });
});

describe('a misbehaving adapter: what it rejects with', () => {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const throwing = Object.defineProperties(new Error('x'), {
    name: { get: () => { throw new Error('name getter'); } },
    message: { get: () => { throw new Error('message getter'); } },
  });
  const cases: Array<[string, unknown]> = [
    ['an error whose name and message getters throw', throwing],
    ['a revoked proxy', revoked],
    ['a Symbol', Symbol('nope')],
    ['null', null],
  ];
  for (const [name, thrown] of cases) {
    it(`${name} is unknown, and retryable`, async () => {
      const guarded = guardAdapter(adapterWith({ getCustomer: () => Promise.reject(thrown) }));
      const error = await rejection(guarded.getCustomer('c-jose', none()));
      expect(error.code).to.equal('unknown');
      expect(error.retryable).to.equal(true);
      expect(toLifecycleError(thrown).code, 'classified on its own too').to.equal('unknown');
    });
  }
});

describe('idempotency keys', () => {
  it('are random v4 UUIDs, also where crypto.randomUUID does not exist (a plain-HTTP page)', () => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID');
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = Array.from({ length: 50 }, () => newKey());
      for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(keys).size).to.equal(50);
    } finally {
      if (original) Object.defineProperty(Crypto.prototype, 'randomUUID', original);
    }
  });

  it('belong to one intent: the same payload keeps its key, any other payload gets a new one', () => {
    const keys = new IntentKey();
    const first = keys.for({ action: 'deactivate', ids: ['c-1'], cancelSubscriptions: false });
    expect(keys.for({ action: 'deactivate', ids: ['c-1'], cancelSubscriptions: false })).to.equal(first);
    const other = keys.for({ action: 'deactivate', ids: ['c-1'], cancelSubscriptions: true });
    expect(other).not.to.equal(first);
    expect(keys.for({ action: 'deactivate', ids: ['c-1'], cancelSubscriptions: false }), 'coming back to the first intent is its retry').to.equal(first);
    const done = keys.for({ undo: 'op-1' });
    keys.clear();
    expect(keys.for({ undo: 'op-1' }), 'after it settled, the same payload is a new intent').not.to.equal(done);
  });
});
