/**
 * What the fault matrix is built on: two ways to make the adapter fail (the msw
 * handlers' fault switches behind the HTTP adapter, and a host-written adapter
 * object whose methods reject or answer bad data), what each fault must read
 * as, and a guard that nothing escapes as an uncaught error or an unhandled
 * rejection.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ADAPTER_METHODS } from '../../src/adapter/boundary.js';
import { LifecycleError, type ErrorCode } from '../../src/adapter/errors.js';
import type { CallOptions, ChangeListener, CustomerChange, LifecycleAdapter } from '../../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter, type MemoryMethod } from '../../src/adapters/memory/index.js';
import { ROUTES } from '../../src/adapters/http/index.js';
import type { FaultKind } from '../../src/testing/msw/index.js';
import { NOW, fixture as dataset } from '../adapters/memory/fixture.js';
import { serve, use } from '../adapters/http/worker.js';
import { deferred } from '../support/deferred.js';

/** What every error code reads as, in English and in Spanish (the catalogues' `error.*`). */
export const MESSAGE: Readonly<Record<ErrorCode, { en: string; es: string }>> = {
  'not-found': { en: 'This customer could not be found. It may have been deleted.', es: 'No se ha encontrado este cliente. Es posible que se haya eliminado.' },
  forbidden: { en: 'You do not have permission to do this. Ask an administrator for access.', es: 'No tienes permiso para hacer esto. Pide acceso a un administrador.' },
  conflict: { en: 'This customer was changed by someone else. Reload to see the latest version.', es: 'Otra persona ha modificado este cliente. Recarga para ver la versión más reciente.' },
  'rule-violation': { en: 'This action is not allowed for this customer right now.', es: 'Esta acción no está permitida para este cliente en este momento.' },
  'invalid-data': { en: 'The customer data could not be read. Try again, or tell your administrator if it keeps happening.', es: 'No se han podido leer los datos del cliente. Vuelve a intentarlo o avisa a tu administrador si sigue ocurriendo.' },
  'invalid-input': { en: 'Some of the information is not valid. Check it and try again.', es: 'Parte de la información no es válida. Revísala y vuelve a intentarlo.' },
  'no-adapter': { en: 'No adapter: set the adapter property or use a lifecycle-provider.', es: 'No hay adaptador: asigna la propiedad adapter o usa un lifecycle-provider.' },
  network: { en: 'Could not connect. Check your connection and try again.', es: 'No se ha podido conectar. Comprueba tu conexión y vuelve a intentarlo.' },
  timeout: { en: 'This is taking too long. Try again in a moment.', es: 'Esto está tardando demasiado. Vuelve a intentarlo dentro de un momento.' },
  aborted: { en: 'The request was cancelled.', es: 'Se ha cancelado la solicitud.' },
  unknown: { en: 'Something went wrong. Try again.', es: 'Algo ha fallado. Vuelve a intentarlo.' },
};

/** A change that got no answer in time may or may not have been made: it says so, rather than "taking too long". */
export const CHANGE_TIMEOUT = {
  en: 'No answer came in time, so the change may or may not have been made. Try again: it will not be done twice.',
  es: 'No ha llegado respuesta a tiempo, así que el cambio puede haberse hecho o no. Vuelve a intentarlo: no se hará dos veces.',
} as const;

/** A fault and the error code the elements must get for it. */
export interface Fault {
  /** How the fault reads in a test title. */
  name: string;
  code: ErrorCode;
  /** Switches the fault on for `method` of `rig`. */
  arm(rig: Rig, method: MemoryMethod): void;
  /** The fault strikes after the store acted: the change is made once, before any retry. */
  applied?: boolean;
}

/**
 * One way of reaching the store: an adapter for the elements, the switch that
 * turns a fault on and off, and what the store saw.
 */
export interface Rig {
  adapter: LifecycleAdapter;
  /** The memory adapter that takes the decisions (its data, `operations`, `calls`). */
  store: MemoryAdapter;
  /** Clears every fault: the next call goes through. */
  disarm(): void;
  /** The calls of `method` that reached the boundary of the store (msw: requests; host: method calls), with their idempotency key. */
  requests(method: MemoryMethod): { key: string | null; signal: AbortSignal | undefined }[];
}

/** The store: the fixture data set (c-jose, c-acme, c-ana, c-zoe, c-bruno) at the fixture's time, or at the real time. */
export function store(clock: 'fixture' | 'real' = 'real'): MemoryAdapter {
  return createMemoryAdapter({ data: dataset(), ...(clock === 'fixture' ? { now: () => new Date(NOW) } : {}) });
}

// ---------------------------------------------------------------- msw + the HTTP adapter

