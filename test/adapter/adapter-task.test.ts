// The one way the elements talk to the adapter: `AdapterTask`. A read is
// dropped when overtaken or when its element leaves the page; a change is never
// aborted, runs once at a time, and always reports how it ended; anything
// thrown becomes a LifecycleError and a `lifecycle-error` event.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { guardAdapter } from '../../src/adapter/boundary.js';
import { LifecycleError } from '../../src/adapter/errors.js';
import { AdapterTask, type AdapterSource, type Settled } from '../../src/adapter/task.js';
import type { CustomerDetail, LifecycleAdapter } from '../../src/adapter/types.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { deferred, type Deferred } from '../support/deferred.js';
import { until } from '../support/until.js';
import { fixture as dataset } from '../adapters/memory/fixture.js';

class TaskHost extends ReactiveElement {}
customElements.define('adapter-task-host', TaskHost);

/** A host element in the page, and a source handing out `adapter` guarded by the boundary. */
function mount(adapter: unknown): { host: TaskHost; source: AdapterSource; errors: LifecycleError[] } {
  const page = fixtureSync<HTMLDivElement>(html`<div><adapter-task-host></adapter-task-host></div>`);
  const host = page.querySelector<TaskHost>('adapter-task-host')!;
  const errors: LifecycleError[] = [];
  host.addEventListener('lifecycle-error', (e) => errors.push((e as CustomEvent<{ error: LifecycleError }>).detail.error));
  const source: AdapterSource = {
    // Whatever a host's script sets: the boundary checks it.
    rawAdapter: adapter as LifecycleAdapter | undefined,
    // As LifecycleController does: none is undefined, anything else goes through the boundary.
    adapter: async () => {
      if (adapter === undefined) return undefined;
      try {
        return guardAdapter(adapter);
      } catch (error) {
        return error as LifecycleError;
      }
    },
  };
  return { host, source, errors };
}

/** The memory adapter with `getCustomer` waiting for the test; returns the calls as they come. */
function heldReads() {
  const base = createMemoryAdapter({ data: dataset() });
  const calls: { id: string; signal: AbortSignal; answer: Deferred<CustomerDetail> }[] = [];
  const adapter = Object.assign(Object.create(base) as LifecycleAdapter, {
    getCustomer(id: string, { signal }: { signal: AbortSignal }) {
      const answer = deferred<CustomerDetail>();
      calls.push({ id, signal, answer });
      return answer.promise;
    },
  });
  const detail = (id: string) => base.getCustomer(id, { signal: new AbortController().signal });
  return { adapter, calls, detail };
}

const readTask = (host: TaskHost, source: AdapterSource) => new AdapterTask<[string], CustomerDetail>(host, source, {
  kind: 'read', operation: 'getCustomer', task: (adapter, signal, id) => adapter.getCustomer(id, signal),
});

describe('AdapterTask: reads', () => {
  it('a read overtaken by another is aborted, and its late answer is dropped', async () => {
    const { adapter, calls, detail } = heldReads();
    const { host, source, errors } = mount(adapter);
    const task = readTask(host, source);
    const first = task.run('c-jose');
    await until(() => calls.length === 1);
    const second = task.run('c-zoe');
    await until(() => calls.length === 2);
    expect(calls[0]!.signal.aborted, 'the first read is aborted').to.equal(true);
    // The first answer comes late, as from an adapter that ignores its signal.
    calls[0]!.answer.resolve(await detail('c-jose'));
    expect((await first).status).to.equal('dropped');
    calls[1]!.answer.resolve(await detail('c-zoe'));
    expect((await second).status).to.equal('done');
    expect(task.value?.customer.id).to.equal('c-zoe');
    expect(errors).to.deep.equal([]);
  });

  it('a read is aborted when its element leaves the page, and is not run while it is out', async () => {
    const { adapter, calls } = heldReads();
    const { host, source, errors } = mount(adapter);
    const task = readTask(host, source);
    const run = task.run('c-jose');
    await until(() => calls.length === 1);
    host.remove();
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect((await run).status).to.equal('dropped');
    expect((await task.run('c-jose')).status, 'a read for an element out of the page').to.equal('dropped');
    expect(calls).to.have.length(1);
    expect(task.status).to.equal('idle');
    expect(errors).to.deep.equal([]);
  });

  it('ensure reads once per adapter and arguments, and again when either changes', async () => {
    const base = createMemoryAdapter({ data: dataset() });
    const { host, source } = mount(base);
    const task = readTask(host, source);
    const first = task.ensure('c-jose');
    expect(first).to.exist;
    expect(task.ensure('c-jose'), 'the same read again').to.equal(undefined);
    await first;
    expect(task.ensure('c-jose')).to.equal(undefined);
    const other = task.ensure('c-zoe');
    expect(other).to.exist;
    expect(((await other!) as Settled<CustomerDetail> & { status: 'done' }).value.customer.id).to.equal('c-zoe');
  });
});

