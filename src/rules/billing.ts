/** Billing implications of deactivation: B1–B4 (seed 000) and F2 (seed 002). */
import type { Check, Customer, CustomerDetail, Invoice, RuleNotice, Service } from '../adapter/types.js';
import { allow, block, notice } from './check.js';

const hasUnpaid = (invoices: readonly Invoice[]) => invoices.some((i) => i.status === 'unpaid');

/** B1: bulk billing invoices active customers only. */
export function includedInBulkBilling(customer: Customer): boolean {
  return customer.status === 'active';
}

/**
 * B2: a manual or recurring invoice can be created for an active customer,
 * or for a deactivated one that has a balance or unpaid invoices.
 */
export function checkManualInvoice(customer: Customer, invoices: readonly Invoice[]): Check {
  if (customer.status === 'active') return allow();
  if (customer.balance.amount > 0 || hasUnpaid(invoices)) return allow([notice('B2', 'manual-invoices-only')]);
  return block([notice('B2', 'manual-invoices-only', 'reactivate-customer')]);
}

/** B2: the services an invoice of this customer may carry (none once deactivated). */
export function invoiceableServices(customer: Customer, services: readonly Service[]): Service[] {
  return customer.status === 'active' ? services.filter((s) => s.status === 'active') : [];
}

/** B3: regenerating a deactivated customer's invoice gives a $0 invoice without services: warn. */
export function checkRegenerateInvoice(customer: Customer): Check {
  return customer.status === 'inactive'
    ? allow([notice('B3', 'regenerate-zero', 'reactivate-customer')])
    : allow();
}

/** B4: re-sending unpaid invoices to an account group reaches members with unpaid invoices, deactivated or not. */
export function reachedByResend(invoices: readonly Invoice[]): boolean {
  return hasUnpaid(invoices);
}

/** B1, B2, B4: what a deactivation means for billing, as warnings for the confirmation. */
export function billingWarnings(detail: CustomerDetail, action: 'deactivate'): RuleNotice[] {
  if (action !== 'deactivate' || detail.customer.status !== 'active') return [];
  const warnings = [notice('B1', 'no-bulk-billing')];
  if (detail.customer.balance.amount > 0 || hasUnpaid(detail.invoices)) {
    warnings.push(notice('B2', 'manual-invoices-only'));
    if (hasUnpaid(detail.invoices)) warnings.push(notice('B4', 'resend-reaches'));
  }
  return warnings;
}

/** The billing actions a host's billing screens offer for one customer (B1–B4, F2). */
export const BILLING_ACTIONS = [
  'bulk-invoice', // B1: include the customer in a bulk billing run
  'manual-invoice', // B2: create a manual or recurring invoice
  'regenerate-invoice', // B3: regenerate one of its invoices
  'resend-to-group', // B4: re-send unpaid invoices to an account group it belongs to
  'pick-in-quote', // F2: pick the customer in a quote, a deal or time tracking
] as const;

export type BillingAction = (typeof BILLING_ACTIONS)[number];

/** What a billing screen does with a check: go ahead, go ahead after a warning, or not offer it. */
export type Verdict = 'allow' | 'warn' | 'block';

/** allow, warn (allowed with something to say first) or block, from a check. */
export function verdictOf(check: Check): Verdict {
  if (!check.allowed) return 'block';
  return check.warnings.length > 0 ? 'warn' : 'allow';
}

/**
 * B1–B4, F2: may a billing screen do `action` for this customer, and what should it say?
 * Read the answer with `verdictOf`; its notices carry the reason and the way out, as every check's do.
 */
export function checkBillingAction(
  detail: Pick<CustomerDetail, 'customer' | 'invoices'>,
  action: BillingAction,
): Check {
  const { customer, invoices } = detail;
  const inactive = customer.status === 'inactive';
  switch (action) {
    case 'bulk-invoice':
      return includedInBulkBilling(customer) ? allow() : block([notice('B1', 'no-bulk-billing', 'reactivate-customer')]);
    case 'manual-invoice':
      return checkManualInvoice(customer, invoices);
    case 'regenerate-invoice':
      return checkRegenerateInvoice(customer);
    case 'resend-to-group':
      if (!reachedByResend(invoices)) return block([notice('B4', 'no-unpaid-invoices')]);
      return inactive ? allow([notice('B4', 'resend-reaches')]) : allow();
    case 'pick-in-quote':
      return inactive ? allow([notice('F2', 'picked-while-inactive')]) : allow();
  }
}
