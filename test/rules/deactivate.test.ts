import { expect } from '@open-wc/testing';
import { LIFECYCLE_ACTIONS } from '../../src/adapter/schemas.js';
import {
  auditEntry as buildAuditEntry, cascadeTargets, checkBulkDeactivate, checkDeactivate, deactivateLocation,
  deactivateService, lastDeactivation, linkedUnchanged, needsConfirmation, planDeactivation, PRESETS,
  resolvePolicy,
} from '../../src/rules/index.js';
import {
  ACTOR, auditEntry, customer, customerDetail, customerRef, frozenWithCopy, inactiveCustomer, invoice,
  location, NOW, service, subscription, TODAY,
} from './fixtures.js';

const policy = resolvePolicy();
const rules = (notices: readonly { rule: string }[]) => notices.map((n) => n.rule);

/** A company with two active locations, three services (one already off), invoices and a subscription. */
function busyCompany() {
  return customerDetail({
    locations: [
      location({ id: 'l-1', label: 'Main Street' }),
      location({ id: 'l-2', label: 'Harbour Depot' }),
      location({ id: 'l-3', label: 'Old Shop', status: 'inactive' }),
    ],
    services: [
      service({ id: 's-1', name: 'Weekly cleaning', locationId: 'l-1' }),
      service({ id: 's-2', name: 'Window repair', locationId: 'l-2', kind: 'on-request' }),
      service({ id: 's-3', name: 'Gutter check', locationId: 'l-3', status: 'inactive' }),
    ],
  });
}

