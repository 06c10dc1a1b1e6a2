/**
 * `FormChanges`: how `<service-reactivate-form>` runs its changes (Save, a
 * location's reactivation, a release) — one at a time, never aborted, always
 * reported — with one idempotency key per intent, the failure to show with
 * Retry, the line for changes that answered after the form moved on, and
 * where focus goes once a change has re-rendered the form. A location's
 * reactivation and a release are run here whole; Save, which settles the
 * form's draft, is run by the form through `act`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuardedAdapter } from '../../adapter/boundary.js';
import type { LifecycleError } from '../../adapter/errors.js';
import { IntentKey } from '../../adapter/idempotency.js';
import { AdapterTask } from '../../adapter/task.js';
import type { CustomerDetail } from '../../adapter/types.js';
import type { LifecycleController } from '../../context/lifecycle-controller.js';
import { InvoicesReleasedEvent, LocationReactivatedEvent } from './service-reactivate-form.events.js';
import { invoicesGroup } from './service-reactivate-form.lazy.js';
import type { CustomerLoader } from './service-reactivate-form.loader.js';
import type { ReleaseNote } from './service-reactivate-form.render.js';

/** Where a change's error is shown: under its location, in the invoices on hold, else under Save. */
export type Where = { locationId?: string; invoices?: boolean };

