import { expect } from '@open-wc/testing';
import {
  checkBulk, checkBulkDelete, checkDelete, planAction, planDeletion, PRESETS, resolvePolicy,
} from '../../src/rules/index.js';
import { customer, customerDetail, frozenWithCopy, inactiveCustomer, location } from './fixtures.js';

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
    it('X2 plans a deletion: the customer, the irreversible warning, and nothing cascading', () => {
      const detail = customerDetail({ customer: inactiveCustomer(), locations: [location({ status: 'inactive' })] });
      const impact = planDeletion(detail, policy);
      expect(impact.customer).to.deep.equal(detail.customer);
      expect(impact.check).to.deep.equal(checkDelete(detail.customer, policy));
      expect(impact.locations).to.deep.equal([]);
      expect(impact.services).to.deep.equal([]);
    });

    it('X1 plans the same deletion through planAction, without mutating the detail', () => {
      const [detail, copy] = frozenWithCopy(customerDetail());
      expect(planAction('delete', detail, policy)).to.deep.equal(planDeletion(detail, policy));
      expect(detail).to.deep.equal(copy);
    });
  });
});
