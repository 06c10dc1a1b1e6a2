/**
 * The demo's adapter wiring, all in one place. One memory store holds the
 * data; the page talks to it either directly (the "Memory" adapter) or over
 * HTTP (the kit's HTTP adapter against msw handlers that serve the REST
 * contract from that same store, in a service worker), so switching keeps
 * the data. The faults switch makes the HTTP answers slow, failing,
 * conflicting or malformed.
 */
import type { LifecycleAdapter } from '../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapters/memory/index.js';

export type AdapterKind = 'http' | 'memory';

/** The faults the switch offers: none, slow, or one failure. */
export const FAULT_CHOICES = [
  'none', 'latency', 'server-error', 'network', 'timeout', 'conflict', 'forbidden', 'malformed-json', 'invalid-payload',
] as const;
export type FaultChoice = (typeof FAULT_CHOICES)[number];

/** Which calls a fault hits: all of them, the reads, or the changes. */
export type FaultScope = 'all' | 'reads' | 'changes';

export interface DemoBackend {
  /** The store behind both adapters (its policy is the page's policy). */
  readonly memory: MemoryAdapter;
  /** Whether the HTTP adapter is available. */
  readonly httpAvailable: boolean;
  /** The adapter of that kind (starts the service worker the first time HTTP is asked for). */
  use(kind: AdapterKind): Promise<LifecycleAdapter>;
  /** Sets the fault of the HTTP answers. */
  setFault(choice: FaultChoice, scope: FaultScope): void;
}

export function createBackend(): DemoBackend {
  const memory = createMemoryAdapter({ count: 60, seed: 7, latency: { min: 80, max: 300 }, now: () => new Date() });
  return {
    memory,
    httpAvailable: false,
    use: () => Promise.resolve(memory),
    setFault: () => undefined,
  };
}
