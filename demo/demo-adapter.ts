/**
 * The demo's adapter wiring, all in one place. One memory store holds the
 * data; the page talks to it either over HTTP (the kit's HTTP adapter
 * against the kit's msw handlers, which serve the REST contract from that
 * store in a service worker: the default) or directly (the "Memory"
 * adapter). Switching keeps the data. The faults switch makes the HTTP
 * answers slow, failing, conflicting or malformed.
 */
import type { LifecycleAdapter } from '../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter, type MemoryMethod } from '../src/adapters/memory/index.js';
import type { Faults, FaultKind } from '../src/testing/msw/index.js';

export type AdapterKind = 'http' | 'memory';

/** The faults the switch offers: none, slow, or one failure of the handlers. */
export const FAULT_CHOICES = [
  'none', 'latency', 'server-error', 'network', 'timeout', 'conflict', 'forbidden', 'malformed-json', 'invalid-payload',
] as const satisfies readonly ('none' | 'latency' | FaultKind)[];
export type FaultChoice = (typeof FAULT_CHOICES)[number];

/** Which calls a fault hits: all of them, the reads, or the changes. */
export type FaultScope = 'all' | 'reads' | 'changes';

const READS: MemoryMethod[] = ['getCustomer', 'getCustomers', 'preview', 'listCustomers', 'countCustomers'];
const CHANGES: MemoryMethod[] = [
  'deactivate', 'reactivate', 'undo', 'deleteCustomers', 'reactivateLocation', 'reactivateServices', 'releaseInvoices',
];

/** How long the "Slow" fault holds every answer, and how long the HTTP adapter waits before it gives up. */
const SLOW_MS = 2000;
const TIMEOUT_MS = 8000;

export interface DemoBackend {
  /** The store behind both adapters (its policy is the page's policy). */
  readonly memory: MemoryAdapter;
  /** Whether this page can run the service worker the HTTP adapter talks to (a secure context). */
  readonly httpAvailable: boolean;
  /** The adapter of that kind (starts the service worker the first time HTTP is asked for). */
  use(kind: AdapterKind): Promise<LifecycleAdapter>;
  /** Sets the fault of the HTTP answers. */
  setFault(choice: FaultChoice, scope: FaultScope): void;
}

export function createBackend(): DemoBackend {
  const memory = createMemoryAdapter({ count: 60, seed: 7, latency: { min: 80, max: 300 }, now: () => new Date() });
  // The API lives under the page's own directory, so the static build works from any path of any server.
  const baseUrl = new URL('./api/', location.href).href;
  let http: Promise<{ adapter: LifecycleAdapter; faults: Faults }> | undefined;
  let fault: { choice: FaultChoice; scope: FaultScope } = { choice: 'none', scope: 'all' };

  const apply = (faults: Faults) => {
    const { choice, scope } = fault;
    faults.set({
      latencyMs: choice === 'latency' ? SLOW_MS : 0,
      fault: choice === 'none' || choice === 'latency' ? null : choice,
      only: scope === 'reads' ? READS : scope === 'changes' ? CHANGES : null,
    });
  };

  const startHttp = async () => {
    const [{ setupWorker }, { createLifecycleHandlers }, { createHttpAdapter }] = await Promise.all([
      import('msw/browser'), import('../src/testing/msw/index.js'), import('../src/adapters/http/index.js'),
    ]);
    const { handlers, faults } = createLifecycleHandlers({ baseUrl, adapter: memory });
    const worker = setupWorker(...handlers);
    await worker.start({
      serviceWorker: { url: './mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    apply(faults);
    return { adapter: createHttpAdapter({ baseUrl, timeoutMs: TIMEOUT_MS }), faults };
  };

  return {
    memory,
    httpAvailable: window.isSecureContext && 'serviceWorker' in navigator,
    async use(kind) {
      if (kind === 'memory') return memory;
      http ??= startHttp();
      try {
        return (await http).adapter;
      } catch (error) {
        http = undefined;
        throw error;
      }
    },
    setFault(choice, scope) {
      fault = { choice, scope };
      void http?.then(({ faults }) => apply(faults), () => undefined);
    },
  };
}
