/**
 * What every part of the demo page shares: the language, the policy preset
 * (resolved with the kit's own `resolvePolicy`), the adapter in use and the
 * current user. Parts read it through `StateController` and re-render when
 * it changes; the switches write it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Actor, CustomerChange, LifecycleAdapter, LifecycleAction, Policy } from '../src/adapter/types.js';
import { resolvePolicy, type PresetName } from '../src/rules/policy.js';
import type { DemoLang } from './demo-text.js';

export interface DemoState {
  lang: DemoLang;
  preset: PresetName;
  policy: Policy;
  adapter: LifecycleAdapter | undefined;
}

/** The user the demo acts as (recorded in the audit trail, D7). */
export const ACTOR: Actor = { id: 'u-demo', name: 'Ana Torres' };

class DemoStore extends EventTarget {
  state: DemoState = { lang: 'en', preset: 'default', policy: resolvePolicy('default'), adapter: undefined };

  set(change: Partial<Omit<DemoState, 'policy'>>): void {
    const next = { ...this.state, ...change };
    next.policy = resolvePolicy(next.preset);
    this.state = next;
    this.dispatchEvent(new Event('change'));
  }
}

export const store = new DemoStore();

/** Re-renders its host when the shared state changes. */
export class StateController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get state(): DemoState {
    return store.state;
  }

  hostConnected(): void {
    store.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    store.removeEventListener('change', this.onChange);
  }
}

/** The events after which what the page shows may be out of date. */
export const CHANGE_EVENTS = [
  'customer-deactivated', 'customer-reactivated', 'customers-deleted', 'customer-deactivation-undone',
  'location-reactivated', 'services-reactivated', 'invoices-released',
] as const;

/**
 * What a view that loads from the adapter needs kept up to date, while its
 * host is connected: `onEvent` for every one of the `CHANGE_EVENTS` in the
 * page, `onFeed` for every change of the adapter's own feed (re-subscribed
 * when the page switches adapters), and one load at a time (`nextSignal`
 * aborts the previous load, and disconnecting aborts the last).
 */
export class ChangeWatch implements ReactiveController {
  private adapter: LifecycleAdapter | undefined;
  private unsubscribe: (() => void) | undefined;
  private load: AbortController | undefined;
  private readonly onStore = () => this.follow();
  private readonly onFeedChange = (change: CustomerChange) => this.onFeed(change);

  constructor(
    host: ReactiveControllerHost,
    private readonly onEvent: (event: Event) => void,
    private readonly onFeed: (change: CustomerChange) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of CHANGE_EVENTS) document.addEventListener(type, this.onEvent);
    store.addEventListener('change', this.onStore);
    this.follow();
  }

  hostDisconnected(): void {
    for (const type of CHANGE_EVENTS) document.removeEventListener(type, this.onEvent);
    store.removeEventListener('change', this.onStore);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.adapter = undefined;
    this.load?.abort();
  }

  /** The signal of a new load; the load before it is aborted. */
  nextSignal(): AbortSignal {
    this.load?.abort();
    this.load = new AbortController();
    return this.load.signal;
  }

  private follow(): void {
    const adapter = store.state.adapter;
    if (adapter === this.adapter) return;
    this.unsubscribe?.();
    this.adapter = adapter;
    this.unsubscribe = adapter?.subscribe?.(this.onFeedChange);
  }
}

/**
 * Opens the page's one `<deactivate-dialog>` for one customer or several.
 * `mode` is `auto` (deactivate or reactivate by status), or an action.
 */
export function openLifecycleDialog(mode: LifecycleAction | 'auto', customerIds: readonly string[], opener?: HTMLElement): void {
  const dialog = document.querySelector('deactivate-dialog');
  if (!dialog || customerIds.length === 0) return;
  dialog.mode = mode;
  if (customerIds.length === 1) {
    dialog.customerIds = [];
    dialog.customerId = customerIds[0]!;
  } else {
    dialog.customerIds = [...customerIds];
  }
  dialog.show(opener);
}

/** A fresh idempotency key for one user action. */
export function newKey(): string {
  return `demo-${crypto.randomUUID()}`;
}
