/** Deletion: X1–X3. */
import type { Check, Customer, CustomerDetail, Impact, Policy } from '../adapter/types.js';
import { allow, block, notice } from './check.js';

/**
 * X1, X3: only an inactive customer can be deleted, and only where the
 * product deletes at all. Deleting is irreversible (X2): always a warning.
 */
export function checkDelete(customer: Customer, policy: Policy): Check {
  if (policy.deletion === 'never') return block([notice('X3', 'delete-never')]);
  if (customer.status === 'active') return block([notice('X1', 'delete-active', 'deactivate-first')]);
  return allow([notice('X2', 'delete-irreversible')]);
}

/** X2, X3: whether this many customers can be deleted in one action. */
export function checkBulkDelete(count: number, policy: Policy): Check {
  if (policy.deletion === 'never') return block([notice('X3', 'delete-never')]);
  if (count > 1 && !policy.bulkDelete) return block([notice('X2', 'bulk-delete-off', 'select-one')]);
  return allow();
}

/** G1 for deletion: the customer, whether it may go, and the irreversible warning. */
export function planDeletion(detail: CustomerDetail, policy: Policy): Impact {
  return {
    customer: detail.customer,
    check: checkDelete(detail.customer, policy),
    locations: [],
    services: [],
    subscriptions: [],
    invoices: [],
    linkedUnchanged: [],
    staysInactive: { locations: [], services: [] },
    cancelledSubscriptions: [],
  };
}
