/**
 * The per-segment counts of `<inactive-filter>`: one `countCustomers` call
 * whenever the adapter or the dormancy days change, again after every change
 * the adapter's feed reports (a burst of changes costs one call), aborted
 * when superseded or disconnected. A failure keeps the last counts, is shown
 * by the element, and fires `lifecycle-error`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuardedAdapter } from '../../adapter/boundary.js';
import { LifecycleError, toLifecycleError } from '../../adapter/errors.js';
import type { Counts } from '../../adapter/types.js';
import type { AdapterController } from '../../context/adapter-controller.js';
import { LifecycleErrorEvent } from '../../events/lifecycle-error.js';

type Host = ReactiveControllerHost & HTMLElement;

export class SegmentCounts implements ReactiveController {
  /** The last counts loaded, if any. */
  counts: Counts | undefined;
  /** Why the last count failed, until one succeeds. */
  error: LifecycleError | undefined;
  private countedFor: { adapter: unknown; days: number | undefined } | undefined;
  private counting: AbortController | undefined;
  private feed: { adapter: GuardedAdapter; unsubscribe: () => void } | undefined;
  private queued = false;

  constructor(
    private readonly host: Host,
    private readonly adapters: AdapterController,
    private readonly days: () => number | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in a page: count and follow the feed again after the next update.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    void this.load();
  }

  hostDisconnected(): void {
    this.counting?.abort();
    this.feed?.unsubscribe();
    this.feed = this.countedFor = undefined;
  }

  /** Counts again now (after an error, or a change). */
  recount(): void {
    this.countedFor = undefined;
    void this.load();
  }

  private async load(): Promise<void> {
    const raw = this.adapters.rawAdapter;
    const days = this.days();
    const last = this.countedFor;
    if (!this.host.isConnected || (last && last.adapter === raw && last.days === days)) return;
    this.countedFor = { adapter: raw, days };
    this.counting?.abort();
    if (raw === undefined) {
      this.feed?.unsubscribe();
      this.feed = undefined;
      this.counts = this.error = undefined;
      return;
    }
    const controller = (this.counting = new AbortController());
    const adapter = await this.adapters.adapter();
    if (controller.signal.aborted || !adapter) return;
    try {
      if (adapter instanceof LifecycleError) throw adapter;
      this.follow(adapter);
      const counts = await adapter.countCustomers(days ? { dormantDays: days } : {}, controller.signal);
      if (controller.signal.aborted) return;
      this.counts = counts;
      this.error = undefined;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = toLifecycleError(error, 'countCustomers');
      this.host.dispatchEvent(new LifecycleErrorEvent(this.error));
    }
    this.host.requestUpdate();
  }

  /** Recounts after the changes the adapter reports (once per burst). */
  private follow(adapter: GuardedAdapter): void {
    if (this.feed?.adapter === adapter) return;
    this.feed?.unsubscribe();
    this.feed = {
      adapter,
      unsubscribe: adapter.subscribe(() => {
        if (this.queued) return;
        this.queued = true;
        queueMicrotask(() => {
          this.queued = false;
          this.recount();
        });
      }),
    };
  }
}
