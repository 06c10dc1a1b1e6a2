/** Deletion: X1–X3, with the balance guard (G5) and what goes with the customer (G1). */
import type { Check, Customer, CustomerDetail, Impact, Invoice, Policy } from '../adapter/types.js';
import { allow, block, combine, notice } from './check.js';
import { checkBalance } from './deactivate.js';

/**
 * X1, X3: only an inactive customer can be deleted, and only where the
 * product deletes at all. Deleting is irreversible (X2): always a warning.
 * G5: an open balance warns or blocks, as it does a deactivation.
 */
export function checkDelete(customer: Customer, policy: Policy): Check {
  if (policy.deletion === 'never') return block([notice('X3', 'delete-never')]);
  if (customer.status === 'active') return block([notice('X1', 'delete-active', 'deactivate-first')]);
  return combine(allow([notice('X2', 'delete-irreversible')]), checkBalance(customer, policy));
}

/** X2, X3: whether this many customers can be deleted in one action. */
export function checkBulkDelete(count: number, policy: Policy): Check {
  if (policy.deletion === 'never') return block([notice('X3', 'delete-never')]);
  if (count > 1 && !policy.bulkDelete) return block([notice('X2', 'bulk-delete-off', 'select-one')]);
  return allow();
}

/** G1 for deletion: the invoices worth naming before they go — unpaid, or on hold (whatever their status). */
export function isLostInvoice(invoice: Pick<Invoice, 'status' | 'onHold'>): boolean {
  return invoice.status === 'unpaid' || invoice.onHold;
}

const ref = (x: { id: string; name?: string; label?: string }) => ({ id: x.id, name: x.name ?? x.label ?? x.id });

/**
 * G1 for deletion (X2): the customer, whether it may go (X1, X3, G5), and
 * everything that goes with it for good — all its locations and services,
 * whatever their status; its unpaid and held invoices (each says whether it
 * is on hold); its subscriptions, cancelled or not; and how many entries of
 * its audit trail can no longer be read (`auditCount`).
 */
export function planDeletion(detail: CustomerDetail, policy: Policy): Impact {
  return {
    customer: detail.customer,
    check: checkDelete(detail.customer, policy),
    locations: detail.locations.map(ref),
    services: detail.services.map(ref),
    subscriptions: detail.subscriptions.map(ref),
    invoices: detail.invoices.filter(isLostInvoice),
    linkedUnchanged: [],
    staysInactive: { locations: [], services: [] },
    cancelledSubscriptions: [],
    auditCount: detail.audit.length,
  };
}
