/**
 * `CustomerLoader`: the customer `<service-reactivate-form>` shows — loaded
 * through the boundary for the current adapter and id, aborted when the form
 * leaves the page or the id changes (a late answer is dropped), and followed
 * on the adapter's change feed: reloaded when it changes elsewhere, unless the
 * draft holds unsaved changes, in which case it only says so.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuardedAdapter } from '../../adapter/boundary.js';
import { LifecycleError } from '../../adapter/errors.js';
import type { CustomerDetail } from '../../adapter/types.js';

/** What the loader reads of its form. */
export interface LoaderSource {
  rawAdapter(): unknown;
  adapter(): Promise<GuardedAdapter | LifecycleError | undefined>;
  customerId(): string | undefined;
  /** Whether the draft holds unsaved changes. */
  dirty(): boolean;
  /** Whether an action of the form is running (its own changes are not "elsewhere"). */
  busy(): boolean;
  /** Reports a failed load (an event for the host); returns the error to show. */
  report(error: unknown): LifecycleError;
}

export class CustomerLoader implements ReactiveController {
  /** The loaded customer, for the current id. */
  detail: CustomerDetail | undefined;
  /** Why the last load failed. */
  error: LifecycleError | undefined;
  /** The customer changed elsewhere while the draft was dirty. */
  changedElsewhere = false;

  private loadedFor: { adapter: unknown; id: string | undefined } | undefined;
  private loading: AbortController | undefined;
  private feed: { adapter: GuardedAdapter; unsubscribe: () => void } | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly source: LoaderSource) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in a page after being removed: load again (removal dropped what was loaded).
    if (!this.loadedFor) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.loading?.abort();
    this.feed?.unsubscribe();
    this.feed = undefined;
    this.loadedFor = undefined;
  }

  /** Whether what is loaded (or loading) is for `id`. */
  isFor(id: string | undefined): boolean {
    return this.loadedFor?.id === id;
  }

  /** Forgets the customer shown (a new id); the next `load` fetches. */
  clear(): void {
    this.detail = undefined;
    this.error = undefined;
  }

  /** Loads the customer unless it is loaded for this adapter and id; `fresh` loads anyway. */
  async load(fresh = false): Promise<void> {
    if (!this.host.isConnected) return; // an update after removal loads nothing
    const raw = this.source.rawAdapter();
    const id = this.source.customerId();
    const last = this.loadedFor;
    if (!fresh && last && last.adapter === raw && last.id === id) return;
    this.loadedFor = { adapter: raw, id };
    this.loading?.abort();
    if (raw === undefined || !id) return;
    const controller = (this.loading = new AbortController());
    const adapter = await this.source.adapter();
    if (controller.signal.aborted || !adapter) return;
    try {
      if (adapter instanceof LifecycleError) throw adapter;
      this.follow(adapter);
      const detail = await adapter.getCustomer(id, controller.signal);
      if (controller.signal.aborted) return;
      this.detail = detail;
      this.error = undefined;
      this.changedElsewhere = false;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = this.source.report(error);
    }
    this.host.requestUpdate();
  }

  private follow(adapter: GuardedAdapter): void {
    if (this.feed?.adapter === adapter) return;
    this.feed?.unsubscribe();
    const unsubscribe = adapter.subscribe((change) => {
      if (change.customerId !== this.source.customerId() || this.source.busy()) return;
      if (this.source.dirty()) {
        this.changedElsewhere = true;
        this.host.requestUpdate();
      } else void this.load(true);
    });
    this.feed = { adapter, unsubscribe };
  }
}
