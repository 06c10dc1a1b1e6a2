/** Billing implications of deactivation: B1–B4 (seed 000). */
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