/** The adapter method a path of the REST contract stands for. */
function methodOf(method: string, path: string): MemoryMethod | undefined {
  const is = (route: string) => new RegExp(`^${route.replace(/:[a-zA-Z]+/g, '[^/]+')}$`).test(path);
  if (method === 'GET') {
    if (is(ROUTES.counts)) return 'countCustomers';
    if (is(ROUTES.customers)) return 'listCustomers';
    if (is(ROUTES.customer)) return 'getCustomer';
    return undefined;
  }
  const posts: [string, MemoryMethod][] = [
    [ROUTES.customerLookups, 'getCustomers'], [ROUTES.previews, 'preview'], [ROUTES.deactivations, 'deactivate'], [ROUTES.reactivations, 'reactivate'],
    [ROUTES.deletions, 'deleteCustomers'], [ROUTES.undos, 'undo'],
    [ROUTES.locationReactivation, 'reactivateLocation'], [ROUTES.servicesReactivation, 'reactivateServices'],
  ];
  return posts.find(([route]) => is(route))?.[1];
}

export interface HttpRig extends Rig {
  faults: Awaited<ReturnType<typeof serve>>['faults'];
}

/**
 * The msw handlers over `base`, served through the service worker, and an
 * HTTP adapter on them. Every request msw sees is recorded (method and
 * `Idempotency-Key`), and the signal each `fetch` got.
 */
export async function httpRig(base: MemoryAdapter, options: { timeoutMs?: number } = {}): Promise<HttpRig> {
  const server = await serve({ adapter: base });
  const pathOf = (url: string) => new URL(url, location.href).pathname.slice(`${server.baseUrl}/`.length);
  const seen: { method: MemoryMethod | undefined; key: string | null }[] = [];
  const sent: { method: MemoryMethod | undefined; signal: AbortSignal | undefined }[] = [];
  // Put in front of the contract's handlers; answering nothing lets the request through to them.
  use(http.all(`${server.baseUrl}/*`, ({ request }) => {
    seen.push({ method: methodOf(request.method, pathOf(request.url)), key: request.headers.get('Idempotency-Key') });
  }));
  const adapter = server.client({
    timeoutMs: options.timeoutMs ?? 15_000,
    fetch: (input, init) => {
      sent.push({ method: methodOf(init?.method ?? 'GET', pathOf(String(input))), signal: init?.signal ?? undefined });
      return fetch(input, init);
    },
  });
  return {
    adapter,
    store: base,
    faults: server.faults,
    disarm: () => server.faults.reset(),
    requests: (method) => {
      const signals = sent.filter((r) => r.method === method).map((r) => r.signal);
      return seen.filter((r) => r.method === method).map(({ key }, i) => ({ key, signal: signals[i] }));
    },
  };
}

/** The timeout the HTTP adapter gets where the fault is that no answer comes (long enough for every other answer). */
export const SHORT_TIMEOUT = 1500;

/** Every fault switch of the msw handlers, struck at request time: nothing reaches the store. */
export const MSW_FAULTS: readonly (Fault & { kind: FaultKind })[] = (
  [
    ['server-error', 'unknown', 'a server error (500)'],
    ['network', 'network', 'a network failure'],
    ['timeout', 'timeout', 'a timeout'],
    ['conflict', 'conflict', 'a conflict (409)'],
    ['forbidden', 'forbidden', 'a refusal (403)'],
    ['malformed-json', 'invalid-data', 'malformed JSON'],
    ['invalid-payload', 'invalid-data', 'a payload the schema refuses'],
  ] as const
).map(([kind, code, name]) => ({
  kind, code, name,
  arm: (rig: Rig, method: MemoryMethod) => (rig as HttpRig).faults.set({ fault: kind, only: [method] }),
}));

/**
 * The faults that strike after the store acted (`at: 'response'`): the change
 * is made, and its answer is lost, refused or never comes. A retry must not act twice.
 */
export const MSW_LOST_ANSWERS: readonly (Fault & { kind: FaultKind })[] = MSW_FAULTS
  .filter((f) => ['server-error', 'network', 'timeout'].includes(f.kind))
  .map((f) => ({
    ...f,
    name: `${f.name} after the change was made`,
    applied: true,
    arm: (rig: Rig, method: MemoryMethod) => (rig as HttpRig).faults.set({ fault: f.kind, only: [method], at: 'response' }),
  }));

// ---------------------------------------------------------------- a host-written adapter

/** What a scripted method does instead of asking the store (`args`: the call's own arguments). */
type Behaviour = (options: CallOptions, args: unknown[]) => Promise<unknown>;

export { deferred };

/** A call the test holds: its signal, and the answer it settles with. */
export interface HeldCall {
  signal: AbortSignal;
  /** Lets the store answer, as a backend that does not stop when the caller gives up would. */
  release(): Promise<void>;
  /** Rejects with `error`. */
  fail(error: unknown): void;
  /** Resolves with `value`, whatever the store would say. */
  answer(value: unknown): void;
}

export interface HostRig extends Rig {
  /** From now on, calls of `method` do `behaviour` (until `disarm`). */
  script(method: MemoryMethod, behaviour: Behaviour): void;
  /** From now on, calls of `method` wait for the test; returns them as they come. */
  hold(method: MemoryMethod): HeldCall[];
  /** Sends a change on the host's own feed, as a backend push would. */
  push(change: CustomerChange | Record<string, unknown>): void;
}

