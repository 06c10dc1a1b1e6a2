import { html, LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LifecycleAction, LifecycleAdapter } from '../../adapter/types.js';
import { LifecycleController } from '../../context/lifecycle-controller.js';
import type { MessageOverrides } from '../../i18n/catalogs.js';
import { en } from '../../i18n/en.js';
import { renderBody } from './deactivate-dialog.body.js';
import { DeactivateDialogCancelEvent, DeactivateDialogClosedEvent, DeactivationUndoneEvent, doneEvent } from './deactivate-dialog.events.js';
import { ConfirmFlow, NO_CHOICES, type Choices, type DialogMode } from './deactivate-dialog.flow.js';
import { canConfirm, canUndo, UndoWindow } from './deactivate-dialog.checks.js';
import { ModalFocus, wrapTab } from './deactivate-dialog.focus.js';
import { idsConverter, invokedTarget, sameIds } from './deactivate-dialog.ids.js';
import { InvokerCommands } from './deactivate-dialog.invokers.js';
import { dialogTitle, type View } from './deactivate-dialog.render.js';
import { deleteDescription } from './deactivate-dialog.delete.js';
import { needsReload, renderActions, renderError, renderStatus, stillOff, type Footer } from './deactivate-dialog.footer.js';
import { styles } from './deactivate-dialog.styles.js';

/**
 * A modal confirmation that deactivates, reactivates or deletes one customer
 * or several, through the adapter. It shows the impact preview first (G1),
 * says why an action is not possible and what to do instead (G2), runs the
 * action once per confirmation (idempotency key kept for retries), shows
 * every error inside the dialog with retry, and offers undo (G4).
 *
 * Open it with `show()`, the `open` attribute, or declaratively from a button:
 * `<button commandfor="dialog-id" command="--show" data-customer-id="c-1">`.
 * Focus moves to Cancel, stays inside, and returns to the opener on close.
 *
 * @summary Confirms and performs deactivate, reactivate or delete, for one customer or many.
 * @tag deactivate-dialog
 * @csspart dialog - The native `<dialog>` element.
 * @csspart title - The heading.
 * @csspart body - The impact preview (stable height while it loads).
 * @csspart impact - The list of what changes and what stays.
 * @csspart blockers - Why the action is not possible, and the way out (G2).
 * @csspart option - A checkbox option (cancel subscriptions, hold or release invoices, restore).
 * @csspart hint - The description under an option.
 * @csspart warning - An irreversible warning.
 * @csspart field - The reason or typed-count field.
 * @csspart input - The reason textarea and the typed-count input.
 * @csspart totals - The bulk totals line.
 * @csspart results - The bulk result: done, blocked, failed.
 * @csspart status - The progress and outcome line (a live region).
 * @csspart progress - The progress bar while the action runs.
 * @csspart error - The error region (`role="alert"`).
 * @csspart actions - The button row.
 * @csspart button - Every button.
 * @csspart confirm - The confirm (later Close) button.
 * @csspart cancel - The Cancel (later Undo) button.
 * @csspart fix - The button that takes the way out of a blocker.
 * @csspart retry - The Retry (or Reload) button under an error.
 * @csspart retry-failed - The button that retries only the customers a bulk action failed for.
 * @cssprop [--clk-dialog-width=34rem] - The dialog's width.
 * @cssprop [--clk-dialog-radius=var(--clk-radius)] - The dialog's corner radius.
 * @cssprop [--clk-dialog-backdrop=rgb(0 0 0 / 0.45)] - The backdrop colour.
 * @cssprop [--clk-dialog-body-min-height=6rem] - The body's height while the preview loads.
 * @cssprop [--clk-duration=150ms] - The opening animation (0 under reduced motion).
 * @fires {CustomerDeactivatedEvent} customer-deactivated - Customers were deactivated.
 * @fires {CustomerReactivatedEvent} customer-reactivated - Customers were reactivated.
 * @fires {CustomersDeletedEvent} customers-deleted - Customers were deleted.
 * @fires {DeactivationUndoneEvent} customer-deactivation-undone - A deactivation was undone (G4).
 * @fires {DeactivateDialogCancelEvent} deactivate-dialog-cancel - The user dismissed the dialog without confirming.
 * @fires {DeactivateDialogClosedEvent} deactivate-dialog-closed - The user closed the dialog; `focusReturned` says whether focus went back to its opener (false when the opener is gone).
 * @fires {LifecycleErrorEvent} lifecycle-error - An adapter call failed; the dialog also shows it.
 */
