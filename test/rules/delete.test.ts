import { expect } from '@open-wc/testing';
import {
  checkBulk, checkBulkDelete, checkDelete, planAction, planDeletion, PRESETS, resolvePolicy,
} from '../../src/rules/index.js';
import {
  auditEntry, customer, customerDetail, customerRef, frozenWithCopy, inactiveCustomer, invoice, location, service, subscription,
} from './fixtures.js';

const policy = resolvePolicy();

describe('delete', () => {
  describe('X1 inactive customers only', () => {
    it('X1 allows deleting an inactive customer', () => {
      expect(checkDelete(inactiveCustomer(), policy).allowed).to.equal(true);
    });

    it('X1 blocks deleting an active customer, with deactivate-first as the way out', () => {
      const check = checkDelete(customer(), policy);
      expect(check.allowed).to.equal(false);
      expect(check.blockers).to.deep.equal([{ rule: 'X1', reason: 'delete-active', fix: 'deactivate-first' }]);
    });

    it('X1 says only "deactivate first" to an active customer that also owes, under any balance guard', () => {
      const owing = customer({ balance: { amount: 80, currency: 'USD' } });
      expect(checkDelete(owing, resolvePolicy({ balanceGuard: 'block' })).blockers).to.deep.equal([
        { rule: 'X1', reason: 'delete-active', fix: 'deactivate-first' },
      ]);
    });
  });

  describe('X2 irreversible, one or many', () => {
    it('X2 always warns that deleting is irreversible', () => {
      expect(checkDelete(inactiveCustomer(), policy).warnings).to.deep.equal([
        { rule: 'X2', reason: 'delete-irreversible', fix: null },
      ]);
    });

    it('X2 allows deleting many inactive customers at once, as with "select all" (seed 001)', () => {
      expect(checkBulkDelete(250, PRESETS['seed-001'])).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('X2 blocks bulk deletion when the policy switches it off, with select-one as the way out', () => {
      const check = checkBulkDelete(3, resolvePolicy({ bulkDelete: false }));
      expect(check.blockers).to.deep.equal([{ rule: 'X2', reason: 'bulk-delete-off', fix: 'select-one' }]);
    });

    it('X2 still allows deleting one customer when bulk deletion is off', () => {
      expect(checkBulkDelete(1, resolvePolicy({ bulkDelete: false })).allowed).to.equal(true);
    });

    it('X2 checks bulk deletion through checkBulk', () => {
      expect(checkBulk('delete', 3, resolvePolicy({ bulkDelete: false }))).to.deep.equal(
        checkBulkDelete(3, resolvePolicy({ bulkDelete: false })),
      );
    });
  });

  describe('X3 products that never delete', () => {
    it('X3 blocks deleting even an inactive customer under policy delete "never" (seed 000), with no way out', () => {
      const check = checkDelete(inactiveCustomer(), PRESETS['seed-000']);
      expect(check.allowed).to.equal(false);
      expect(check.blockers).to.deep.equal([{ rule: 'X3', reason: 'delete-never', fix: null }]);
    });

    it('X3 gives "never" precedence over the active customer, so no misleading deactivate-first', () => {
      expect(checkDelete(customer(), PRESETS['seed-000']).blockers).to.deep.equal([
        { rule: 'X3', reason: 'delete-never', fix: null },
      ]);
    });

    it('X3 blocks bulk deletion too', () => {
      expect(checkBulkDelete(1, resolvePolicy({ deletion: 'never' })).blockers).to.deep.equal([
        { rule: 'X3', reason: 'delete-never', fix: null },
      ]);
    });
  });

  describe('the deletion plan', () => {
    const owing = (amount = 1479) => inactiveCustomer({ balance: { amount, currency: 'EUR' } });

    it('X2 plans a deletion: the customer, and the same check as checkDelete', () => {
      const detail = customerDetail({ customer: owing() });
      const impact = planDeletion(detail, policy);
      expect(impact.customer).to.deep.equal(detail.customer);
      expect(impact.check).to.deep.equal(checkDelete(detail.customer, policy));
    });

    it('G1 names every location and service that goes with the customer, whatever its status', () => {
      const detail = customerDetail({
        customer: inactiveCustomer(),
        locations: [location({ id: 'l-1', label: 'Main Street', status: 'inactive' }), location({ id: 'l-2', label: 'Depot' })],
        services: [service({ id: 's-1', name: 'Weekly cleaning', status: 'inactive' }), service({ id: 's-2', name: 'Repairs', kind: 'on-request' })],
      });
      const impact = planDeletion(detail, policy);
      expect(impact.locations).to.deep.equal([{ id: 'l-1', name: 'Main Street' }, { id: 'l-2', name: 'Depot' }]);
      expect(impact.services).to.deep.equal([{ id: 's-1', name: 'Weekly cleaning' }, { id: 's-2', name: 'Repairs' }]);
    });

    it('G1 lists the unpaid and the held invoices that go with it, each saying whether it is held', () => {
      const invoices = [
        invoice({ id: 'i-unpaid', status: 'unpaid' }),
        invoice({ id: 'i-held', status: 'unpaid', onHold: true }),
        invoice({ id: 'i-held-draft', status: 'draft', onHold: true }),
        invoice({ id: 'i-draft', status: 'draft' }),
        invoice({ id: 'i-paid', status: 'paid' }),
        invoice({ id: 'i-void', status: 'void' }),
      ];
      const impact = planDeletion(customerDetail({ customer: inactiveCustomer(), invoices }), policy);
      expect(impact.invoices.map((i) => [i.id, i.onHold])).to.deep.equal([['i-unpaid', false], ['i-held', true], ['i-held-draft', true]]);
    });

    it('G1 lists its subscriptions, cancelled or not, whatever the plan offers', () => {
      const subscriptions = [subscription({ id: 'sub-1', name: 'Pro plan', status: 'cancelled' }), subscription({ id: 'sub-2', name: 'Support' })];
      const detail = customerDetail({ customer: inactiveCustomer(), subscriptions });
      expect(planDeletion(detail, PRESETS['seed-001']).subscriptions).to.deep.equal([{ id: 'sub-1', name: 'Pro plan' }, { id: 'sub-2', name: 'Support' }]);
    });

    it('G1 counts the entries of its audit trail that go with it', () => {
      const audit = [auditEntry({ id: 'a-2', action: 'reactivated', from: 'inactive', to: 'active' }), auditEntry({ id: 'a-1' })];
      expect(planDeletion(customerDetail({ customer: inactiveCustomer(), audit }), policy).auditCount).to.equal(2);
      expect(planDeletion(customerDetail({ customer: inactiveCustomer() }), policy).auditCount).to.equal(0);
    });

    it('G1 changes nothing else: no links, nothing that stays inactive, no cancelled subscriptions to warn of', () => {
      const impact = planDeletion(customerDetail({ customer: inactiveCustomer(), links: { contacts: [customerRef()] } }), policy);
      expect([impact.linkedUnchanged, impact.staysInactive, impact.cancelledSubscriptions]).to.deep.equal([[], { locations: [], services: [] }, []]);
    });

    it('G5 warns of an open balance on a delete when the balance guard is warn, after the irreversible warning', () => {
      const impact = planDeletion(customerDetail({ customer: owing() }), resolvePolicy({ balanceGuard: 'warn' }));
      expect(impact.check).to.deep.equal({
        allowed: true,
        blockers: [],
        warnings: [{ rule: 'X2', reason: 'delete-irreversible', fix: null }, { rule: 'G5', reason: 'open-balance', fix: 'settle-balance' }],
      });
    });

    it('G5 blocks a delete while the balance is open when the balance guard is block, with settle-balance as the way out', () => {
      const impact = planDeletion(customerDetail({ customer: owing() }), resolvePolicy({ balanceGuard: 'block' }));
      expect(impact.check.allowed).to.equal(false);
      expect(impact.check.blockers).to.deep.equal([{ rule: 'G5', reason: 'open-balance', fix: 'settle-balance' }]);
    });

    it('X1 plans the same deletion through planAction, without mutating the detail', () => {
      const [detail, copy] = frozenWithCopy(customerDetail({
        customer: owing(), locations: [location()], services: [service()], invoices: [invoice({ onHold: true })],
        subscriptions: [subscription()], audit: [auditEntry()],
      }));
      expect(planAction('delete', detail, policy)).to.deep.equal(planDeletion(detail, policy));
      expect(detail).to.deep.equal(copy);
    });
  });
});
