/**
 * `CustomerLoader`: the customer `<service-reactivate-form>` shows — read by
 * an `AdapterTask` for the current adapter and id (a new id or leaving the
 * page aborts the read and drops its answer), and followed on the adapter's
 * change feed: read again when it changes elsewhere, unless the draft holds
 * unsaved changes, in which case it only says so (`changedElsewhere`). The
 * form tells it what it shows (`track`); it never calls back into the form.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LifecycleError } from '../../adapter/errors.js';
import { AdapterTask, type AdapterSource, type Settled } from '../../adapter/task.js';
import type { CustomerChange, CustomerDetail, LifecycleAdapter } from '../../adapter/types.js';

/** What the form tells its loader. */
export interface LoaderState {
  /** The customer shown. */
  id: string | undefined;
  /** Whether the draft holds unsaved changes. */
  dirty: boolean;
  /** Whether a change of the form is running (its own changes are not "elsewhere"). */
  busy: boolean;
}

export class CustomerLoader implements ReactiveController {
  /** The customer changed elsewhere while the draft was dirty. */
  changedElsewhere = false;
  private readonly read: AdapterTask<[string], CustomerDetail>;
  private state: LoaderState = { id: undefined, dirty: false, busy: false };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly adapters: AdapterSource,
  ) {
    this.read = new AdapterTask(host, adapters, {
      kind: 'read',
      operation: 'getCustomer',
      task: (adapter, signal, id) => adapter.getCustomer(id, signal),
      follow: (change) => this.onChange(change),
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Back in a page after leaving it (which dropped the read): read again.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    void this.load();
  }

  /** The loaded customer, for the current id. */
  get detail(): CustomerDetail | undefined {
    return this.read.value;
  }

  /** Why the last read failed. */
  get error(): LifecycleError | undefined {
    return this.read.error;
  }

  /** The form's customer, draft and activity, as they are now. */
  track(state: Partial<LoaderState>): void {
    this.state = { ...this.state, ...state };
  }

  /** Whether what is loaded (or loading) is for `id`. */
  isFor(id: string | undefined): boolean {
    return this.read.args?.[0] === id;
  }

  /** Forgets the customer shown (a new id); the next update reads the new one. */
  clear(): void {
    this.read.reset();
  }

  /** Reads the customer unless it is read for this adapter and id; `fresh` reads anyway. Resolves once it is in. */
  async load(fresh = false): Promise<void> {
    const { id } = this.state;
    if (!this.host.isConnected || this.adapters.rawAdapter === undefined || !id) {
      if (!id) this.read.reset();
      return;
    }
    const run: Promise<Settled<CustomerDetail>> | undefined = fresh ? this.read.run(id) : this.read.ensure(id);
    if ((await run)?.status === 'done') this.changedElsewhere = false;
  }

  private onChange(change: CustomerChange): void {
    if (change.customerId !== this.state.id || this.state.busy) return;
    if (this.state.dirty) {
      this.changedElsewhere = true;
      this.host.requestUpdate();
    } else void this.load(true);
  }
}

/** R4: whether `adapter` can release invoices by hand — it has the optional `releaseInvoices` (false when reading it throws). */
export function canRelease(adapter: LifecycleAdapter | undefined): boolean {
  try {
    return typeof adapter?.releaseInvoices === 'function';
  } catch {
    return false;
  }
}