export class DeactivateDialog extends LitElement {
  static override styles = styles;

  private readonly lifecycle = new LifecycleController(this, { english: en, adapter: () => this.adapter, messages: () => this.messages });
  private readonly undoWindow = new UndoWindow(this);
  private readonly flow = new ConfirmFlow(this, this.lifecycle, {
    done: (action, result, customerIds, c) => {
      this.undoWindow.start(result.undoUntil);
      this.dispatchEvent(doneEvent(action, result, customerIds, c));
    },
    undone: (result, customerIds) => this.dispatchEvent(new DeactivationUndoneEvent({ customerIds, operationId: this.flow.result?.operationId ?? '', result })),
  });
  private readonly invokers = new InvokerCommands(this, ({ command, source }) => {
    if (command === 'close') return this.dismiss();
    if (command !== 'show' || !source) return;
    Object.assign(this, invokedTarget(source)); // a button that names customers acts on them
    this.show(source);
  });

  /** Whether the dialog is open; set it, or call `show()`. Closing is refused while the action runs. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The customer to act on. */
  @property({ attribute: 'customer-id' }) customerId = '';

  /** Several customers for a bulk action (attribute: ids separated by spaces or commas); wins over `customer-id`. */
  @property({ attribute: 'customer-ids', converter: idsConverter, hasChanged: (next: string[], last: string[]) => !sameIds(next, last) })
  customerIds: string[] = [];

  /** `auto` (deactivate an active customer, reactivate an inactive one), `deactivate`, `reactivate` or `delete`. */
  @property() mode: DialogMode = 'auto';

  /** The host's adapter; wins over the one of `<lifecycle-provider>`. */
  @property({ attribute: false }) adapter: LifecycleAdapter | undefined;

  /** Messages that replace the built-in ones, by key. */
  @property({ attribute: false }) messages: MessageOverrides | undefined;

  @state() private choices: Choices = { ...NO_CHOICES };
  /** G2: the action the user switched to from a blocker ("Deactivate instead"). */
  @state() private switched: LifecycleAction | undefined;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('[part~="confirm"]') private primary!: HTMLButtonElement | null;
  @query('[part~="cancel"]') private secondary!: HTMLButtonElement | null;

  private readonly modal = new ModalFocus();
  private shownPhase = '';
  /** The user, not the host, is closing the dialog: `deactivate-dialog-closed` follows. */
  private closedByUser = false;

  /** The customers the dialog acts on, each once (a host may set `.customerIds` with repeats). */
  private get ids(): string[] {
    return this.customerIds.length > 0 ? [...new Set(this.customerIds)] : this.customerId ? [this.customerId] : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved while open: the native dialog left the top layer with it, so it is shown as a modal again.
    if (this.open) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const target = changed.has('customerId') || changed.has('customerIds') || changed.has('mode');
    if (target) this.switched = undefined;
    if (changed.has('open') && !this.open && this.flow.busy) this.open = true; // the action runs: it cannot be closed
    const was = changed.get('open') === true;
    const opening = changed.has('open') && this.open && !was;
    if (opening) this.modal.remember(undefined, true);
    // A host that binds its selection re-sets it after the action ran (the deleted customers leave its list): the
    // result stays on screen, and the new customers are previewed when the dialog is next opened.
    const showing = this.flow.phase === 'done' || this.flow.phase === 'undone';
    const retarget = target && this.open && !showing;
    if ((opening || retarget) && !this.flow.busy) this.choices = { ...NO_CHOICES };
    if (this.open && (opening || retarget || changed.has('switched'))) void this.flow.load(this.ids, this.switched ?? this.mode);
    if (changed.has('open') && !this.open && was) this.flow.abort();
  }

  protected override updated(): void {
    const focusReturned = this.modal.sync(this.open, this.dialog, () => this.secondary);
    if (focusReturned !== undefined) {
      if (this.closedByUser) this.dispatchEvent(new DeactivateDialogClosedEvent({ focusReturned }));
      this.closedByUser = false;
    }
    const phase = this.flow.phase;
    if (phase !== this.shownPhase && (phase === 'done' || phase === 'undone')) this.primary?.focus();
    this.shownPhase = phase;
  }

  /** Opens the dialog; focus returns to `opener` (default: the focused element) when it closes. */
  show(opener?: HTMLElement): void {
    this.modal.remember(opener);
    this.open = true;
  }

