/**
 * Shared, batched reads of customers, for elements that appear by the
 * thousand (bound badges). Reads of one customer that overlap share one call;
 * reads asked for in the same task are sent together, `MAX_BATCH_READ` ids a
 * call, through the adapter's optional `getCustomers` — or one `getCustomer`
 * per customer when it has none. A call is aborted only when every element
 * waiting for it has given up.
 */
import { LifecycleError, isLifecycleError, toLifecycleError } from './errors.js';
import { MAX_BATCH_READ } from './schemas.js';
import type { Customer } from './types.js';

/** How the reader reaches the adapter (the boundary's parsed, checked calls). */
export interface ReadCalls {
  /** Present when the adapter has `getCustomers`: the customers found among `ids`, checked against them. */
  batch?: (ids: string[], signal: AbortSignal) => Promise<Customer[]>;
  /** One customer. */
  one: (id: string, signal: AbortSignal) => Promise<Customer>;
}

/** One customer's read, shared by every element waiting for it. */
class Read {
  readonly controller = new AbortController();
  private waiting = 0;
  private settle!: { resolve: (c: Customer) => void; reject: (e: unknown) => void };
  readonly result = new Promise<Customer>((resolve, reject) => (this.settle = { resolve, reject }));

  constructor(readonly id: string) {
    this.result.catch(() => {}); // a read nobody waits for any more settles unobserved
  }

  /** A waiter: the shared result, or `aborted` as soon as its own signal aborts. */
  join(signal: AbortSignal): Promise<Customer> {
    this.waiting += 1;
    return new Promise((resolve, reject) => {
      const leave = () => {
        this.waiting -= 1;
        if (this.waiting === 0) this.controller.abort();
        reject(toLifecycleError(signal.reason, 'getCustomer', signal));
      };
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, { once: true });
      this.result.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }

  resolve(customer: Customer): void {
    this.settle.resolve(customer);
  }

  reject(error: unknown): void {
    this.settle.reject(error);
  }
}

export class SharedReads {
  /** Reads asked for and not sent yet. */
  private queued = new Map<string, Read>();
  /** Reads sent and not answered yet. */
  private readonly sent = new Map<string, Read>();
  private scheduled = false;

  private readonly calls: ReadCalls;

  constructor(calls: ReadCalls) {
    this.calls = { ...calls };
  }

  /** The customer `id`, shared with any other element reading it now. */
  customer(id: string, signal: AbortSignal): Promise<Customer> {
    let read = this.sent.get(id) ?? this.queued.get(id);
    if (!read || read.controller.signal.aborted) {
      read = new Read(id);
      this.queued.set(id, read);
      this.schedule();
    }
    return read.join(signal);
  }

  /** Sends what was asked for in this task once it is over, so a page of elements is one batch. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      const reads = [...this.queued.values()].filter((r) => !r.controller.signal.aborted);
      this.queued = new Map();
      const { batch } = this.calls;
      if (batch) {
        for (let i = 0; i < reads.length; i += MAX_BATCH_READ) void this.sendBatch(batch, reads.slice(i, i + MAX_BATCH_READ));
      } else {
        for (const read of reads) void this.sendOne(read);
      }
    }, 0);
  }

  private async sendOne(read: Read): Promise<void> {
    this.sent.set(read.id, read);
    try {
      read.resolve(await this.calls.one(read.id, read.controller.signal));
    } catch (error) {
      read.reject(error);
    } finally {
      if (this.sent.get(read.id) === read) this.sent.delete(read.id);
    }
  }

  private async sendBatch(batch: NonNullable<ReadCalls['batch']>, reads: Read[]): Promise<void> {
    // The call stops only when every read in it was given up.
    const controller = new AbortController();
    let left = reads.length;
    for (const read of reads) {
      this.sent.set(read.id, read);
      read.controller.signal.addEventListener('abort', () => (left -= 1) === 0 && controller.abort(read.controller.signal.reason), { once: true });
    }
    try {
      const found = new Map((await batch(reads.map((r) => r.id), controller.signal)).map((c) => [c.id, c]));
      for (const read of reads) {
        const customer = found.get(read.id);
        if (customer) read.resolve(customer);
        else read.reject(new LifecycleError('not-found', `No customer ${read.id}.`, { operation: 'getCustomers' }));
      }
    } catch (error) {
      // A batch answers unknown ids by leaving them out, so a not-found batch means the route is not there
      // (a server older than getCustomers): read one by one from now on.
      if (isLifecycleError(error) && error.code === 'not-found') {
        this.calls.batch = undefined;
        for (const read of reads) {
          this.sent.delete(read.id);
          if (!read.controller.signal.aborted) void this.sendOne(read);
        }
        return;
      }
      for (const read of reads) read.reject(error);
    }
    for (const read of reads) if (this.sent.get(read.id) === read) this.sent.delete(read.id);
  }
}
