/** Releasing invoices on hold by hand (R4) in the memory store. */
import type { Outcome, ReleaseInvoicesInput } from '../../adapter/types.js';
import { checkReleaseInvoice, releaseInvoice } from '../../rules/reactivate.js';
import { blocked, bump, done, notFound, record, type Applied, type OperationContext } from './operation.js';

/**
 * R4: releases invoices on hold of one customer (checkReleaseInvoice: the
 * customer active, the invoice on hold), each with its own outcome, its id the
 * invoice's: an unknown customer or an invoice not the customer's fails with
 * `not-found`, a refused one is blocked, the others are done and no longer on
 * hold (releaseInvoice). Invoices carry no version. When any is done the
 * customer's version goes up once, one `invoices-released` audit entry lists
 * them, and the change feed reports the customer.
 */
export function applyReleaseInvoices(input: ReleaseInvoicesInput, ctx: OperationContext): Applied {
  const { store } = ctx;
  const applied: Applied = { results: [], changed: [], undoUntil: null };
  const customer = store.customers.get(input.customerId);
  const released: string[] = [];
  for (const id of input.invoiceIds) {
    const invoice = store.invoices.get(id);
    let outcome: Outcome;
    if (!customer) outcome = { ...notFound(input.customerId), id };
    else if (!invoice || invoice.customerId !== customer.id) outcome = notFound(id, 'invoice of this customer');
    else {
      const check = checkReleaseInvoice(customer, invoice);
      outcome = check.allowed ? done(id) : blocked(id, check);
      if (check.allowed) {
        store.put('invoices', releaseInvoice(invoice));
        released.push(id);
      }
    }
    applied.results.push(outcome);
  }
  if (customer && released.length > 0) {
    store.putCustomer(bump(customer, {}));
    record(ctx, { action: 'invoices-released', customerId: customer.id, cascade: { invoices: released } });
    applied.changed.push({ type: 'updated', customerId: customer.id });
  }
  return applied;
}