  /** Closes the dialog without an event; refused (returns false) while the action runs. */
  close(): boolean {
    if (this.flow.busy) return false;
    this.open = false;
    return true;
  }

  /** The user dismissed the dialog (Cancel, Escape, Close). */
  private dismiss(): void {
    if (this.flow.busy || !this.open) return;
    const { phase, action } = this.flow;
    this.closedByUser = true;
    this.open = false;
    if (phase !== 'done' && phase !== 'undone') this.dispatchEvent(new DeactivateDialogCancelEvent({ action, customerIds: this.ids }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.flow.busy) event.preventDefault(); // no close request while the action runs
    if (this.dialog) wrapTab(event, this.dialog);
  }

  private onCancelEvent(event: Event): void {
    event.preventDefault();
    this.dismiss();
  }

  /** The native dialog closed by other means than ours: keep state in step. */
  private onClose(): void {
    // A close event that arrives once the dialog is open again (show() right after close()) is stale.
    if (!this.open || this.dialog?.open) return;
    if (this.flow.busy) this.dialog?.showModal();
    else this.dismiss();
  }

  private onPrimary(): void {
    const phase = this.flow.phase;
    if (phase === 'done' || phase === 'undone') this.dismiss();
    else if (canConfirm(this.flow, this.choices, this.lifecycle.policy)) void this.flow.run(this.choices);
  }

  private onRetry(): void {
    const { flow } = this;
    if (flow.error ? needsReload(flow.step, flow.error) : flow.step === 'load') void flow.load(this.ids, this.switched ?? this.mode);
    else if (flow.step === 'undo') void flow.undo();
    else void flow.run(this.choices);
  }

  private get view(): View {
    const { localize: l, policy } = this.lifecycle;
    return { l, policy, choices: this.choices, disabled: this.flow.busy, change: (patch) => (this.choices = { ...this.choices, ...patch }), switchTo: (action) => (this.switched = action) };
  }

  private get footer(): Footer {
    const { flow, choices } = this;
    const { phase, action, busy, ran, result, preview } = flow;
    return {
      l: this.lifecycle.localize, phase, action, busy, ran, result, impacts: preview?.impacts ?? [], count: flow.allowed.length || 1,
      actor: this.lifecycle.actor.name, doneAt: this.undoWindow.doneAt, canUndo: canUndo(flow, this.lifecycle.policy), canConfirm: canConfirm(flow, choices, this.lifecycle.policy),
      cancelsSubscriptions: action === 'deactivate' && choices.cancelSubscriptions, after: stillOff(action, preview?.impacts[0], choices),
      undo: () => void flow.undo(), dismiss: () => this.dismiss(), confirm: () => this.onPrimary(), retryFailed: (ids) => void flow.run(choices, ids),
    };
  }

  protected override render() {
    const { flow, lifecycle: { localize: l } } = this;
    const { preview, action, phase } = flow;
    const count = preview ? preview.impacts.length : this.ids.length;
    const bulk = count > 1;
    const finished = phase === 'done' || phase === 'undone';
    const none = preview !== undefined && preview.impacts.length === 0 && preview.missing.length === 0;
    // An alert dialog is described by its warning: a delete cannot be undone (X2), an open balance goes with it (G5).
    const described = preview && !finished && !none ? deleteDescription(preview) : undefined;
    return html`<dialog part="dialog" role=${action === 'delete' && preview ? 'alertdialog' : 'dialog'} aria-labelledby="title" aria-describedby=${ifDefined(described)} closedby=${flow.busy ? 'none' : 'closerequest'}
        @cancel=${this.onCancelEvent} @close=${this.onClose} @keydown=${this.onKeydown}>
      <h2 id="title" part="title">${dialogTitle(l, preview, action, phase, flow.ran.length, count)}</h2>
      <div part="body" aria-busy=${phase === 'loading' ? 'true' : 'false'} ?hidden=${finished && !bulk}>${renderBody(this.view, phase, preview, none, bulk, flow.result)}</div>
      <div part="status" role="status">${renderStatus(this.footer)}</div>
      <div part="error" role="alert">${renderError(l, flow.error, this.lifecycle.hasAdapter, flow.step, () => this.onRetry())}</div>
      <div part="actions">${renderActions(this.footer)}</div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'deactivate-dialog': DeactivateDialog;
  }
}
