/**
 * The per-segment counts of `<inactive-filter>`: a read of `countCustomers`
 * whenever the adapter or the dormancy days change, and again after the
 * changes the adapter's feed reports (a burst of changes costs one call). The
 * read itself — aborts, late answers, errors, the feed — is an `AdapterTask`.
 * A failure keeps the last counts, is shown by the element, and fires
 * `lifecycle-error`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LifecycleError } from '../../adapter/errors.js';
import { AdapterTask, type AdapterSource } from '../../adapter/task.js';
import type { Counts } from '../../adapter/types.js';

type Host = ReactiveControllerHost & HTMLElement;

export class SegmentCounts implements ReactiveController {
  private readonly task: AdapterTask<[number | undefined], Counts>;
  private queued = false;

  constructor(
    private readonly host: Host,
    private readonly adapters: AdapterSource,
    private readonly days: () => number | undefined,
  ) {
    this.task = new AdapterTask(host, adapters, {
      kind: 'read',
      operation: 'countCustomers',
      task: (adapter, signal, days) => adapter.countCustomers(days ? { dormantDays: days } : {}, signal),
      follow: () => this.soon(),
    });
    host.addController(this);
  }

  /** The last counts loaded, if any. */
  get counts(): Counts | undefined {
    return this.task.value;
  }

  /** Why the last count failed, until one succeeds. */
  get error(): LifecycleError | undefined {
    return this.task.error;
  }

  hostConnected(): void {
    // Back in a page after leaving it (which dropped the read): read again.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.adapters.rawAdapter === undefined) this.task.reset();
    else void this.task.ensure(this.days());
  }

  /** Counts again now (after an error, or a change). */
  recount(): void {
    void this.task.run(this.days());
  }

  /** Counts again once the changes reported in this task are all in. */
  private soon(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.recount();
    });
  }
}