describe('deactivate', () => {
  describe('D1 deactivating at any time', () => {
    it('D1 allows deactivating an active customer with no restriction under seed 000, even with a balance', () => {
      const check = checkDeactivate(customer({ balance: { amount: 250, currency: 'USD' } }), PRESETS['seed-000']);
      expect(check).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('D1 blocks deactivating a customer that is already inactive, with no way out', () => {
      const check = checkDeactivate(inactiveCustomer(), policy);
      expect(check.allowed).to.equal(false);
      expect(check.blockers).to.deep.equal([{ rule: 'D1', reason: 'already-inactive', fix: null }]);
    });

    it('D1 plans a deactivation that keeps the customer: no deletion notice, the customer returned as it is', () => {
      const detail = customerDetail();
      const impact = planDeactivation(detail, policy);
      expect(impact.customer).to.deep.equal(detail.customer);
      expect(rules([...impact.check.blockers, ...impact.check.warnings]).filter((r) => r.startsWith('X'))).to.deep.equal([]);
    });
  });

  describe('D2 confirming first', () => {
    it('D2 asks staff to confirm every lifecycle action first', () => {
      for (const action of LIFECYCLE_ACTIONS) expect(needsConfirmation(action), action).to.equal(true);
    });

    it('D2 gives the confirmation the names of what will change with the customer', () => {
      const impact = planDeactivation(busyCompany(), policy);
      expect(impact.locations).to.deep.equal([{ id: 'l-1', name: 'Main Street' }, { id: 'l-2', name: 'Harbour Depot' }]);
      expect(impact.services).to.deep.equal([{ id: 's-1', name: 'Weekly cleaning' }, { id: 's-2', name: 'Window repair' }]);
    });
  });

  describe('D3 cascade', () => {
    it('D3 cascades to every active location and service of the customer', () => {
      const targets = cascadeTargets(busyCompany(), PRESETS['seed-000']);
      expect(targets.locations.map((l) => l.id)).to.deep.equal(['l-1', 'l-2']);
      expect(targets.services.map((s) => s.id)).to.deep.equal(['s-1', 's-2']);
    });

    it('D3 cascades nothing when the policy switches the cascade off (seed 001)', () => {
      expect(cascadeTargets(busyCompany(), PRESETS['seed-001'])).to.deep.equal({ locations: [], services: [] });
    });

    it('D3 warns about the cascade in the confirmation', () => {
      const impact = planDeactivation(busyCompany(), policy);
      expect(impact.check.warnings).to.deep.include({ rule: 'D3', reason: 'cascade', fix: null });
    });

    it('D3 does not warn about a cascade when the customer has nothing active to cascade to', () => {
      const impact = planDeactivation(customerDetail({ locations: [location({ status: 'inactive' })] }), policy);
      expect(rules(impact.check.warnings)).not.to.include('D3');
    });

    it('D3 gives a recurring service an end date of today and "deactivate on end date"', () => {
      const after = deactivateService(service({ version: 4 }), 'op-9', TODAY);
      expect(after.status).to.equal('inactive');
      expect(after.schedule).to.deep.equal({ startDate: '2026-01-01', endDate: TODAY, deactivateOnEndDate: true });
      expect(after.deactivatedByOperation).to.equal('op-9');
      expect(after.version).to.equal(5);
    });

    it('D3 keeps an earlier end date of a recurring service', () => {
      const before = service({ schedule: { startDate: '2026-01-01', endDate: '2026-02-28', deactivateOnEndDate: false } });
      expect(deactivateService(before, 'op-9', TODAY).schedule).to.deep.equal({
        startDate: '2026-01-01', endDate: '2026-02-28', deactivateOnEndDate: true,
      });
    });

    it('D3 brings a later end date of a recurring service forward to today, keeping the one it had (G3)', () => {
      const before = service({ schedule: { startDate: '2026-01-01', endDate: '2026-12-31', deactivateOnEndDate: false } });
      const after = deactivateService(before, 'op-9', TODAY);
      expect(after.schedule.endDate).to.equal(TODAY);
      expect(after.scheduleBefore).to.deep.equal(before.schedule);
      expect(after.scheduleBefore).not.to.equal(before.schedule);
    });

    it('D3 leaves the schedule of an on-request service as it was', () => {
      const before = service({ kind: 'on-request' });
      const after = deactivateService(before, 'op-9', TODAY);
      expect(after.status).to.equal('inactive');
      expect(after.schedule).to.deep.equal(before.schedule);
      expect(after.schedule).not.to.equal(before.schedule);
      expect(after.scheduleBefore ?? null).to.equal(null);
    });

    it('D3 switches a location off and marks it with the operation id', () => {
      const after = deactivateLocation(location({ version: 2 }), 'op-9');
      expect(after).to.deep.equal(location({ status: 'inactive', deactivatedByOperation: 'op-9', version: 3 }));
    });

    it('D3 never mutates the service or location it deactivates', () => {
      const [svc, svcCopy] = frozenWithCopy(service());
      const [loc, locCopy] = frozenWithCopy(location());
      deactivateService(svc, 'op-9', TODAY);
      deactivateLocation(loc, 'op-9');
      expect(svc).to.deep.equal(svcCopy);
      expect(loc).to.deep.equal(locCopy);
    });
  });

  describe('D4 subscriptions', () => {
    it('D4 offers to cancel the active subscriptions, warning that it is irreversible', () => {
      const detail = customerDetail({
        subscriptions: [subscription(), subscription({ id: 'sub-2', name: 'Old plan', status: 'cancelled' })],
      });
      const impact = planDeactivation(detail, PRESETS['seed-002']);
      expect(impact.subscriptions).to.deep.equal([{ id: 'sub-1', name: 'Pro plan' }]);
      expect(impact.check.warnings).to.deep.include({ rule: 'D4', reason: 'cancel-irreversible', fix: null });
    });

    it('D4 offers no cancelling where the host plan has no subscriptions (seed 000)', () => {
      const impact = planDeactivation(customerDetail({ subscriptions: [subscription()] }), PRESETS['seed-000']);
      expect(impact.subscriptions).to.deep.equal([]);
      expect(rules(impact.check.warnings)).not.to.include('D4');
    });
  });

  describe('D5 invoices on hold', () => {
    it('D5 offers to put the open invoices on hold, which stops reminders', () => {
      const detail = customerDetail({
        invoices: [
          invoice({ id: 'i-1', status: 'unpaid' }),
          invoice({ id: 'i-2', status: 'draft' }),
          invoice({ id: 'i-3', status: 'paid' }),
          invoice({ id: 'i-4', status: 'void' }),
          invoice({ id: 'i-5', status: 'unpaid', onHold: true }),
        ],
      });
      const impact = planDeactivation(detail, PRESETS['seed-002']);
      expect(impact.invoices.map((i) => i.id)).to.deep.equal(['i-1', 'i-2']);
      expect(impact.check.warnings).to.deep.include({ rule: 'D5', reason: 'hold-stops-reminders', fix: null });
    });

    it('D5 offers no hold when the policy switches it off (seed 001)', () => {
      const impact = planDeactivation(customerDetail({ invoices: [invoice()] }), PRESETS['seed-001']);
      expect(impact.invoices).to.deep.equal([]);
      expect(rules(impact.check.warnings)).not.to.include('D5');
    });
  });

  describe('D6 linked records', () => {
    it('D6 leaves the contacts of a company active and says so', () => {
      const contacts = [customerRef({ id: 'p-1' }), customerRef({ id: 'p-2', name: 'Luis Gómez' })];
      const impact = planDeactivation(customerDetail({ links: { contacts } }), policy);
      expect(impact.linkedUnchanged).to.deep.equal(contacts);
      expect(impact.check.warnings).to.deep.include({ rule: 'D6', reason: 'links-unchanged', fix: null });
    });

    it('D6 leaves the company of a person active', () => {
      const company = customerRef({ id: 'c-9', kind: 'company', name: 'Acme Ltd' });
      const detail = customerDetail({ customer: { kind: 'person', companyId: 'c-9' }, links: { company } });
      expect(linkedUnchanged(detail)).to.deep.equal([company]);
    });

    it('D6 says nothing about links when there are none', () => {
      const impact = planDeactivation(customerDetail(), policy);
      expect(impact.linkedUnchanged).to.deep.equal([]);
      expect(rules(impact.check.warnings)).not.to.include('D6');
    });
  });

  describe('D7 who and when', () => {
    it('D7 records who deactivated the customer and when', () => {
      const entry = buildAuditEntry({
        id: 'a-9', at: NOW, actor: ACTOR, action: 'deactivated', customerId: 'c-1',
        from: 'active', to: 'inactive', operationId: 'op-9',
      });
      expect(entry.actor).to.deep.equal(ACTOR);
      expect(entry.at).to.equal('2026-03-10T12:00:00.000Z');
      expect(entry.action).to.equal('deactivated');
    });

    it('D7 finds the newest deactivation in the trail, ignoring other actions', () => {
      const trail = [
        auditEntry({ id: 'a-1', at: '2026-01-05T08:00:00Z' }),
        auditEntry({ id: 'a-2', at: '2026-02-01T08:00:00Z', action: 'reactivated', from: 'inactive', to: 'active' }),
        auditEntry({ id: 'a-3', at: '2026-03-02T10:00:00Z' }),
        auditEntry({ id: 'a-4', at: '2026-03-05T10:00:00Z', action: 'invoices-held', from: null, to: null }),
      ];
      expect(lastDeactivation(trail)?.id).to.equal('a-3');
    });

    it('D7 compares the moments of deactivations recorded with different time-zone offsets', () => {
      const trail = [
        auditEntry({ id: 'early', at: '2026-03-02T11:00:00+02:00' }), // 09:00 UTC
        auditEntry({ id: 'late', at: '2026-03-02T10:00:00Z' }),
      ];
      expect(lastDeactivation(trail)?.id).to.equal('late');
    });

    it('D7 finds nothing in a trail without a deactivation, and leaves the trail in its order', () => {
      const [trail, copy] = frozenWithCopy([auditEntry({ action: 'reactivated' })]);
      expect(lastDeactivation(trail)).to.equal(undefined);
      expect(trail).to.deep.equal(copy);
    });
  });

  describe('D8 bulk deactivation', () => {
    it('D8 allows deactivating many customers at once by default', () => {
      expect(checkBulkDeactivate(40, policy)).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('D8 blocks bulk deactivation when the policy switches it off, with select-one as the way out', () => {
      const check = checkBulkDeactivate(2, resolvePolicy({ bulkDeactivate: false }));
      expect(check.allowed).to.equal(false);
      expect(check.blockers).to.deep.equal([{ rule: 'D8', reason: 'bulk-deactivate-off', fix: 'select-one' }]);
    });

    it('D8 still allows deactivating one customer when bulk deactivation is off', () => {
      expect(checkBulkDeactivate(1, resolvePolicy({ bulkDeactivate: false })).allowed).to.equal(true);
    });
  });

  describe('the deactivation plan', () => {
    it('D2 plans an allowed deactivation of an active customer under every preset', () => {
      for (const [name, preset] of Object.entries(PRESETS)) {
        expect(planDeactivation(busyCompany(), preset).check.allowed, name).to.equal(true);
      }
    });

    it('D3 planning a deactivation never mutates the customer detail', () => {
      const [detail, copy] = frozenWithCopy(customerDetail({
        ...busyCompany(),
        invoices: [invoice()],
        subscriptions: [subscription()],
        links: { contacts: [customerRef()], company: null },
      }));
      planDeactivation(detail, policy);
      expect(detail).to.deep.equal(copy);
    });
  });
});
