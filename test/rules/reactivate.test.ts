import { expect } from '@open-wc/testing';
import type { Schedule } from '../../src/adapter/types.js';
import {
  canReactivateSubscription, checkReactivate, checkReactivateLocation, checkReactivateService, checkReleaseInvoice,
  checkSchedule, fixFor, heldInvoices, invoicesAfterReactivation, planReactivation, reactivateService, releaseInvoice,
  removeEndDate, resolvePolicy, setEndDate,
} from '../../src/rules/index.js';
import {
  customer, customerDetail, frozenWithCopy, inactiveCustomer, invoice, location, service, subscription, TODAY,
} from './fixtures.js';

const policy = resolvePolicy();
const rules = (notices: readonly { rule: string }[]) => notices.map((n) => n.rule);

const ended: Schedule = { startDate: '2026-01-01', endDate: '2026-03-02', deactivateOnEndDate: true };
const open: Schedule = { startDate: '2026-01-01', endDate: null, deactivateOnEndDate: false };
const inactiveLocation = () => location({ status: 'inactive', deactivatedByOperation: 'op-1' });
const inactiveService = () => service({ status: 'inactive', schedule: ended, deactivatedByOperation: 'op-1' });

describe('reactivate', () => {
  describe('R1 reactivating at any time', () => {
    it('R1 allows reactivating a deactivated customer', () => {
      expect(checkReactivate(inactiveCustomer())).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('R1 blocks reactivating a customer that is already active, with no way out', () => {
      expect(checkReactivate(customer()).blockers).to.deep.equal([{ rule: 'R1', reason: 'already-active', fix: null }]);
    });

    it('R1 allows reactivating a customer deactivated long ago', () => {
      const old = inactiveCustomer({ deactivation: { at: '2019-01-01T00:00:00Z', by: { id: 'u', name: 'U' }, reason: null, operationId: 'op-0', undoUntil: null } });
      expect(checkReactivate(old).allowed).to.equal(true);
    });
  });

  describe('R2 customer first, then location, then services', () => {
    it('R2 does not reactivate the locations and services with the customer, and says so', () => {
      const detail = customerDetail({
        customer: inactiveCustomer(),
        locations: [inactiveLocation()],
        services: [inactiveService()],
      });
      const impact = planReactivation(detail, resolvePolicy({ restoreOffer: false }));
      expect(impact.check.allowed).to.equal(true);
      expect(impact.staysInactive).to.deep.equal({
        locations: [{ id: 'l-1', name: 'Main Street' }],
        services: [{ id: 's-1', name: 'Weekly cleaning' }],
      });
      expect(impact.check.warnings).to.deep.include({ rule: 'R2', reason: 'stays-inactive', fix: null });
    });

    it('R2 says nothing about staying inactive when every location and service is active', () => {
      const detail = customerDetail({ customer: inactiveCustomer(), locations: [location()], services: [service()] });
      expect(rules(planReactivation(detail, policy).check.warnings)).not.to.include('R2');
    });

    it('R2 blocks reactivating a location while its customer is inactive, with reactivate-customer as the way out', () => {
      const check = checkReactivateLocation(inactiveCustomer(), inactiveLocation());
      expect(check.allowed).to.equal(false);
      expect(check.blockers).to.deep.equal([{ rule: 'R2', reason: 'customer-inactive', fix: 'reactivate-customer' }]);
    });

    it('R2 allows reactivating an inactive location of an active customer', () => {
      expect(checkReactivateLocation(customer(), inactiveLocation())).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('R2 blocks reactivating a location that is already active', () => {
      expect(checkReactivateLocation(customer(), location()).blockers).to.deep.equal([
        { rule: 'R2', reason: 'location-already-active', fix: null },
      ]);
    });

    it('R2 blocks reactivating a service before its location, with reactivate-location as the way out', () => {
      const check = checkReactivateService(customer(), inactiveLocation(), inactiveService(), open, TODAY);
      expect(check.blockers).to.deep.equal([{ rule: 'R2', reason: 'location-inactive', fix: 'reactivate-location' }]);
    });

    it('R2 blocks reactivating a service whose location is unknown', () => {
      const check = checkReactivateService(customer(), undefined, inactiveService(), open, TODAY);
      expect(check.blockers).to.deep.equal([{ rule: 'R2', reason: 'location-inactive', fix: 'reactivate-location' }]);
    });

    it('R2 asks for the customer first when both the customer and the location are inactive', () => {
      const check = checkReactivateService(inactiveCustomer(), inactiveLocation(), inactiveService(), open, TODAY);
      expect(check.blockers).to.deep.equal([{ rule: 'R2', reason: 'customer-inactive', fix: 'reactivate-customer' }]);
    });
  });

  describe('R3 recurring services and their end date', () => {
    it('R3 removing the end date unchecks "deactivate on end date" by itself', () => {
      expect(removeEndDate(ended)).to.deep.equal({ startDate: '2026-01-01', endDate: null, deactivateOnEndDate: false });
    });

    it('R3 clearing the end date with setEndDate behaves as removing it', () => {
      expect(setEndDate(ended, null)).to.deep.equal(removeEndDate(ended));
    });

    it('R3 setting a new end date keeps "deactivate on end date" as it was', () => {
      expect(setEndDate(ended, '2026-09-30')).to.deep.equal({ ...ended, endDate: '2026-09-30' });
    });

    it('R3 never mutates the schedule it changes', () => {
      const [schedule, copy] = frozenWithCopy({ ...ended });
      removeEndDate(schedule);
      setEndDate(schedule, '2026-09-30');
      expect(schedule).to.deep.equal(copy);
    });

    it('R3 allows reactivating a recurring service once its end date is removed', () => {
      const check = checkReactivateService(customer(), location(), inactiveService(), removeEndDate(ended), TODAY);
      expect(check).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('R3 blocks a recurring service whose end date has passed, with remove-end-date as the way out', () => {
      const check = checkReactivateService(customer(), location(), inactiveService(), ended, TODAY);
      expect(check.blockers).to.deep.equal([{ rule: 'R3', reason: 'end-date-past', fix: 'remove-end-date' }]);
    });

    it('R3 blocks an end date of today (the service would switch itself off tonight), allows a later one', () => {
      expect(checkSchedule({ kind: 'recurring' }, { ...ended, endDate: TODAY }, TODAY).blockers).to.deep.equal([
        { rule: 'R3', reason: 'end-date-past', fix: 'remove-end-date' },
      ]);
      expect(checkSchedule({ kind: 'recurring' }, { ...ended, endDate: '2026-12-31' }, TODAY).allowed).to.equal(true);
    });

    it('R3 blocks an end date before the start date, with move-end-date as the way out', () => {
      const schedule: Schedule = { startDate: '2026-06-01', endDate: '2026-04-01', deactivateOnEndDate: true };
      expect(checkSchedule({ kind: 'recurring' }, schedule, TODAY).blockers).to.deep.equal([
        { rule: 'R3', reason: 'end-date-before-start', fix: 'move-end-date' },
      ]);
    });

    it('R3 allows an on-request service, which has no end date to remove', () => {
      expect(checkSchedule({ kind: 'on-request' }, open, TODAY).allowed).to.equal(true);
    });

    it('R3 blocks an end date on an on-request service, with remove-end-date as the way out', () => {
      expect(checkSchedule({ kind: 'on-request' }, { ...open, endDate: '2026-12-31' }, TODAY).blockers).to.deep.equal([
        { rule: 'R3', reason: 'on-request-no-end-date', fix: 'remove-end-date' },
      ]);
    });

    it('R3 blocks reactivating a service that is already active', () => {
      const check = checkReactivateService(customer(), location(), service(), open, TODAY);
      expect(check.blockers).to.deep.equal([{ rule: 'R3', reason: 'service-already-active', fix: null }]);
    });

    it('R3 switches the service on with its new schedule and clears its cascade mark', () => {
      const before = inactiveService();
      const after = reactivateService(before, removeEndDate(before.schedule));
      expect(after.status).to.equal('active');
      expect(after.schedule).to.deep.equal(open);
      expect(after.deactivatedByOperation).to.equal(null);
      expect(after.version).to.equal(before.version + 1);
    });

    it('R3 never mutates the service it reactivates', () => {
      const [before, copy] = frozenWithCopy(inactiveService());
      reactivateService(before, open);
      expect(before).to.deep.equal(copy);
    });
  });

  describe('R4 invoices on hold', () => {
    it('R4 keeps invoices on hold after reactivation unless staff release them', () => {
      const invoices = [invoice({ id: 'i-1', onHold: true }), invoice({ id: 'i-2' })];
      expect(invoicesAfterReactivation(invoices, false).map((i) => i.onHold)).to.deep.equal([true, false]);
    });

    it('R4 releases held invoices when staff choose to, without mutating them', () => {
      const [invoices, copy] = frozenWithCopy([invoice({ id: 'i-1', onHold: true }), invoice({ id: 'i-2' })]);
      const after = invoicesAfterReactivation(invoices, true);
      expect(after.map((i) => i.onHold)).to.deep.equal([false, false]);
      expect(invoices).to.deep.equal(copy);
    });

    it('R4 lists the held invoices in the reactivation plan, with release-invoices as the way out', () => {
      const held = invoice({ id: 'i-1', onHold: true });
      const detail = customerDetail({ customer: inactiveCustomer(), invoices: [held, invoice({ id: 'i-2' })] });
      const impact = planReactivation(detail, policy);
      expect(impact.invoices).to.deep.equal([held]);
      expect(impact.check.warnings).to.deep.include({ rule: 'R4', reason: 'invoices-stay-on-hold', fix: 'release-invoices' });
    });
  });

  describe('R4 releasing invoices on hold by hand', () => {
    it('R4 allows releasing an invoice on hold of an active customer', () => {
      expect(checkReleaseInvoice(customer(), invoice({ onHold: true }))).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('R4 allows releasing a held invoice whatever its status (draft, unpaid, paid, void)', () => {
      for (const status of ['draft', 'unpaid', 'paid', 'void'] as const) {
        expect(checkReleaseInvoice(customer(), invoice({ status, onHold: true })).allowed, status).to.equal(true);
      }
    });

    it('R4 blocks releasing for an inactive customer, with reactivate-customer as the way out', () => {
      const check = checkReleaseInvoice(inactiveCustomer(), invoice({ onHold: true }));
      expect(check.allowed).to.equal(false);
      expect(check.blockers).to.deep.equal([{ rule: 'R4', reason: 'release-customer-inactive', fix: 'reactivate-customer' }]);
    });

    it('R4 names the customer first when an inactive customer\'s invoice is not on hold either', () => {
      expect(checkReleaseInvoice(inactiveCustomer(), invoice()).blockers.map((b) => b.reason)).to.deep.equal(['release-customer-inactive']);
    });

    it('R4 blocks releasing an invoice that is not on hold, with no way out', () => {
      expect(checkReleaseInvoice(customer(), invoice()).blockers).to.deep.equal([{ rule: 'R4', reason: 'invoice-not-on-hold', fix: null }]);
    });

    it('R4 gives reactivate-customer as the way out of a whole call refused for an inactive customer', () => {
      expect(fixFor('release-customer-inactive')).to.equal('reactivate-customer');
      expect(fixFor('invoice-not-on-hold')).to.equal(null);
    });

    it('R4 a released invoice is no longer on hold; the one given is not changed', () => {
      const [held, copy] = frozenWithCopy(invoice({ id: 'i-1', onHold: true }));
      const released = releaseInvoice(held);
      expect(released).to.deep.equal({ ...copy, onHold: false });
      expect(held).to.deep.equal(copy);
    });

    it('R4 lists the invoices on hold in their order, the others left out', () => {
      const invoices = [invoice({ id: 'i-1', onHold: true }), invoice({ id: 'i-2' }), invoice({ id: 'i-3', onHold: true })];
      expect(heldInvoices(invoices).map((i) => i.id)).to.deep.equal(['i-1', 'i-3']);
    });
  });

  describe('R5 cancelled subscriptions', () => {
    it('R5 never reactivates a cancelled subscription', () => {
      expect(canReactivateSubscription(subscription({ status: 'cancelled' }))).to.equal(false);
      expect(canReactivateSubscription(subscription())).to.equal(true);
    });

    it('R5 lists cancelled subscriptions in the reactivation plan as never coming back', () => {
      const detail = customerDetail({
        customer: inactiveCustomer(),
        subscriptions: [subscription({ id: 'sub-1', status: 'cancelled' }), subscription({ id: 'sub-2', name: 'Basic' })],
      });
      const impact = planReactivation(detail, policy);
      expect(impact.cancelledSubscriptions).to.deep.equal([{ id: 'sub-1', name: 'Pro plan' }]);
      expect(impact.subscriptions).to.deep.equal([]);
      expect(impact.check.warnings).to.deep.include({ rule: 'R5', reason: 'subscriptions-never-return', fix: null });
    });
  });

  describe('the reactivation plan', () => {
    it('R1 blocks the plan for an active customer but still says what stays as it is', () => {
      const detail = customerDetail({ invoices: [invoice({ onHold: true })] });
      const impact = planReactivation(detail, policy);
      expect(impact.check.allowed).to.equal(false);
      expect(rules(impact.check.blockers)).to.deep.equal(['R1']);
      expect(rules(impact.check.warnings)).to.deep.equal(['R4']);
    });

    it('R2 planning a reactivation never mutates the customer detail', () => {
      const [detail, copy] = frozenWithCopy(customerDetail({
        customer: inactiveCustomer(),
        locations: [inactiveLocation()],
        services: [inactiveService()],
        invoices: [invoice({ onHold: true })],
        subscriptions: [subscription({ status: 'cancelled' })],
      }));
      planReactivation(detail, policy);
      expect(detail).to.deep.equal(copy);
    });
  });
});
