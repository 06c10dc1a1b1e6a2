/**
 * The bound badge's behaviour, loaded by `import()` only when a badge gets a
 * `customer-id`: reads the customer through an `AdapterTask` (shared with
 * the other badges of the page and batched, see `readCustomer`), follows the
 * change feed, and writes the D7 description.
 */
import { adoptStyles, type ReactiveController, type ReactiveControllerHost, type ReactiveElement } from '@lit/reactive-element';
import { LifecycleError } from '../../adapter/errors.js';
import { AdapterTask, type Settled } from '../../adapter/task.js';
import type { Customer, CustomerChange, LifecycleAdapter } from '../../adapter/types.js';
import type { LifecycleController } from '../../context/lifecycle-controller.js';
import { LifecycleErrorEvent } from '../../events/lifecycle-error.js';
import { en } from '../../i18n/en.js';
import { isDormant, isDormantDays } from '../../rules/visibility.js';
import { boundStyles } from './customer-status-badge.bound.styles.js';

/** What a bound badge shows. */
export interface BoundState {
  phase: 'loading' | 'ready' | 'error';
  customer?: Customer;
  /** G8, from `dormant-days`. */
  dormant: boolean;
  error?: LifecycleError;
}

/** What the binding reads and sets on its badge. */
export interface BadgeHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  customerId?: string;
  dormantDays?: number;
  adapter?: LifecycleAdapter | undefined;
  bound: BoundState | undefined;
}

export class BadgeBinding implements ReactiveController {
  private readonly read: AdapterTask<[string], Customer>;
  private retry: HTMLButtonElement | undefined;

  constructor(private readonly host: BadgeHost, private readonly lifecycle: LifecycleController) {
    lifecycle.readAdapter(() => host.adapter);
    lifecycle.localize.addEnglish({ 'action.retry': en['action.retry'] });
    this.read = new AdapterTask(host, this.lifecycle, {
      kind: 'read',
      operation: 'getCustomer',
      task: (adapter, signal, id) => adapter.readCustomer(id, signal),
      follow: (change) => this.onChange(change),
    });
    host.addController(this);
    adoptStyles(host.renderRoot as ShadowRoot, [...(host.constructor as typeof ReactiveElement).elementStyles, boundStyles]);
  }

  hostConnected(): void {
    this.changed();
  }

  /** Starts a read when the customer id or the adapter changed. */
  changed(): void {
    const id = this.host.customerId;
    if (!this.host.isConnected) return; // leaving the page dropped the read; back in it, the badge reads again
    if (!id || this.lifecycle.rawAdapter === undefined) {
      this.read.reset();
      if (this.host.bound) this.host.bound = undefined;
      return;
    }
    this.loading(this.read.ensure(id), id);
  }

  /** Reads the customer again; an earlier read is aborted and its answer ignored. */
  load(): void {
    const id = this.host.customerId;
    if (id && this.host.isConnected) this.loading(this.read.run(id), id);
  }

  /** Shows the read in progress (the customer shown so far stays while it is the same one), then its outcome. */
  private loading(run: Promise<Settled<Customer>> | undefined, id: string): void {
    if (!run) return;
    const previous = this.host.bound?.customer?.id === id ? this.host.bound.customer : undefined;
    this.host.bound = { phase: 'loading', customer: previous, dormant: this.host.bound?.dormant ?? false };
    void run.then((settled) => {
      if (settled.status === 'done') this.show(settled.value);
      else if (settled.status === 'failed') this.host.bound = { phase: 'error', customer: this.host.bound?.customer, dormant: false, error: settled.error };
    });
  }

  /** The D7 description: who deactivated the customer and when, and why; or since when it is dormant. */
  describe(customer: Customer): string | undefined {
    const l = this.lifecycle.localize;
    const { deactivation } = customer;
    if (customer.status === 'inactive' && deactivation) {
      const parts = [l.t('status.deactivated-by', { date: l.formatDate(deactivation.at), name: deactivation.by.name })];
      if (deactivation.reason) parts.push(l.t('status.reason', { reason: deactivation.reason }));
      return parts.join('. ');
    }
    if (this.host.bound?.dormant) {
      return customer.lastInteractionAt
        ? l.t('status.dormant-since', { date: l.formatDate(customer.lastInteractionAt) })
        : l.t('status.no-interaction');
    }
    return undefined;
  }

  /**
   * The bound parts of the badge: the D7 description (accessible description
   * and tooltip, focusable so keyboard users get it; Escape hides it), and a
   * Retry button while it shows an error.
   */
  render(base: HTMLElement, customer: Customer | undefined): void {
    base.ariaBusy = String(this.host.bound?.phase === 'loading' && !customer);
    const description = customer ? this.describe(customer) : undefined;
    let tip = base.querySelector('.tip');
    if (description && !tip) {
      tip = document.createElement('span');
      tip.className = 'tip';
      tip.id = 'tip';
      tip.part.add('tooltip');
      base.append(tip);
    }
    if (tip) tip.textContent = description ?? '';
    base.toggleAttribute('data-tip', !!description);
    if (description) {
      base.setAttribute('tabindex', '0');
      base.setAttribute('aria-describedby', 'tip');
    } else {
      base.removeAttribute('tabindex');
      base.removeAttribute('aria-describedby');
    }
    if (!base.dataset.bound) {
      base.dataset.bound = '';
      base.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') base.toggleAttribute('data-tip-off', true);
      });
      const reset = () => base.removeAttribute('data-tip-off');
      base.addEventListener('blur', reset);
      base.addEventListener('mouseleave', reset);
    }
    const failed = this.host.bound?.phase === 'error';
    if (failed && !this.retry) {
      this.retry = document.createElement('button');
      this.retry.type = 'button';
      this.retry.part.add('retry');
      this.retry.addEventListener('click', () => this.load());
    }
    // A change of look gives the badge a new base: bring the button along.
    if (this.retry && this.retry.parentNode !== base) base.append(this.retry);
    if (this.retry) {
      this.retry.hidden = !failed;
      this.retry.textContent = this.lifecycle.localize.t('action.retry');
    }
  }

  private show(customer: Customer): void {
    const days = this.host.dormantDays;
    const dormant = isDormantDays(days) && isDormant(customer, days, new Date());
    this.host.bound = { phase: 'ready', customer, dormant };
  }

  /** A change the adapter's feed reports for this badge's customer: shown at once, without a read. */
  private onChange(change: CustomerChange): void {
    if (change.customerId !== this.host.customerId) return;
    if (change.type === 'deleted') {
      this.read.abort();
      // A deleted customer has no status left to show.
      const error = new LifecycleError('not-found', `Customer ${change.customerId} was deleted.`, { operation: 'getCustomer' });
      this.host.bound = { phase: 'error', customer: undefined, dormant: false, error };
      this.host.dispatchEvent(new LifecycleErrorEvent(error));
    } else if (change.customer) {
      this.read.abort();
      this.show(change.customer);
    } else {
      this.load();
    }
  }
}