/**
 * A host's own adapter object, as a CRM would write it: every method a plain
 * function that asks its backend (here the memory store) and hands back its
 * answer, and a change feed of its own. The test scripts what a method does.
 */
export function hostRig(base: MemoryAdapter = store()): HostRig {
  const scripts = new Map<MemoryMethod, Behaviour>();
  const calls: { method: MemoryMethod; key: string | null; signal: AbortSignal }[] = [];
  const listeners = new Set<ChangeListener>();
  const ask = (method: MemoryMethod, args: unknown[]) => (base[method] as (...a: unknown[]) => Promise<unknown>).apply(base, args);
  const adapter: Record<string, unknown> = {
    subscribe(listener: ChangeListener) {
      listeners.add(listener);
      const off = base.subscribe(listener);
      return () => {
        listeners.delete(listener);
        off();
      };
    },
  };
  for (const method of ADAPTER_METHODS) {
    adapter[method] = (...args: unknown[]) => {
      const options = args[args.length - 1] as CallOptions;
      const input = args[0] as { idempotencyKey?: string } | undefined;
      calls.push({ method, key: typeof input === 'object' && input?.idempotencyKey ? input.idempotencyKey : null, signal: options.signal });
      const scripted = scripts.get(method);
      return scripted ? scripted(options, args) : ask(method, args);
    };
  }
  return {
    adapter: adapter as unknown as LifecycleAdapter,
    store: base,
    disarm: () => scripts.clear(),
    requests: (method) => calls.filter((c) => c.method === method).map(({ key, signal }) => ({ key, signal })),
    script: (method, behaviour) => scripts.set(method, behaviour),
    hold(method) {
      const held: HeldCall[] = [];
      scripts.set(method, (options, args) => {
        const answer = deferred<unknown>();
        held.push({
          signal: options.signal,
          release: async () => {
            try {
              answer.resolve(await ask(method, [...args.slice(0, -1), { signal: new AbortController().signal }]));
            } catch (error) {
              answer.reject(error);
            }
          },
          fail: (error) => answer.reject(error),
          answer: (value) => answer.resolve(value),
        });
        return answer.promise;
      });
      return held;
    },
    push(change) {
      for (const listener of [...listeners]) listener(change as CustomerChange);
    },
  };
}

/** A schema-breaking customer, as a buggy backend could send it. */
const BAD = { customer: { id: 'c-jose', status: 'sleeping' }, items: 'none', impacts: 7, active: 'many' };

/** The host adapter's faults: what its methods do instead of answering. */
export const HOST_FAULTS: readonly Fault[] = (
  [
    ['rejects with a plain Error', 'unknown', () => Promise.reject(new Error('backend exploded'))],
    ['rejects with the TypeError of a failed fetch', 'network', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['rejects with a TimeoutError', 'timeout', () => Promise.reject(new DOMException('took too long', 'TimeoutError'))],
    ['rejects with conflict', 'conflict', () => Promise.reject(new LifecycleError('conflict', 'stale version'))],
    ['rejects with forbidden', 'forbidden', () => Promise.reject(new LifecycleError('forbidden', 'no'))],
    ['answers text instead of data', 'invalid-data', () => Promise.resolve('<html>502 Bad Gateway</html>')],
    ['answers data the schema refuses', 'invalid-data', () => Promise.resolve(BAD)],
    ['throws instead of returning a promise', 'unknown', () => {
      throw new Error('not even a promise');
    }],
  ] as const
).map(([name, code, behaviour]) => ({
  name, code,
  arm: (rig: Rig, method: MemoryMethod) => (rig as HostRig).script(method, behaviour as Behaviour),
}));

// ---------------------------------------------------------------- nothing escapes

/**
 * Records uncaught errors and unhandled rejections on `window` while `body`
 * runs, then checks there were none. Rejections are reported after the
 * microtask queue drains, so it lets two tasks pass before checking.
 */
export async function nothingEscapes(body: () => Promise<void>): Promise<void> {
  const escaped: string[] = [];
  const onError = (event: ErrorEvent) => escaped.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    await nextTask();
    await nextTask();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  expect(escaped, 'errors that escaped').to.deep.equal([]);
}

/** One turn of the event loop (a message to ourselves: no timer). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** `it`, with the uncaught-error guard around the test. */
export function cell(title: string, body: () => Promise<void>): void {
  it(title, () => nothingEscapes(body));
}

/** The events of `types` that `el` fires, in order. */
export function record<T extends Event = CustomEvent>(el: EventTarget, ...types: string[]): T[] {
  const events: T[] = [];
  for (const type of types) el.addEventListener(type, (event) => events.push(event as T));
  return events;
}

/** The error codes of the `lifecycle-error` events among `events`. */
export const errorCodes = (events: Event[]) =>
  events.filter((e) => e.type === 'lifecycle-error').map((e) => (e as CustomEvent<{ error: LifecycleError }>).detail.error.code);
