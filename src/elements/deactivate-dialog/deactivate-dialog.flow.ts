/**
 * `ConfirmFlow`: the async paths of `<deactivate-dialog>` — load the impact
 * preview, run the confirmed action, undo it — each with its own
 * `AbortController`, a generation number so a late answer for an earlier
 * customer is dropped, and one idempotency key per confirmation, kept for
 * retries. No DOM: the element renders its state and reacts to its callbacks.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LifecycleError, isErrorCode, toLifecycleError } from '../../adapter/errors.js';
import type { GuardedAdapter } from '../../adapter/boundary.js';
import { IntentKey } from '../../adapter/idempotency.js';
import type { Impact, LifecycleAction, MutationResult, Preview, Target } from '../../adapter/types.js';
import type { LifecycleController } from '../../context/lifecycle-consumer.js';

/** What the user chose in the dialog; kept across errors and retries. */
export interface Choices {
  cancelSubscriptions: boolean;
  holdInvoices: boolean;
  releaseInvoices: boolean;
  restoreCascade: boolean;
  reason: string;
  /** G6: the count typed to confirm a destructive bulk action. */
  typed: string;
}

export const NO_CHOICES: Readonly<Choices> = Object.freeze({
  cancelSubscriptions: false, holdInvoices: false, releaseInvoices: false, restoreCascade: false, reason: '', typed: '',
});

/** `auto` picks deactivate or reactivate from the customer's status. */
export type DialogMode = 'auto' | LifecycleAction;

/**
 * idle → loading → ready → running → done; `failed` holds an error from any
 * step (`step` says which), `undoing` runs an undo after `done`.
 */
export type Phase = 'idle' | 'loading' | 'ready' | 'running' | 'done' | 'undoing' | 'undone' | 'failed';
export type Step = 'load' | 'run' | 'undo';

export interface FlowCallbacks {
  /** A step failed (never for an abort). */
  error(error: LifecycleError): void;
  /** The action ran; `done` are the customers it changed. */
  done(action: LifecycleAction, result: MutationResult, done: string[], choices: Choices): void;
  /** The deactivation was undone. */
  undone(result: MutationResult, done: string[]): void;
}

type Host = ReactiveControllerHost & HTMLElement;

const doneIds = (result: MutationResult) => result.results.filter((r) => r.outcome === 'done').map((r) => r.id);

export class ConfirmFlow implements ReactiveController {
  phase: Phase = 'idle';
  step: Step = 'load';
  action: LifecycleAction = 'deactivate';
  preview: Preview | undefined;
  result: MutationResult | undefined;
  error: LifecycleError | undefined;
  /** The customers the last run was for. */
  ran: string[] = [];
  /** One idempotency key per intent: the action's payload, and the undo's operation. */
  private readonly key = new IntentKey();
  private readonly undoKey = new IntentKey();
  /** The customers a "retry the failed" is for: a retry of that retry sends them alone again. */
  private scope: string[] | undefined;
  private generation = 0;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: Host,
    private readonly lifecycle: LifecycleController,
    private readonly on: FlowCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  get busy(): boolean {
    return this.phase === 'running' || this.phase === 'undoing';
  }

  /** The impacts the action can go ahead for. */
  get allowed(): Impact[] {
    return this.preview?.impacts.filter((i) => i.check.allowed) ?? [];
  }

  /**
   * Stops a preview that loads and forgets its answer; back to idle. A change
   * that was sent is never stopped: it may already have happened, so it runs
   * on until it answers, and its outcome is reported (event and message) even
   * if the dialog was closed, moved or given other customers meanwhile.
   */
  abort(): void {
    if (this.busy) return;
    this.generation += 1;
    this.controller?.abort();
    this.controller = undefined;
    this.set('idle');
  }

  /** Loads the preview of `ids` (G1); in `auto` mode, reactivate when the one customer is inactive. */
  async load(ids: string[], mode: DialogMode): Promise<void> {
    if (this.busy) return; // the change that runs is reported first; the dialog loads again when next opened
    const go = this.begin('load', 'loading');
    this.preview = undefined;
    this.result = undefined;
    this.scope = undefined;
    this.key.clear();
    // A mode the dialog does not know (an attribute typo) works as `auto`.
    const auto = mode !== 'deactivate' && mode !== 'reactivate' && mode !== 'delete';
    await this.attempt(go, async (adapter, signal) => {
      let preview = await adapter.preview(auto ? 'deactivate' : mode, ids, signal);
      if (auto && ids.length === 1 && preview.impacts[0]?.customer.status === 'inactive') {
        if (!go.current()) return;
        preview = await adapter.preview('reactivate', ids, signal);
      }
      if (!go.current()) return;
      // One customer that does not exist: nothing to preview, so say so (with Reload) rather than an empty preview.
      if (ids.length === 1 && preview.impacts.length === 0) throw new LifecycleError('not-found', `No customer ${ids[0]}`);
      this.preview = preview;
      this.action = preview.action;
      this.set('ready');
    });
  }

