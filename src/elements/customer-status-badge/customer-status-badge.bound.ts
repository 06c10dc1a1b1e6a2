/**
 * The bound badge's behaviour, loaded by `import()` only when a badge gets a
 * `customer-id`: reads the adapter (own or provided), loads the customer,
 * follows the change feed, and writes the D7 description.
 */
import { adoptStyles, type ReactiveController } from '@lit/reactive-element';
import type { GuardedAdapter } from '../../adapter/boundary.js';
import { LifecycleError, toLifecycleError } from '../../adapter/errors.js';
import type { Customer } from '../../adapter/types.js';
import { LifecycleController } from '../../context/lifecycle-consumer.js';
import { LifecycleErrorEvent } from '../../events/lifecycle-error.js';
import { isDormant, isDormantDays } from '../../rules/visibility.js';
import type { CustomerStatusBadge } from './customer-status-badge.js';
import { boundStyles } from './customer-status-badge.bound.styles.js';

/** What a bound badge shows. */
export interface BoundState {
  phase: 'loading' | 'ready' | 'error';
  customer?: Customer;
  /** G8, from `dormant-days`. */
  dormant: boolean;
  error?: LifecycleError;
}

export class BadgeBinding implements ReactiveController {
  private readonly lifecycle: LifecycleController;
  private key: { id: string; adapter: unknown } | undefined;
  private controller: AbortController | undefined;
  private feed: { adapter: GuardedAdapter; unsubscribe: (() => void) | undefined } | undefined;
  private retry: HTMLButtonElement | undefined;

  constructor(private readonly host: CustomerStatusBadge) {
    this.lifecycle = new LifecycleController(host, { adapter: () => host.adapter, messages: () => host.messages });
    host.addController(this);
    adoptStyles(host.renderRoot as ShadowRoot, [...(host.constructor as typeof CustomerStatusBadge).elementStyles, boundStyles]);
  }

  hostConnected(): void {
    this.changed();
  }

  hostDisconnected(): void {
    this.stop();
    this.key = undefined;
  }

  /** Starts a load when the customer id or the adapter changed. */
  changed(): void {
    const id = this.host.customerId;
    const adapter = this.lifecycle.rawAdapter;
    if (!id || adapter === undefined || !this.host.isConnected) {
      if (this.key) {
        this.stop();
        this.key = undefined;
        this.host.bound = undefined;
      }
      return;
    }
    if (this.key?.id === id && this.key.adapter === adapter) return;
    this.key = { id, adapter };
    this.load();
  }

  /** Loads the customer; an earlier load is aborted and its answer ignored. */
  load(): void {
    const id = this.key?.id;
    if (!id) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const previous = this.host.bound?.customer?.id === id ? this.host.bound.customer : undefined;
    this.host.bound = { phase: 'loading', customer: previous, dormant: this.host.bound?.dormant ?? false };
    void this.run(id, controller.signal);
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

  private async run(id: string, signal: AbortSignal): Promise<void> {
    const adapter = await this.lifecycle.adapter();
    if (signal.aborted) return;
    try {
      if (!adapter) return;
      if (adapter instanceof LifecycleError) throw adapter;
      this.follow(adapter);
      const detail = await adapter.getCustomer(id, signal);
      if (signal.aborted) return;
      this.show(detail.customer);
    } catch (error) {
      if (signal.aborted) return;
      this.fail(toLifecycleError(error, 'getCustomer'));
    }
  }

  private show(customer: Customer): void {
    const days = this.host.dormantDays;
    const dormant = isDormantDays(days) && isDormant(customer, days, new Date());
    this.host.bound = { phase: 'ready', customer, dormant };
  }

  private fail(error: LifecycleError): void {
    this.host.bound = { phase: 'error', customer: this.host.bound?.customer, dormant: false, error };
    this.host.dispatchEvent(new LifecycleErrorEvent(error));
  }

  /** Subscribes to the adapter's change feed (once per adapter). */
  private follow(adapter: GuardedAdapter): void {
    if (this.feed?.adapter === adapter) return;
    this.feed?.unsubscribe?.();
    const unsubscribe = adapter.subscribe(
      (change) => {
        if (change.customerId !== this.key?.id) return;
        if (change.type === 'deleted') {
          this.controller?.abort();
          // A deleted customer has no status left to show.
          if (this.host.bound) this.host.bound = { ...this.host.bound, customer: undefined };
          this.fail(new LifecycleError('not-found', `Customer ${change.customerId} was deleted.`, { operation: 'getCustomer' }));
        } else if (change.customer) {
          this.controller?.abort();
          this.show(change.customer);
        } else {
          this.load();
        }
      },
      // A malformed change names no customer the badge can trust: its status stands, as in the filter and the form.
    );
    this.feed = { adapter, unsubscribe };
  }

  private stop(): void {
    this.controller?.abort();
    this.feed?.unsubscribe?.();
    this.feed = undefined;
  }
}
