import { expect } from '@open-wc/testing';
import {
  BILLING_ACTIONS, billingWarnings, checkBillingAction, checkManualInvoice, checkRegenerateInvoice, includedInBulkBilling, invoiceableServices,
  reachedByResend, verdictOf,
} from '../../src/rules/index.js';
import { customer, customerDetail, frozenWithCopy, inactiveCustomer, invoice, service } from './fixtures.js';

const withBalance = { balance: { amount: 80, currency: 'EUR' } };

describe('billing', () => {
  describe('B1 bulk billing', () => {
    it('B1 bills active customers in bulk billing', () => {
      expect(includedInBulkBilling(customer())).to.equal(true);
    });

    it('B1 gives deactivated customers no invoice from bulk billing', () => {
      expect(includedInBulkBilling(inactiveCustomer())).to.equal(false);
    });

    it('B1 warns in the deactivation confirmation that bulk billing will skip the customer', () => {
      expect(billingWarnings(customerDetail(), 'deactivate')).to.deep.equal([
        { rule: 'B1', reason: 'no-bulk-billing', fix: null },
      ]);
    });

    it('B1 has nothing to warn about for a customer that is already inactive', () => {
      expect(billingWarnings(customerDetail({ customer: inactiveCustomer() }), 'deactivate')).to.deep.equal([]);
    });
  });

  describe('B2 manual and recurring invoices', () => {
    it('B2 allows a manual invoice for an active customer without notices', () => {
      expect(checkManualInvoice(customer(), [])).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('B2 allows a manual invoice for a deactivated customer with a balance, noting it is manual only', () => {
      expect(checkManualInvoice(inactiveCustomer(withBalance), [])).to.deep.equal({
        allowed: true, blockers: [], warnings: [{ rule: 'B2', reason: 'manual-invoices-only', fix: null }],
      });
    });

    it('B2 allows a manual invoice for a deactivated customer with unpaid invoices', () => {
      expect(checkManualInvoice(inactiveCustomer(), [invoice({ status: 'unpaid' })]).allowed).to.equal(true);
    });

    it('B2 blocks a manual invoice for a deactivated customer with no balance and nothing unpaid, with reactivate-customer as the way out', () => {
      const check = checkManualInvoice(inactiveCustomer(), [invoice({ status: 'paid' })]);
      expect(check.allowed).to.equal(false);
      expect(check.blockers).to.deep.equal([{ rule: 'B2', reason: 'manual-invoices-only', fix: 'reactivate-customer' }]);
    });

    it('B2 puts no services on an invoice of a deactivated customer', () => {
      expect(invoiceableServices(inactiveCustomer(), [service()])).to.deep.equal([]);
    });

    it('B2 puts only the active services on an invoice of an active customer', () => {
      const services = [service({ id: 's-1' }), service({ id: 's-2', status: 'inactive' })];
      expect(invoiceableServices(customer(), services).map((s) => s.id)).to.deep.equal(['s-1']);
    });

    it('B2 warns in the deactivation confirmation that a customer with a balance gets manual invoices only', () => {
      expect(billingWarnings(customerDetail({ customer: withBalance }), 'deactivate')).to.deep.equal([
        { rule: 'B1', reason: 'no-bulk-billing', fix: null },
        { rule: 'B2', reason: 'manual-invoices-only', fix: null },
      ]);
    });
  });

  describe('B3 regenerating invoices', () => {
    it('B3 warns before regenerating an invoice of a deactivated customer, with reactivate-customer as the way out', () => {
      expect(checkRegenerateInvoice(inactiveCustomer())).to.deep.equal({
        allowed: true, blockers: [], warnings: [{ rule: 'B3', reason: 'regenerate-zero', fix: 'reactivate-customer' }],
      });
    });

    it('B3 regenerates an invoice of an active customer without a warning', () => {
      expect(checkRegenerateInvoice(customer())).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });
  });

  describe('B4 re-sending unpaid invoices', () => {
    it('B4 re-sending reaches a deactivated member with unpaid invoices', () => {
      expect(reachedByResend([invoice({ status: 'paid' }), invoice({ id: 'i-2', status: 'unpaid' })])).to.equal(true);
    });

    it('B4 re-sending does not reach a member whose invoices are all paid or void', () => {
      expect(reachedByResend([invoice({ status: 'paid' }), invoice({ id: 'i-2', status: 'void' })])).to.equal(false);
    });

    it('B4 warns in the deactivation confirmation that re-sends still reach a customer with unpaid invoices', () => {
      const warnings = billingWarnings(customerDetail({ invoices: [invoice()] }), 'deactivate');
      expect(warnings.map((w) => `${w.rule} ${w.reason}`)).to.deep.equal([
        'B1 no-bulk-billing', 'B2 manual-invoices-only', 'B4 resend-reaches',
      ]);
    });

    it('B4 billing checks never mutate the customer or its invoices', () => {
      const [detail, copy] = frozenWithCopy(customerDetail({ customer: withBalance, invoices: [invoice()], services: [service()] }));
      billingWarnings(detail, 'deactivate');
      checkManualInvoice(detail.customer, detail.invoices);
      invoiceableServices(detail.customer, detail.services);
      reachedByResend(detail.invoices);
      expect(detail).to.deep.equal(copy);
    });
  });

  describe('billing actions: allow, warn or block (B1–B4, F2)', () => {
    const active = (invoices = [invoice({ status: 'paid' })]) => ({ customer: customer(), invoices });
    const inactive = (invoices = [invoice({ status: 'paid' })], extra = {}) => ({ customer: inactiveCustomer(extra), invoices });
    const answer = (detail: ReturnType<typeof active>, action: (typeof BILLING_ACTIONS)[number]) => {
      const check = checkBillingAction(detail, action);
      return [verdictOf(check), ...[...check.blockers, ...check.warnings].map((n) => `${n.rule} ${n.reason} ${n.fix ?? '-'}`)];
    };

    it('an active customer may have every billing action, with nothing to say', () => {
      for (const action of BILLING_ACTIONS.filter((a) => a !== 'resend-to-group')) {
        expect(answer(active(), action), action).to.deep.equal(['allow']);
      }
    });

    it('B1 blocks bulk invoicing a deactivated customer, with reactivating it as the way out', () => {
      expect(answer(inactive(), 'bulk-invoice')).to.deep.equal(['block', 'B1 no-bulk-billing reactivate-customer']);
    });

    it('B2 warns that a manual invoice of a deactivated customer with a balance carries no services', () => {
      expect(answer(inactive([], withBalance), 'manual-invoice')).to.deep.equal(['warn', 'B2 manual-invoices-only -']);
    });

    it('B2 blocks a manual invoice of a deactivated customer with nothing to invoice', () => {
      expect(answer(inactive(), 'manual-invoice')).to.deep.equal(['block', 'B2 manual-invoices-only reactivate-customer']);
    });

    it('B3 warns before regenerating an invoice of a deactivated customer', () => {
      expect(answer(inactive(), 'regenerate-invoice')).to.deep.equal(['warn', 'B3 regenerate-zero reactivate-customer']);
    });

    it('B4 re-sends to an active member with unpaid invoices without a word', () => {
      expect(answer(active([invoice({ status: 'unpaid' })]), 'resend-to-group')).to.deep.equal(['allow']);
    });

    it('B4 warns that a re-send still reaches a deactivated member with unpaid invoices', () => {
      expect(answer(inactive([invoice({ status: 'unpaid' })]), 'resend-to-group')).to.deep.equal(['warn', 'B4 resend-reaches -']);
    });

    it('B4 blocks a re-send to a member with nothing unpaid, active or not', () => {
      expect(answer(active(), 'resend-to-group')).to.deep.equal(['block', 'B4 no-unpaid-invoices -']);
      expect(answer(inactive(), 'resend-to-group')).to.deep.equal(['block', 'B4 no-unpaid-invoices -']);
    });

    it('F2 lets a deactivated customer be picked in a quote, saying it is deactivated', () => {
      expect(answer(inactive(), 'pick-in-quote')).to.deep.equal(['warn', 'F2 picked-while-inactive -']);
    });

    it('every reason a billing action gives has words in English and Spanish', async () => {
      const { en } = await import('../../src/i18n/en.js');
      const { es } = await import('../../src/i18n/es.js');
      const details = [active(), active([invoice({ status: 'unpaid' })]), inactive(), inactive([invoice({ status: 'unpaid' })], withBalance)];
      for (const detail of details) {
        for (const action of BILLING_ACTIONS) {
          const check = checkBillingAction(detail, action);
          for (const n of [...check.blockers, ...check.warnings]) {
            for (const catalog of [en, es] as Record<string, string>[]) {
              expect(catalog[`reason.${n.reason}`], n.reason).to.be.a('string');
              if (n.fix) expect(catalog[`fix.${n.fix}`], n.fix).to.be.a('string');
            }
          }
        }
      }
    });
  });
});