  /**
   * Runs the confirmed action once. A retry of the same intent (same customers,
   * options and reason) reuses its idempotency key; any change gets a new one.
   * `only` narrows it to some customers (retry the failed); a retry after that
   * fails is for them alone again.
   */
  async run(choices: Choices, only?: string[]): Promise<void> {
    if (this.busy || !this.preview) return;
    const scope = only ?? (this.phase === 'failed' && this.step === 'run' ? this.scope : undefined);
    this.scope = scope;
    const impacts = this.preview.impacts.filter((i) => (scope ? scope.includes(i.customer.id) : true));
    const targets: Target[] = impacts.map((i) => ({ customerId: i.customer.id, version: i.customer.version }));
    const ids = targets.map((t) => t.customerId);
    const reason = choices.reason.trim() || null;
    const action = this.action;
    const off = { cancelSubscriptions: choices.cancelSubscriptions, holdInvoices: choices.holdInvoices, reason };
    const on = { releaseInvoices: choices.releaseInvoices, restoreCascade: choices.restoreCascade, reason };
    const options = action === 'deactivate' ? off : action === 'reactivate' ? on : {};
    const actor = this.lifecycle.actor;
    const base = { targets, idempotencyKey: this.key.for({ action, targets, options, actor }), actor };
    const go = this.begin('run', 'running');
    this.ran = ids;
    await this.attempt(go, async (adapter, signal) => {
      const result = action === 'deactivate' ? await adapter.deactivate({ ...base, ...off }, signal)
        : action === 'reactivate' ? await adapter.reactivate({ ...base, ...on }, signal)
          : await adapter.deleteCustomers(base, signal);
      if (!go.current()) return;
      const kept = only && this.result ? this.result.results.filter((r) => !only.includes(r.id)) : [];
      this.result = { ...result, results: [...kept, ...result.results] };
      const single = this.preview?.impacts.length === 1 ? result.results[0] : undefined;
      // A per-item failure or block did nothing: a retry is a new confirmation, with a new key.
      if (single && single.outcome !== 'done') this.key.clear();
      if (single?.outcome === 'failed') {
        const code = isErrorCode(single.error.code) ? single.error.code : 'unknown';
        throw new LifecycleError(code, single.error.message, { operation: this.action });
      }
      if (single?.outcome === 'blocked') {
        const [first] = single.blockers;
        throw new LifecycleError('rule-violation', 'blocked', { rule: first?.rule, reason: first?.reason, operation: this.action, retryable: false });
      }
      this.key.clear();
      this.scope = undefined;
      this.set('done');
      const done = doneIds(result);
      if (done.length > 0) this.on.done(this.action, result, done, choices);
    });
  }

  /** G4: undoes the deactivation that just ran. */
  async undo(): Promise<void> {
    const operationId = this.result?.operationId;
    if (this.busy || !operationId) return;
    const actor = this.lifecycle.actor;
    const idempotencyKey = this.undoKey.for({ undo: operationId, actor });
    const go = this.begin('undo', 'undoing');
    await this.attempt(go, async (adapter, signal) => {
      const result = await adapter.undo({ operationId, idempotencyKey, actor }, signal);
      if (!go.current()) return;
      this.undoKey.clear();
      this.set('undone');
      this.on.undone(result, doneIds(result));
    });
  }

  /** Starts a step: aborts the one before, returns a check that the step is still the current one. */
  private begin(step: Step, phase: Phase) {
    this.generation += 1;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const generation = this.generation;
    this.step = step;
    this.error = undefined;
    this.set(phase);
    return { signal: controller.signal, current: () => generation === this.generation && !controller.signal.aborted };
  }

  /** Gets the adapter and runs `body`; any failure of a current step becomes `failed` with a typed error. */
  private async attempt(
    go: { signal: AbortSignal; current: () => boolean },
    body: (adapter: GuardedAdapter, signal: AbortSignal) => Promise<void>,
  ): Promise<void> {
    try {
      const adapter = await this.lifecycle.adapter();
      if (!go.current()) return;
      if (adapter === undefined) throw new LifecycleError('invalid-data', 'No adapter: set .adapter or use <lifecycle-provider>.', { operation: 'adapter', retryable: false });
      if (adapter instanceof LifecycleError) throw adapter;
      await body(adapter, go.signal);
    } catch (caught) {
      if (!go.current()) return;
      const error = toLifecycleError(caught);
      if (error.code === 'aborted') return;
      this.error = error;
      this.set('failed');
      this.on.error(error);
    }
  }

  private set(phase: Phase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}
