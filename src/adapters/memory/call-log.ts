/**
 * The memory adapter's calls as they happen: each one logged (what hosts and
 * tests read as `calls`), each waiting the simulated latency — abortable —
 * before its body runs at once, synchronously; and the results of the
 * mutations applied, by idempotency key, for a retry to get again.
 */
import { LifecycleError } from '../../adapter/errors.js';
import type { CallOptions, MutationResult } from '../../adapter/types.js';
import type { MemoryCall, MemoryMethod } from './options.js';
import { abortError, isAbortLike, latencySource, wait, type Latency } from './timing.js';

/** A deep copy of what a caller passed, or the value itself when it cannot be copied (a function, a proxy). */
function copyInput(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    return input;
  }
}

export class CallLog {
  private log: MemoryCall[] = [];
  private readonly results = new Map<string, { method: MemoryMethod; result: MutationResult }>();
  private readonly nextDelay: (latency: Latency) => number;

  constructor(
    /** The simulated latency of every call from now on. */
    public latency: Latency,
    seed: number,
  ) {
    this.nextDelay = latencySource(seed);
  }

  /** Every call so far, copied. */
  get calls(): readonly MemoryCall[] {
    return this.log.map((call) => ({ ...call }));
  }

  /** How many mutations were applied. */
  get operations(): number {
    return this.log.filter((call) => call.status === 'applied').length;
  }

  /** Forgets the calls and the results kept. */
  clear(): void {
    this.log = [];
    this.results.clear();
  }

  /**
   * The result a mutation already got with this `key` (the `call` is then `replayed`: nothing changes), or
   * undefined; a key another method used rejects with `invalid-input`.
   */
  replay(call: MemoryCall, key: string): MutationResult | undefined {
    const known = this.results.get(key);
    if (!known) return undefined;
    if (known.method !== call.method) {
      throw new LifecycleError('invalid-input', `The idempotency key "${key}" was already used by ${known.method}.`, { operation: call.method });
    }
    call.status = 'replayed';
    return known.result;
  }

  /** The mutation `call` was applied: its `result` is kept under `key`. */
  applied(call: MemoryCall, key: string, result: MutationResult): void {
    this.results.set(key, { method: call.method, result });
    call.status = 'applied';
  }

  /** Logs the call, waits the latency (abortable), then runs `body` at once, synchronously. */
  async run<T>(method: MemoryMethod, input: unknown, options: CallOptions | undefined, body: (call: MemoryCall) => T): Promise<T> {
    const call: MemoryCall = { method, input: copyInput(input), status: 'pending' };
    this.log.push(call);
    const signal = options?.signal;
    try {
      await wait(this.nextDelay(this.latency), signal);
      if (signal?.aborted) throw abortError(signal);
      const result = body(call);
      if (call.status === 'pending') call.status = 'read';
      return result;
    } catch (error) {
      call.status = isAbortLike(error) ? 'aborted' : 'rejected';
      throw error;
    }
  }
}
