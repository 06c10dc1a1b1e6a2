/** The memory adapter's change feed: one change per affected customer, after the mutation. */
import type { ChangeListener, CustomerChange } from '../../adapter/types.js';
import type { Applied } from './operation.js';
import type { MemoryStore } from './store.js';

export class ChangeFeed {
  private readonly subscriptions = new Set<{ listener: ChangeListener }>();

  /** Adds a listener (the same function twice is two subscriptions); returns its unsubscribe. */
  subscribe(listener: ChangeListener): () => void {
    const subscription = { listener };
    this.subscriptions.add(subscription);
    return () => {
      this.subscriptions.delete(subscription);
    };
  }

  /**
   * Takes the changes as they are now (the customer copied) and delivers them
   * in a microtask, so no listener runs inside the mutation. A listener that
   * throws is logged; the others still get the change. A listener removed
   * before delivery gets nothing.
   */
  emit(store: MemoryStore, changed: Applied['changed'], operationId: string): void {
    if (changed.length === 0 || this.subscriptions.size === 0) return;
    const byCustomer = new Map(changed.map((c) => [c.customerId, c.type]));
    const changes: CustomerChange[] = [...byCustomer].map(([customerId, type]) => {
      const customer = type === 'updated' ? store.customers.get(customerId) : undefined;
      return customer ? { type, customerId, customer: structuredClone(customer), operationId } : { type, customerId, operationId };
    });
    const subscriptions = [...this.subscriptions];
    queueMicrotask(() => {
      for (const change of changes) {
        for (const subscription of subscriptions) {
          if (!this.subscriptions.has(subscription)) continue;
          try {
            subscription.listener(structuredClone(change));
          } catch (error) {
            console.error('customer-lifecycle-kit: a change listener of the memory adapter threw', error);
          }
        }
      }
    });
  }
}
