/**
 * `AdapterTask`: the one way an element talks to its adapter. Every read and
 * every change of every element runs through one, and gets the same rules:
 *
 * - **Reads** (`kind: 'read'`): a new run aborts the one before and drops its
 *   answer, as does leaving the page; `ensure()` runs only when the adapter
 *   or the arguments changed. A read can follow the adapter's change feed.
 * - **Changes** (`kind: 'change'`): once sent, a change may already have
 *   happened, so nothing aborts it — not a new customer, not leaving the page,
 *   not another provider. One runs at a time (a second run while one is
 *   pending is refused: no double submission, until `detach()` says the
 *   element moved on), and its outcome is always returned and reported.
 * - **Errors**: whatever the adapter or the task throws becomes a
 *   `LifecycleError` (getters that throw, revoked proxies and symbols
 *   included), is kept in `error`, and fires `lifecycle-error` on the host.
 *   The boundary's timeout ends every call that never answers.
 *
 * Modelled on `@lit/task` (status, value, error, an `AbortSignal` per run),
 * which it does not use: a Task aborts its run whenever it runs again and has
 * no way to keep a change going, or to report a run that is no longer current.
 */
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { GuardedAdapter } from './boundary.js';
import { LifecycleError, toLifecycleError } from './errors.js';
import type { CustomerChange, LifecycleAdapter } from './types.js';
import { LifecycleErrorEvent } from '../events/lifecycle-error.js';

/** Where a task gets its adapter: the element's own, else its provider's. */
export interface AdapterSource {
  /** The adapter as given, to tell when it changes. */
  readonly rawAdapter: LifecycleAdapter | undefined;
  /** The adapter guarded by the boundary; an error when it is not an adapter; undefined when there is none. */
  adapter(): Promise<GuardedAdapter | LifecycleError | undefined>;
}

export type TaskStatus = 'idle' | 'pending' | 'done' | 'failed';

/** How one run ended: its value, its error, or `dropped` (a read superseded or aborted; a change refused while one runs). */
export type Settled<R> = { status: 'done'; value: R } | { status: 'failed'; error: LifecycleError } | { status: 'dropped' };

export interface TaskOptions<A extends unknown[], R> {
  kind: 'read' | 'change';
  /** The adapter operation, named in errors that are not the boundary's own. */
  operation: string;
  /** The work: calls on `adapter`, passing `signal`. */
  task: (adapter: GuardedAdapter, signal: AbortSignal, ...args: A) => Promise<R>;
  /** Reads only: every change the adapter's feed reports while the host is in the page. */
  follow?: (change: CustomerChange) => void;
  /** A run ended with a value: for reads, only the current run; for changes, every run. */
  onComplete?: (value: R, ...args: A) => void;
  /** A run failed (same runs as `onComplete`); called before `lifecycle-error` is fired, so the host finds the element showing it. */
  onError?: (error: LifecycleError, ...args: A) => void;
}

const DROPPED = { status: 'dropped' } as const;

const NO_ADAPTER = () => new LifecycleError('no-adapter', 'No adapter: set .adapter or use <lifecycle-provider>.', { operation: 'adapter', retryable: false });

export class AdapterTask<A extends unknown[], R> implements ReactiveController {
  status: TaskStatus = 'idle';
  /** The last value a run gave; kept through later failures. */
  value: R | undefined;
  /** Why the last run failed, until one succeeds. */
  error: LifecycleError | undefined;
  /** The arguments of the last run. */
  args: A | undefined;
  private controller: AbortController | undefined;
  private ranWith: { raw: LifecycleAdapter | undefined; args: A } | undefined;
  private feed: { adapter: GuardedAdapter; unsubscribe: () => void } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: AdapterSource,
    private readonly options: TaskOptions<A, R>,
  ) {
    host.addController(this);
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  hostDisconnected(): void {
    if (this.options.kind === 'change') return; // a change that was sent runs on and is reported
    this.abort();
    this.feed?.unsubscribe();
    this.feed = undefined;
    this.ranWith = undefined; // back in a page, `ensure` reads again
  }

  /**
   * Reads: runs unless the last run was with this adapter and these
   * arguments; returns the run it started, if any.
   */
  ensure(...args: A): Promise<Settled<R>> | undefined {
    const last = this.ranWith;
    if (last && last.raw === this.source.rawAdapter && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return undefined;
    return this.run(...args);
  }

  /** Reads: stops the run in progress and forgets its answer. A change is never stopped. */
  abort(): void {
    if (this.options.kind === 'change') return;
    this.controller?.abort();
    this.controller = undefined;
    if (this.status === 'pending') this.set('idle');
  }

  /**
   * Changes: the element has moved on (another customer). The change running
   * goes on, and its outcome still goes to whoever started it, but it no
   * longer holds the task: its status is idle, and a change for the new
   * customer may start.
   */
  detach(): void {
    if (this.options.kind !== 'change' || !this.pending) return;
    this.controller = undefined;
    this.set('idle');
  }

  /** Forgets the value and the error, and what the last run was for (reads: after aborting the run in progress). */
  reset(): void {
    this.abort();
    this.ranWith = undefined;
    if (this.pending || (this.status === 'idle' && this.value === undefined && this.error === undefined)) return;
    this.value = this.error = undefined;
    this.set('idle');
  }

  /** Runs the task; resolves to how it ended (never rejects). */
  async run(...args: A): Promise<Settled<R>> {
    const change = this.options.kind === 'change';
    // A change runs once at a time; a read only for an element in the page (leaving it dropped the last one).
    if (change ? this.pending : !this.host.isConnected) return DROPPED;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const current = () => this.controller === controller;
    this.ranWith = { raw: this.source.rawAdapter, args };
    this.args = args;
    this.error = undefined;
    this.set('pending');
    let settled: Settled<R>;
    try {
      const adapter = await this.source.adapter();
      if (!change && !current()) return DROPPED;
      if (adapter === undefined) throw NO_ADAPTER();
      if (adapter instanceof LifecycleError) throw adapter;
      if (this.options.follow) this.follow(adapter);
      settled = { status: 'done', value: await this.options.task(adapter, controller.signal, ...args) };
    } catch (caught) {
      // Our own abort (a newer run, the page left): the answer is nobody's now.
      if (!change && controller.signal.aborted) return DROPPED;
      settled = { status: 'failed', error: toLifecycleError(caught, this.options.operation) };
    }
    if (!change && !current()) return DROPPED;
    if (current()) {
      this.controller = undefined;
      if (settled.status === 'done') this.value = settled.value;
      else this.error = settled.error;
      this.set(settled.status);
    }
    if (settled.status === 'done') this.options.onComplete?.(settled.value, ...args);
    else {
      this.options.onError?.(settled.error, ...args);
      this.host.dispatchEvent(new LifecycleErrorEvent(settled.error));
    }
    return settled;
  }

  /** Listens to the feed of `adapter` (once per adapter) until the host leaves the page. */
  private follow(adapter: GuardedAdapter): void {
    const listener = this.options.follow;
    if (!listener || this.feed?.adapter === adapter || !this.host.isConnected) return;
    this.feed?.unsubscribe();
    this.feed = { adapter, unsubscribe: adapter.subscribe(listener) };
  }

  private set(status: TaskStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