describe('AdapterTask: changes', () => {
  const changeTask = (host: TaskHost, source: AdapterSource, on: { complete?: () => void; error?: (e: LifecycleError) => void } = {}) =>
    new AdapterTask<[string], string>(host, source, {
      kind: 'change', operation: 'deactivate',
      task: async (_adapter, signal, id) => {
        await gate.promise;
        if (signal.aborted) throw new Error('aborted');
        return id;
      },
      onComplete: on.complete, onError: on.error,
    });
  let gate = deferred<void>();
  beforeEach(() => (gate = deferred<void>()));

  it('a second run while one is pending (a double click) is refused: one change, not two', async () => {
    const { host, source } = mount(createMemoryAdapter({ data: dataset() }));
    const task = changeTask(host, source);
    const first = task.run('c-jose');
    const second = await task.run('c-jose');
    expect(second.status).to.equal('dropped');
    gate.resolve();
    expect(await first).to.deep.equal({ status: 'done', value: 'c-jose' });
  });

  it('is not aborted when its element leaves the page, and still reports its outcome', async () => {
    const { host, source, errors } = mount(createMemoryAdapter({ data: dataset() }));
    let completed = false;
    const task = changeTask(host, source, { complete: () => (completed = true) });
    const run = task.run('c-jose');
    await Promise.resolve();
    host.remove();
    task.abort();
    gate.resolve();
    expect(await run).to.deep.equal({ status: 'done', value: 'c-jose' });
    expect(completed).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('detach lets a change for another customer start while the first goes on and is reported', async () => {
    const { host, source } = mount(createMemoryAdapter({ data: dataset() }));
    const task = changeTask(host, source);
    const first = task.run('c-jose');
    task.detach();
    expect(task.status).to.equal('idle');
    const second = task.run('c-zoe');
    gate.resolve();
    expect(await first).to.deep.equal({ status: 'done', value: 'c-jose' });
    expect(await second).to.deep.equal({ status: 'done', value: 'c-zoe' });
  });

  it('a failure is kept, passed to onError, then fired as lifecycle-error', async () => {
    const { host, source, errors } = mount(createMemoryAdapter({ data: dataset() }));
    const seen: string[] = [];
    host.addEventListener('lifecycle-error', () => seen.push('event'));
    const task = new AdapterTask<[], never>(host, source, {
      kind: 'change', operation: 'deactivate',
      task: () => Promise.reject(new LifecycleError('conflict', 'stale')),
      onError: (error) => seen.push(`onError ${error.code}`),
    });
    const settled = await task.run();
    expect(settled.status).to.equal('failed');
    expect(task.status).to.equal('failed');
    expect(task.error?.code).to.equal('conflict');
    expect(seen).to.deep.equal(['onError conflict', 'event']);
    expect(errors.map((e) => e.code)).to.deep.equal(['conflict']);
  });
});

describe('AdapterTask: anything thrown is survivable', () => {
  const hostile: Array<[string, () => unknown]> = [
    ['an error whose name and message getters throw', () => {
      const error = new Error('x');
      Object.defineProperty(error, 'name', { get() { throw new Error('name'); } });
      Object.defineProperty(error, 'message', { get() { throw new Error('message'); } });
      return error;
    }],
    ['a revoked proxy', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }],
    ['a symbol', () => Symbol('nope')],
    ['undefined', () => undefined],
  ];
  for (const [name, make] of hostile) {
    it(`a rejection with ${name} fails as unknown, with an event`, async () => {
      const { host, source, errors } = mount(createMemoryAdapter({ data: dataset() }));
      const task = new AdapterTask<[], never>(host, source, {
        kind: 'read', operation: 'getCustomer', task: () => Promise.reject(make()),
      });
      const settled = await task.run();
      expect(settled.status).to.equal('failed');
      expect(task.error?.code).to.equal('unknown');
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown']);
    });
  }

  it('no adapter: no-adapter; an object that is not one: invalid-data; neither retryable', async () => {
    for (const [adapter, code] of [[undefined, 'no-adapter'], [{ getCustomer: 1 }, 'invalid-data']] as const) {
      const { host, source } = mount(adapter);
      const task = readTask(host, source);
      const settled = await task.run('c-jose');
      expect(settled.status).to.equal('failed');
      expect(task.error?.code).to.equal(code);
      expect(task.error?.retryable).to.equal(false);
    }
  });
});
