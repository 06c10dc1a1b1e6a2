/**
 * `ConfirmFlow`: the steps of `<deactivate-dialog>` — load the impact
 * preview, run the confirmed action, undo it — as one state machine over
 * three `AdapterTask`s: the preview is a read (a newer one or closing the
 * dialog drops it), the action and its undo are changes (never aborted,
 * always reported), each with one idempotency key per intent, kept for
 * retries. No DOM: the element renders its state and reacts to its callbacks.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LifecycleError, isErrorCode } from '../../adapter/errors.js';
import type { GuardedAdapter } from '../../adapter/boundary.js';
import { IntentKey } from '../../adapter/idempotency.js';
import { AdapterTask } from '../../adapter/task.js';
import type { Impact, LifecycleAction, MutationResult, Preview, Target } from '../../adapter/types.js';
import type { LifecycleController } from '../../context/lifecycle-controller.js';

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
  /** The action ran; `done` are the customers it changed. */
  done(action: LifecycleAction, result: MutationResult, done: string[], choices: Choices): void;
  /** The deactivation was undone. */
  undone(result: MutationResult, done: string[]): void;
}

type Host = ReactiveControllerHost & HTMLElement;

const doneIds = (result: MutationResult) => result.results.filter((r) => r.outcome === 'done').map((r) => r.id);

type Work = (adapter: GuardedAdapter, signal: AbortSignal) => Promise<MutationResult>;

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
  private readonly reading: AdapterTask<[string[], DialogMode], Preview>;
  private readonly acting: AdapterTask<[Work, Choices], MutationResult>;
  private readonly undoing: AdapterTask<[Work], MutationResult>;

  constructor(
    private readonly host: Host,
    private readonly lifecycle: LifecycleController,
    private readonly on: FlowCallbacks,
  ) {
    const fail = (error: LifecycleError) => {
      this.error = error;
      this.set('failed');
    };
    this.reading = new AdapterTask<[string[], DialogMode], Preview>(host, lifecycle, {
      kind: 'read',
      operation: 'preview',
      task: (adapter, signal, ids, mode) => fetchPreview(adapter, signal, ids, mode),
      onComplete: (preview) => {
        this.preview = preview;
        this.action = preview.action;
        this.set('ready');
      },
      onError: fail,
    });
    this.acting = new AdapterTask<[Work, Choices], MutationResult>(host, lifecycle, {
      kind: 'change',
      operation: 'deactivate',
      task: (adapter, signal, work) => work(adapter, signal),
      onComplete: (result, _work, choices) => {
        this.key.clear();
        this.scope = undefined;
        this.set('done');
        const done = doneIds(result);
        if (done.length > 0) this.on.done(this.action, result, done, choices);
      },
      onError: fail,
    });
    this.undoing = new AdapterTask<[Work], MutationResult>(host, lifecycle, {
      kind: 'change',
      operation: 'undo',
      task: (adapter, signal, work) => work(adapter, signal),
      onComplete: (result) => {
        this.undoKey.clear();
        this.set('undone');
        this.on.undone(result, doneIds(result));
      },
      onError: fail,
    });
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
    this.reading.abort();
    this.set('idle');
  }

  /** Loads the preview of `ids` (G1); in `auto` mode, reactivate when the one customer is inactive. */
  async load(ids: string[], mode: DialogMode): Promise<void> {
    if (this.busy) return; // the change that runs is reported first; the dialog loads again when next opened
    this.preview = undefined;
    this.result = undefined;
    this.scope = undefined;
    this.key.clear();
    if (ids.length === 0) {
      // No customers selected (a host's selection emptied): a state to show, nothing to ask the adapter.
      this.reading.abort();
      this.preview = { action: this.action, impacts: [], missing: [] };
      this.begin('load', 'ready');
      return;
    }
    this.begin('load', 'loading');
    await this.reading.run(ids, mode);
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
    const reason = choices.reason.trim() || null;
    const action = this.action;
    const off = { cancelSubscriptions: choices.cancelSubscriptions, holdInvoices: choices.holdInvoices, reason };
    const on = { releaseInvoices: choices.releaseInvoices, restoreCascade: choices.restoreCascade, reason };
    const options = action === 'deactivate' ? off : action === 'reactivate' ? on : {};
    const actor = this.lifecycle.actor;
    const base = { targets, idempotencyKey: this.key.for({ action, targets, options, actor }), actor };
    const single = this.preview.impacts.length === 1;
    this.ran = targets.map((t) => t.customerId);
    this.begin('run', 'running');
    await this.acting.run(async (adapter, signal) => {
      const result = action === 'deactivate' ? await adapter.deactivate({ ...base, ...off }, signal)
        : action === 'reactivate' ? await adapter.reactivate({ ...base, ...on }, signal)
          : await adapter.deleteCustomers(base, signal);
      const kept = only && this.result ? this.result.results.filter((r) => !only.includes(r.id)) : [];
      this.result = { ...result, results: [...kept, ...result.results] };
      const outcome = single ? result.results[0] : undefined;
      // A per-item failure or block did nothing: a retry is a new confirmation, with a new key.
      if (outcome && outcome.outcome !== 'done') this.key.clear();
      if (outcome?.outcome === 'failed') {
        const code = isErrorCode(outcome.error.code) ? outcome.error.code : 'unknown';
        throw new LifecycleError(code, outcome.error.message, { operation: action });
      }
      if (outcome?.outcome === 'blocked') {
        const [first] = outcome.blockers;
        throw new LifecycleError('rule-violation', 'blocked', { rule: first?.rule, reason: first?.reason, operation: action, retryable: false });
      }
      return result;
    }, choices);
  }

  /** G4: undoes the deactivation that just ran. */
  async undo(): Promise<void> {
    const operationId = this.result?.operationId;
    if (this.busy || !operationId) return;
    const actor = this.lifecycle.actor;
    const idempotencyKey = this.undoKey.for({ undo: operationId, actor });
    this.begin('undo', 'undoing');
    await this.undoing.run((adapter, signal) => adapter.undo({ operationId, idempotencyKey, actor }, signal));
  }

  /** Starts a step: what it is, and no error yet. */
  private begin(step: Step, phase: Phase): void {
    this.step = step;
    this.error = undefined;
    this.set(phase);
  }

  private set(phase: Phase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}

/** The preview of `ids`; in `auto` mode (or an unknown one, an attribute typo), reactivate when the one customer is inactive. */
async function fetchPreview(adapter: GuardedAdapter, signal: AbortSignal, ids: string[], mode: DialogMode): Promise<Preview> {
  const auto = mode !== 'deactivate' && mode !== 'reactivate' && mode !== 'delete';
  let preview = await adapter.preview(auto ? 'deactivate' : mode, ids, signal);
  if (auto && ids.length === 1 && preview.impacts[0]?.customer.status === 'inactive') preview = await adapter.preview('reactivate', ids, signal);
  // One customer that does not exist: nothing to preview, so say so (with Reload) rather than an empty preview.
  if (ids.length === 1 && preview.impacts.length === 0) throw new LifecycleError('not-found', `No customer ${ids[0]}`);
  return preview;
}
