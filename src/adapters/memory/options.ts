/** The memory adapter's public types, and the parsing of its options. */
import type * as z from 'zod/mini';
import { parseWith } from '../../adapter/parse.js';
import { LifecycleError } from '../../adapter/errors.js';
import { PolicyOverridesSchema } from '../../adapter/schemas.js';
import type {
  CallOptions, ChangeListener, Customer, Dataset, LifecycleAdapter, MutationResult, Policy, PolicyOverrides,
  ReleaseInvoicesInput,
} from '../../adapter/types.js';
import { isPresetName, PRESET_NAMES, resolvePolicy, type PresetName } from '../../rules/policy.js';
import type { Latency } from './timing.js';

/** A policy as a host may give it: a full policy, overrides of the default, or a preset name. */
export type PolicyInput = Policy | PolicyOverrides | PresetName;

export interface MemoryAdapterOptions {
  /** The data to start from (parsed with `DatasetSchema`; invalid → `LifecycleError('invalid-data')`). */
  data?: Dataset;
  /** Without `data`: how many customers to generate (default 50). */
  count?: number;
  /** The seed of the generated data and of the latency jitter (default 1). */
  seed?: number;
  /** The lifecycle policy (default: the kit's default policy). */
  policy?: PolicyInput;
  /** Simulated latency of every call, in ms: fixed or `{ min, max }` (default 0). */
  latency?: Latency;
  /** The clock (default `() => new Date()`): inject it to move time in tests. */
  now?: () => Date;
}

export type MemoryMethod =
  | 'getCustomer' | 'getCustomers' | 'preview' | 'listCustomers' | 'countCustomers'
  | 'deactivate' | 'reactivate' | 'undo' | 'deleteCustomers' | 'reactivateLocation' | 'reactivateServices'
  | 'releaseInvoices';

/**
 * How a call ended: `pending` (still waiting), `read` (a read that
 * answered), `applied` (a mutation that ran), `replayed` (a mutation whose
 * idempotency key was known: the first result again, nothing changed),
 * `rejected`, `aborted`.
 */
export type MemoryCallStatus = 'pending' | 'read' | 'applied' | 'replayed' | 'rejected' | 'aborted';

/** One call of the adapter, as `calls` records it. */
export interface MemoryCall {
  method: MemoryMethod;
  /** A copy of the input (the id, the ids, `{ action, customerIds }`, the query or the mutation input). */
  input: unknown;
  status: MemoryCallStatus;
}

/** The memory adapter: the whole contract, its change feed, and controls for demos and tests. */
export interface MemoryAdapter extends LifecycleAdapter {
  getCustomers(customerIds: string[], options: CallOptions): Promise<Customer[]>;
  releaseInvoices(input: ReleaseInvoicesInput, options: CallOptions): Promise<MutationResult>;
  subscribe(listener: ChangeListener): () => void;
  /** The policy in force (a copy). */
  readonly policy: Policy;
  /** Replaces the policy (overrides are merged over the default); invalid → `invalid-data`. */
  setPolicy(policy: PolicyInput): void;
  /** Changes the simulated latency of the calls that start from now on. */
  setLatency(latency: Latency): void;
  /** A deep copy of every table. */
  snapshot(): Dataset;
  /** Back to `data`, or to the initial data; forgets idempotency keys, undo records and calls. No change events. */
  reset(data?: Dataset): void;
  /** Every call so far, oldest first (copies). */
  readonly calls: readonly MemoryCall[];
  /** How many mutations were applied (replays not counted). */
  readonly operations: number;
}

/** Parses an option; a failure is an `invalid-data` error that names the option. */
export function parseOption<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  try {
    return parseWith(schema, value, 'invalid-data', 'createMemoryAdapter');
  } catch (error) {
    const issues = error instanceof LifecycleError ? error.issues : [];
    const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
    throw new LifecycleError('invalid-data', `The memory adapter was given an invalid ${what}:\n${lines}`, {
      issues, operation: 'createMemoryAdapter', retryable: false, cause: error,
    });
  }
}

/** A full policy from what a host gave; invalid → `invalid-data`. */
export function toPolicy(input: PolicyInput | undefined): Policy {
  if (typeof input === 'string') {
    if (isPresetName(input)) return resolvePolicy(input);
    throw new LifecycleError('invalid-data', `Unknown policy preset "${input}"; expected one of ${PRESET_NAMES.join(', ')}.`, {
      issues: [{ path: 'policy', message: `expected one of ${PRESET_NAMES.map((n) => `"${n}"`).join(', ')}` }],
      operation: 'createMemoryAdapter', retryable: false,
    });
  }
  return resolvePolicy(input === undefined ? undefined : parseOption(PolicyOverridesSchema, input, 'policy'));
}