/** One change: calls the adapter and returns the event to fire when it is done. */
export type Change = (adapter: GuardedAdapter, signal: AbortSignal) => Promise<Event>;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class FormChanges implements ReactiveController {
  /** One idempotency key per intent: the same Save retried reuses it; another payload gets its own. */
  readonly keys = { save: new IntentKey(), location: new IntentKey(), release: new IntentKey() };
  /** What the last release did, until the form moves on. */
  releaseNote: ReleaseNote | undefined;
  /** What was saved for a customer the form no longer shows (a change that answered after the customer changed). */
  elsewhere = '';
  private readonly task: AdapterTask<[Change], Event>;
  /** The last change started for the customer shown (none once the form moved on to another): what it is, where its error shows, how to retry it. */
  private acting?: { busy: string; retry: () => void } & Where;

  constructor(private readonly host: Host, private readonly lifecycle: LifecycleController, private readonly customer: CustomerLoader) {
    this.task = new AdapterTask<[Change], Event>(host, lifecycle, {
      kind: 'change',
      operation: 'reactivateServices',
      task: (adapter, signal, run) => run(adapter, signal),
    });
    host.addController(this);
  }

  /** The loader hears whether a change runs (the form's own changes are not "elsewhere"): on every update, and as one starts and ends. */
  hostUpdate(): void {
    this.customer.track({ busy: this.task.pending });
  }

  /** What is running: `save`, the id of a location being reactivated, or `release:<invoice id>` / `release:all`. */
  get busy(): string | undefined {
    return this.task.pending ? this.acting?.busy : undefined;
  }

  /** The failure of the last change, shown with Retry; after a conflict the versions sent were stale, so Retry reads the customer again first (the draft stays). */
  get error(): ({ error: LifecycleError; retry: () => void } & Where) | undefined {
    const { error } = this.task;
    if (this.task.status !== 'failed' || !error || !this.acting) return undefined;
    const { retry, busy: _busy, ...where } = this.acting;
    const again = error.code === 'conflict' ? () => void this.customer.load(true).then(() => this.customer.error || retry()) : retry;
    return { error, retry: again, ...where };
  }

  /**
   * The form moved on to another customer: a change still running was for the one before. It may already have
   * happened, so it runs on and is reported (its event, and a line in the status) when it answers, without
   * touching the new customer's form.
   */
  detach(): void {
    this.task.detach();
    this.acting = undefined;
  }

  /**
   * Runs one change (`busy` names it). Its event is fired when it is done; a
   * failure fires `lifecycle-error` and is shown with Retry — unless the form
   * has moved on to another customer meanwhile, when only the host hears of it
   * (the change was detached from the form). `after` runs once it has ended
   * and the form's controls are on again, before its event.
   */
  async act(busy: string, run: Change, retry: () => void, where: Where = {}, after?: () => Promise<void>): Promise<void> {
    if (this.task.pending) return;
    this.acting = { busy, retry, ...where };
    const running = this.task.run(run);
    this.hostUpdate();
    const settled = await running;
    this.hostUpdate();
    await after?.();
    if (settled.status === 'done') this.host.dispatchEvent(settled.value);
  }

  /** R2: reactivates a location; focus then goes on to its first service. */
  reactivateLocation(locationId: string): void {
    const { detail } = this.customer;
    if (!detail) return;
    const version = detail.locations.find((l) => l.id === locationId)?.version;
    const intent = { customerId: detail.customer.id, locationId, version, actor: this.lifecycle.actor };
    const input = { ...intent, idempotencyKey: this.keys.location.for(intent) };
    void this.act(locationId, async (adapter, signal) => {
      const [result, { locationError }] = await Promise.all([adapter.reactivateLocation(input, signal), import('./service-reactivate-form.save.js')]);
      const event = new LocationReactivatedEvent({ customerId: detail.customer.id, locationId, result });
      if (!this.customer.isFor(detail.customer.id)) return this.movedOn(detail, event);
      const error = locationError(result);
      if (error) throw error;
      this.keys.location.clear();
      await this.customer.load(true);
      // The button is gone: focus goes on to the location's first service (R2's next step).
      await this.refocus(() => [...this.host.renderRoot.querySelectorAll('fieldset')].find((f) => f.dataset.location === locationId)?.querySelector('input'));
      return event;
    }, () => this.reactivateLocation(locationId), { locationId });
  }

  /**
   * R4: releases invoices on hold (one, or all at once) with one `releaseInvoices` call, its key kept for a retry
   * of the same invoices. What it did is said in the group. Its buttons are off while it runs, so focus moves on
   * once they are on again: to the next Release, else to the line saying what was released.
   */
  releaseInvoices(invoiceIds: string[]): void {
    const { detail } = this.customer;
    if (!detail) return;
    const customerId = detail.customer.id;
    const intent = { customerId, invoiceIds, actor: this.lifecycle.actor };
    const input = { ...intent, idempotencyKey: this.keys.release.for(intent) };
    this.releaseNote = undefined;
    this.host.requestUpdate();
    void this.act(invoiceIds.length === 1 ? `release:${invoiceIds[0]}` : 'release:all', async (adapter, signal) => {
      const [result, { released }] = await Promise.all([adapter.releaseInvoices(input, signal), import('./service-reactivate-form.invoices.js')]);
      this.keys.release.clear();
      const { done, note } = released(result, detail);
      const event = new InvoicesReleasedEvent({ customerId, invoiceIds: done, result });
      if (!this.customer.isFor(customerId)) return this.movedOn(detail, event);
      this.releaseNote = note;
      await this.customer.load(true);
      return event;
    }, () => this.releaseInvoices(invoiceIds), { invoices: true }, async () => {
      if (this.customer.isFor(customerId)) await this.refocus(() => invoicesGroup()?.nextRelease(this.host.renderRoot, detail, invoiceIds[0]));
    });
  }

  /**
   * A change answered after the form moved on to another customer: the host gets its `event` as usual, and the
   * status says whose changes were made, without touching the form of the customer shown now.
   */
  movedOn(detail: CustomerDetail, event: Event): Event {
    this.elsewhere = this.lifecycle.localize.t('form.saved-for', { name: detail.customer.name });
    this.host.requestUpdate();
    return event;
  }

  /**
   * When the focused control went away or was switched off, moves focus to `next` — unless the user has put focus
   * elsewhere meanwhile. Whether a browser keeps focus on a control that turns disabled, or drops it to the page,
   * differs between engines and versions: both cases are handled.
   */
  async refocus(next: () => HTMLElement | null | undefined): Promise<void> {
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const inside = root instanceof ShadowRoot ? root.activeElement : null;
    const lost = inside ? inside.matches(':disabled') || !inside.isConnected : document.activeElement === document.body || document.activeElement === null;
    if (lost) next()?.focus();
  }
}
