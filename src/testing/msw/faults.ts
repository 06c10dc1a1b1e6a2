/**
 * Switchable faults of the msw handlers: a small mutable object a demo's
 * switches or a host's test flip to make the REST contract slow, failing,
 * conflicting or malformed — for every method or only some.
 */
import * as z from 'zod/mini';
import { ADAPTER_METHODS } from '../../adapter/boundary.js';
import { parseWith } from '../../adapter/parse.js';
import type { MemoryMethod } from '../../adapters/memory/index.js';

/** The faults the handlers can simulate. */
export const FAULT_KINDS = [
  'server-error', 'network', 'timeout', 'conflict', 'forbidden', 'malformed-json', 'invalid-payload',
] as const;

/** `server-error` 500 · `network` a failed fetch · `timeout` no answer at all · `conflict` 409 · `forbidden` 403 · `malformed-json` a body that is not JSON · `invalid-payload` JSON the schemas refuse. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** The methods `only` can name: every adapter's, and the optional batch read and invoice release the handlers serve too. */
const FAULT_METHODS = [...ADAPTER_METHODS, 'getCustomers', 'releaseInvoices'] as const;

const FaultSettingsSchema = /* @__PURE__ */ z.object({
  latencyMs: z.optional(z.number().check(z.nonnegative(), z.maximum(600000))),
  fault: z.optional(z.nullable(z.enum(FAULT_KINDS))),
  only: z.optional(z.nullable(z.array(z.enum(FAULT_METHODS)))),
  at: z.optional(z.enum(['request', 'response'])),
  times: z.optional(z.nullable(z.number().check(z.int(), z.positive()))),
});

/** What `faults.set` takes; every member is optional and merged over the current settings. */
export interface FaultSettings {
  /** Added before every answer, in ms (default 0). */
  latencyMs?: number;
  /** The fault to simulate; `null` for none (default). */
  fault?: FaultKind | null;
  /** The adapter methods the settings apply to (`['deactivate']`); `null` for all (default). */
  only?: readonly MemoryMethod[] | null;
  /**
   * When the fault strikes: `'request'` (default) before the memory adapter
   * sees the call, so nothing happens; `'response'` after it acted, so the
   * change is made but its answer is lost or replaced.
   */
  at?: 'request' | 'response';
  /** How many requests the fault hits before it switches itself off; `null` for until changed (default). */
  times?: number | null;
}

/** The settings in force. */
export interface FaultState {
  latencyMs: number;
  fault: FaultKind | null;
  only: readonly MemoryMethod[] | null;
  at: 'request' | 'response';
  times: number | null;
}

/** The switches. */
export interface Faults {
  /** A copy of the settings in force. */
  readonly current: FaultState;
  /** How many requests the fault has hit since it was last set. */
  readonly hits: number;
  /** Merges `settings` over the current ones (invalid → `LifecycleError('invalid-input')`). */
  set(settings: FaultSettings): void;
  /** No latency, no fault, every method. */
  reset(): void;
}

/** What one request meets: the latency to wait, and the fault if it is hit. */
export interface FaultDraw {
  latencyMs: number;
  fault: FaultKind | null;
  at: 'request' | 'response';
}

const NONE: FaultState = { latencyMs: 0, fault: null, only: null, at: 'request', times: null };

/** The switches, and the draw the handlers make for each request. */
export function createFaults(initial: FaultSettings = {}): { faults: Faults; draw: (method: MemoryMethod) => FaultDraw } {
  let state: FaultState = { ...NONE };
  let hits = 0;
  const faults: Faults = {
    get current() {
      return { ...state, only: state.only && [...state.only] };
    },
    get hits() {
      return hits;
    },
    set(settings) {
      const parsed = parseWith(FaultSettingsSchema, settings, 'invalid-input', 'faults.set');
      const next: FaultState = { ...state };
      if (parsed.latencyMs !== undefined) next.latencyMs = parsed.latencyMs;
      if (parsed.fault !== undefined) next.fault = parsed.fault;
      if (parsed.only !== undefined) next.only = parsed.only;
      if (parsed.at !== undefined) next.at = parsed.at;
      if (parsed.times !== undefined) next.times = parsed.times;
      if (parsed.fault !== undefined || parsed.times !== undefined) hits = 0;
      state = next;
    },
    reset() {
      state = { ...NONE };
      hits = 0;
    },
  };
  faults.set(initial);
  const draw = (method: MemoryMethod): FaultDraw => {
    if (state.only !== null && !state.only.includes(method)) return { latencyMs: 0, fault: null, at: 'request' };
    const { fault, latencyMs, at } = state;
    if (fault !== null) {
      hits += 1;
      if (state.times !== null && hits >= state.times) state = { ...state, fault: null, times: null };
    }
    return { latencyMs, fault, at };
  };
  return { faults, draw };
}
