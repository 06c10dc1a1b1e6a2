import { expect } from '@open-wc/testing';
import { AuditEntrySchema } from '../../src/adapter/schemas.js';
import type { Check, Outcome } from '../../src/adapter/types.js';
import {
  auditEntry, checkBalance, checkBulk, checkBulkDeactivate, checkBulkDelete, checkDeactivate, checkDelete,
  checkManualInvoice, checkReactivate, checkReactivateLocation, checkReactivateService, checkReason,
  checkSchedule, checkTypedCount, checkUndo, combine, FIX_CODES, firstBlocker, fixFor, matchesStatusFilter,
  needsTypedCount, planAction, planDeactivation, planReactivation, PRESETS, REASON_CODES, resolvePolicy, restorePlan,
  restoredSchedule, summarizeOutcomes, totalImpact, undoDeadline,
} from '../../src/rules/index.js';
import {
  ACTOR, customer, customerDetail, customerRef, frozenWithCopy, inactiveCustomer, invoice, location, NOW, service,
  subscription, TODAY,
} from './fixtures.js';
import { auditEntry as trailEntry } from './fixtures.js';
import { polluted } from '../support/polluted.js';

const policy = resolvePolicy();
const rules = (notices: readonly { rule: string }[]) => notices.map((n) => n.rule);
const open = { startDate: '2026-01-01', endDate: null, deactivateOnEndDate: false };
const ended = { startDate: '2026-01-01', endDate: '2026-03-02', deactivateOnEndDate: true };

/**
 * A customer deactivated by op-2. Location l-1 and its service s-1 went with
 * it; l-2 and s-2 had been switched off on their own before (op-1); s-3 sits
 * at the still-active location l-3 and went with op-2; s-4 went with op-2 but
 * its location l-2 stays off; s-5 is still active.
 */
function deactivatedWithHistory() {
  return customerDetail({
    customer: inactiveCustomer({}, 'op-2'),
    services: [
      service({ id: 's-4', locationId: 'l-2', status: 'inactive', schedule: ended, deactivatedByOperation: 'op-2' }),
      service({ id: 's-1', locationId: 'l-1', status: 'inactive', schedule: ended, deactivatedByOperation: 'op-2' }),
      service({ id: 's-2', locationId: 'l-2', status: 'inactive', schedule: ended, deactivatedByOperation: 'op-1' }),
      service({ id: 's-3', locationId: 'l-3', kind: 'on-request', status: 'inactive', deactivatedByOperation: 'op-2' }),
      service({ id: 's-5', locationId: 'l-3' }),
    ],
    locations: [
      location({ id: 'l-1', label: 'Main Street', status: 'inactive', deactivatedByOperation: 'op-2' }),
      location({ id: 'l-2', label: 'Old Shop', status: 'inactive', deactivatedByOperation: 'op-1' }),
      location({ id: 'l-3', label: 'Harbour Depot' }),
      location({ id: 'l-4', label: 'Storage', status: 'inactive', deactivatedByOperation: null }),
    ],
  });
}

describe('G-rules', () => {
  describe('G1 impact preview', () => {
    it('G1 previews a deactivation with the exact records, by name', () => {
      const detail = customerDetail({
        locations: [location({ id: 'l-1', label: 'Main Street' })],
        services: [service({ id: 's-1' }), service({ id: 's-2', name: 'Lawn care', kind: 'on-request' })],
        subscriptions: [subscription()],
        invoices: [invoice()],
        links: { contacts: [customerRef()] },
      });
      const impact = planAction('deactivate', detail, policy);
      expect(impact.locations).to.deep.equal([{ id: 'l-1', name: 'Main Street' }]);
      expect(impact.services).to.deep.equal([{ id: 's-1', name: 'Weekly cleaning' }, { id: 's-2', name: 'Lawn care' }]);
      expect(impact.subscriptions).to.deep.equal([{ id: 'sub-1', name: 'Pro plan' }]);
      expect(impact.invoices.map((i) => i.number)).to.deep.equal(['INV-001']);
      expect(impact.linkedUnchanged.map((c) => c.name)).to.deep.equal(['Ana Pérez']);
    });

    it('G1 lists every warning of a deactivation preview in rule order', () => {
      const detail = customerDetail({
        customer: { balance: { amount: 10, currency: 'USD' } },
        locations: [location()],
        subscriptions: [subscription()],
        invoices: [invoice()],
        links: { contacts: [customerRef()] },
      });
      const impact = planDeactivation(detail, policy);
      expect(impact.check.allowed).to.equal(true);
      expect(rules(impact.check.warnings)).to.deep.equal(['G5', 'D3', 'D4', 'D5', 'D6', 'B1', 'B2', 'B4']);
    });

    it('G1 previews a reactivation through planAction', () => {
      const detail = deactivatedWithHistory();
      expect(planAction('reactivate', detail, policy)).to.deep.equal(planReactivation(detail, policy));
    });

    it('G1 totals a bulk preview: customers, allowed, blocked and every count', () => {
      const impacts = [
        planDeactivation(customerDetail({ locations: [location()], services: [service()], links: { contacts: [customerRef()] } }), policy),
        planDeactivation(customerDetail({ customer: { id: 'c-2' }, subscriptions: [subscription()], invoices: [invoice(), invoice({ id: 'i-2' })] }), policy),
        planDeactivation(customerDetail({ customer: inactiveCustomer({ id: 'c-3' }) }), policy),
      ];
      expect(totalImpact(impacts)).to.deep.equal({
        customers: 3, allowed: 2, blocked: 1, locations: 1, services: 1, subscriptions: 1, invoices: 2, linkedUnchanged: 1,
      });
    });

    it('G1 totals an empty preview as zeros', () => {
      expect(totalImpact([])).to.deep.equal({
        customers: 0, allowed: 0, blocked: 0, locations: 0, services: 0, subscriptions: 0, invoices: 0, linkedUnchanged: 0,
      });
    });

    it('G1 checks bulk actions through checkBulk: reactivation is never limited', () => {
      const off = resolvePolicy({ bulkDeactivate: false, bulkDelete: false });
      expect(checkBulk('deactivate', 5, off)).to.deep.equal(checkBulkDeactivate(5, off));
      expect(checkBulk('delete', 5, off)).to.deep.equal(checkBulkDelete(5, off));
      expect(checkBulk('reactivate', 5, off)).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });
  });

  describe('G2 why not, and how to fix it', () => {
    const noBulk = resolvePolicy({ bulkDeactivate: false, bulkDelete: false });
    const blocked: [string, () => Check, string | null][] = [
      ['D1 already-inactive', () => checkDeactivate(inactiveCustomer(), policy), null],
      ['D8 bulk-deactivate-off', () => checkBulkDeactivate(2, noBulk), 'select-one'],
      ['R1 already-active', () => checkReactivate(customer()), null],
      ['R2 customer-inactive', () => checkReactivateLocation(inactiveCustomer(), location({ status: 'inactive' })), 'reactivate-customer'],
      ['R2 location-already-active', () => checkReactivateLocation(customer(), location()), null],
      ['R2 location-inactive', () => checkReactivateService(customer(), location({ status: 'inactive' }), service({ status: 'inactive' }), open, TODAY), 'reactivate-location'],
      ['R3 service-already-active', () => checkReactivateService(customer(), location(), service(), open, TODAY), null],
      ['R3 end-date-past', () => checkSchedule({ kind: 'recurring' }, ended, TODAY), 'remove-end-date'],
      ['R3 end-date-before-start', () => checkSchedule({ kind: 'recurring' }, { startDate: '2026-09-01', endDate: '2026-06-01', deactivateOnEndDate: true }, TODAY), 'move-end-date'],
      ['R3 on-request-no-end-date', () => checkSchedule({ kind: 'on-request' }, { ...open, endDate: '2026-06-01' }, TODAY), 'remove-end-date'],
      ['X1 delete-active', () => checkDelete(customer(), policy), 'deactivate-first'],
      ['X2 bulk-delete-off', () => checkBulkDelete(2, noBulk), 'select-one'],
      ['X3 delete-never', () => checkDelete(inactiveCustomer(), resolvePolicy({ deletion: 'never' })), null],
      ['B2 manual-invoices-only', () => checkManualInvoice(inactiveCustomer(), []), 'reactivate-customer'],
      ['G4 undo-off', () => checkUndo('2026-03-10T12:00:30Z', NOW, { undoSeconds: 0 }), null],
      ['G4 undo-expired', () => checkUndo('2026-03-10T11:59:59Z', NOW, policy), null],
      ['G5 open-balance', () => checkBalance(customer({ balance: { amount: 1, currency: 'USD' } }), resolvePolicy({ balanceGuard: 'block' })), 'settle-balance'],
      ['G6 count-mismatch', () => checkTypedCount('12', 'delete', 21, policy), 'type-count'],
      ['G7 reason-required', () => checkReason('  ', resolvePolicy({ reason: 'required' })), 'enter-reason'],
    ];

    for (const [name, run, fix] of blocked) {
      it(`G2 ${name} blocks with its reason and ${fix ? `the way out ${fix}` : 'no way out, as the domain gives none'}`, () => {
        const [rule, reason] = name.split(' ');
        const check = run();
        expect(check.allowed).to.equal(false);
        expect(check.blockers).to.deep.equal([{ rule, reason, fix }]);
        expect(REASON_CODES).to.include(reason);
        if (fix !== null) expect(FIX_CODES).to.include(fix);
        expect(fixFor(reason!), 'the way out for an error that names only the reason').to.equal(fix);
      });
    }

    it('G2 combines checks: allowed only when every check allows, keeping every reason', () => {
      const a = checkDeactivate(customer({ balance: { amount: 5, currency: 'USD' } }), policy);
      const b = checkReason('', resolvePolicy({ reason: 'required' }));
      const both = combine(a, b);
      expect(both.allowed).to.equal(false);
      expect(both.blockers).to.deep.equal(b.blockers);
      expect(both.warnings).to.deep.equal(a.warnings);
      expect(combine(a, a).allowed).to.equal(true);
    });

    it("G2 has no way out for a reason that is only a member of Object.prototype (a host's adapter may send any string)", async () => {
      for (const reason of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) expect(fixFor(reason), reason).to.equal(null);
      expect(await polluted({ 'made-up-reason': 'settle-balance' }, () => fixFor('made-up-reason'))).to.equal(null);
    });

    it('G2 names the first reason to show for a blocked check', () => {
      expect(firstBlocker(checkDelete(customer(), policy))).to.deep.equal({ rule: 'X1', reason: 'delete-active', fix: 'deactivate-first' });
      expect(firstBlocker(checkDelete(inactiveCustomer(), policy))).to.equal(undefined);
    });
  });

  describe('G3 cascade provenance', () => {
    it('G3 offers to restore exactly what the last deactivation switched off', () => {
      const plan = restorePlan(deactivatedWithHistory());
      expect(plan.locations.map((l) => l.id)).to.deep.equal(['l-1']);
      expect(plan.services.map((s) => s.id)).to.deep.equal(['s-1', 's-3']);
    });

    it('G3 leaves alone what had been switched off on its own, and services whose location stays off', () => {
      const plan = restorePlan(deactivatedWithHistory());
      const ids = [...plan.locations, ...plan.services].map((x) => x.id);
      for (const id of ['l-2', 'l-4', 's-2', 's-4', 's-5']) expect(ids, id).not.to.include(id);
    });

    it('G3 restores locations before services (R2 order)', () => {
      const impact = planReactivation(deactivatedWithHistory(), policy);
      expect(impact.locations).to.deep.equal([{ id: 'l-1', name: 'Main Street' }]);
      expect(impact.services.map((s) => s.id)).to.deep.equal(['s-1', 's-3']);
      const plan = restorePlan(deactivatedWithHistory());
      const order = [...plan.locations.map((l) => `location ${l.id}`), ...plan.services.map((s) => `service ${s.id}`)];
      expect(order).to.deep.equal(['location l-1', 'service s-1', 'service s-3']);
    });

    it('G3 only offers the restore: reactivating the customer stays allowed on its own (R2 stands)', () => {
      const impact = planReactivation(deactivatedWithHistory(), policy);
      expect(impact.check.allowed).to.equal(true);
      expect(impact.check.warnings).to.deep.include({ rule: 'R2', reason: 'stays-inactive', fix: null });
    });

    it('G3 still offers, once the customer is active again, what its last deactivation switched off (from its audit trail)', () => {
      const inactive = deactivatedWithHistory();
      const active = {
        ...inactive,
        customer: { ...inactive.customer, status: 'active' as const, deactivation: null },
        audit: [
          trailEntry({ id: 'a-2', action: 'reactivated', from: 'inactive', to: 'active', at: '2026-03-09T10:00:00Z', operationId: 'op-3' }),
          trailEntry({ id: 'a-1', action: 'deactivated', at: '2026-03-02T10:00:00Z', operationId: 'op-2' }),
        ],
      };
      const plan = restorePlan(active);
      expect(plan.locations.map((l) => l.id)).to.deep.equal(['l-1']);
      expect(plan.services.map((s) => s.id)).to.deep.equal(['s-1', 's-3']);
    });

    it('G3 offers nothing for a customer with no deactivation on record', () => {
      const detail = customerDetail({ customer: { status: 'inactive', deactivation: null }, locations: [location({ status: 'inactive', deactivatedByOperation: 'op-1' })] });
      expect(restorePlan(detail)).to.deep.equal({ locations: [], services: [] });
    });

    it('G3 offers nothing when the policy switches the restore offer off', () => {
      const impact = planReactivation(deactivatedWithHistory(), resolvePolicy({ restoreOffer: false }));
      expect(impact.locations).to.deep.equal([]);
      expect(impact.services).to.deep.equal([]);
    });

    it('G3 removes the end date the cascade set when a recurring service is restored', () => {
      const svc = service({ status: 'inactive', schedule: ended, deactivatedByOperation: 'op-2' });
      expect(restoredSchedule(svc, TODAY)).to.deep.equal({ startDate: '2026-01-01', endDate: null, deactivateOnEndDate: false });
    });

    it('G3 keeps a later end date the host had set on a restored service', () => {
      const later = { startDate: '2026-01-01', endDate: '2026-12-31', deactivateOnEndDate: true };
      expect(restoredSchedule(service({ status: 'inactive', schedule: later }), TODAY)).to.deep.equal(later);
    });

    it('G3 brings back the later end date a service had before the cascade cut it to today (D3)', () => {
      const before = { startDate: '2026-01-01', endDate: '2027-03-31', deactivateOnEndDate: false };
      const svc = service({ status: 'inactive', schedule: ended, scheduleBefore: before, deactivatedByOperation: 'op-2' });
      expect(restoredSchedule(svc, TODAY)).to.deep.equal(before);
    });

    it('G3 removes an end date from before the cascade that has passed since', () => {
      const before = { startDate: '2026-01-01', endDate: TODAY, deactivateOnEndDate: true };
      const svc = service({ status: 'inactive', schedule: ended, scheduleBefore: before, deactivatedByOperation: 'op-2' });
      expect(restoredSchedule(svc, TODAY)).to.deep.equal({ startDate: '2026-01-01', endDate: null, deactivateOnEndDate: false });
    });

    it('G3 ignores a schedule from before on a service no deactivation switched off', () => {
      const before = { startDate: '2026-01-01', endDate: '2027-03-31', deactivateOnEndDate: false };
      const svc = service({ status: 'inactive', schedule: ended, scheduleBefore: before, deactivatedByOperation: null });
      expect(restoredSchedule(svc, TODAY)).to.deep.equal({ startDate: '2026-01-01', endDate: null, deactivateOnEndDate: false });
    });

    it('G3 leaves the schedule of a restored on-request service as it is', () => {
      expect(restoredSchedule(service({ kind: 'on-request', status: 'inactive' }), TODAY)).to.deep.equal(open);
    });

    it('G3 never mutates the detail it plans a restore from', () => {
      const [detail, copy] = frozenWithCopy(deactivatedWithHistory());
      restorePlan(detail);
      for (const s of detail.services) restoredSchedule(s, TODAY);
      expect(detail).to.deep.equal(copy);
    });
  });

  describe('G4 undo', () => {
    it('G4 gives a deadline of the deactivation time plus the grace period', () => {
      expect(undoDeadline(NOW, { undoSeconds: 30 })?.toISOString()).to.equal('2026-03-10T12:00:30.000Z');
    });

    it('G4 gives no deadline when undo is off', () => {
      expect(undoDeadline(NOW, { undoSeconds: 0 })).to.equal(null);
    });

    it('G4 allows undo before the deadline and at it', () => {
      expect(checkUndo('2026-03-10T12:00:30Z', NOW, policy).allowed).to.equal(true);
      expect(checkUndo('2026-03-10T12:00:00Z', NOW, policy).allowed).to.equal(true);
    });

    it('G4 blocks undo after the deadline', () => {
      expect(checkUndo('2026-03-10T11:59:59Z', NOW, policy).blockers).to.deep.equal([{ rule: 'G4', reason: 'undo-expired', fix: null }]);
    });

    it('G4 blocks undo of an operation without a deadline, such as an irreversible one', () => {
      expect(checkUndo(null, NOW, policy).blockers).to.deep.equal([{ rule: 'G4', reason: 'undo-expired', fix: null }]);
    });

    it('G4 blocks undo when the policy switches it off', () => {
      expect(checkUndo('2026-03-10T12:00:30Z', NOW, { undoSeconds: 0 }).blockers).to.deep.equal([{ rule: 'G4', reason: 'undo-off', fix: null }]);
    });

    it('G4 compares the deadline as a moment, whatever its offset', () => {
      // 13:00:10+01:00 is 12:00:10Z: still ahead of NOW.
      expect(checkUndo('2026-03-10T13:00:10+01:00', NOW, policy).allowed).to.equal(true);
    });
  });

  describe('G5 balance guard', () => {
    const owing = customer({ balance: { amount: 42.5, currency: 'USD' } });

    it('G5 "allow" lets a customer with an open balance go without a word (seed 000)', () => {
      expect(checkBalance(owing, resolvePolicy({ balanceGuard: 'allow' }))).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('G5 "warn" allows, warning about the open balance with settle-balance as the way out', () => {
      expect(checkBalance(owing, resolvePolicy({ balanceGuard: 'warn' }))).to.deep.equal({
        allowed: true, blockers: [], warnings: [{ rule: 'G5', reason: 'open-balance', fix: 'settle-balance' }],
      });
    });

    it('G5 "block" blocks a deactivation while the balance is open', () => {
      const impact = planDeactivation(customerDetail({ customer: owing }), resolvePolicy({ balanceGuard: 'block' }));
      expect(impact.check.allowed).to.equal(false);
      expect(impact.check.blockers).to.deep.equal([{ rule: 'G5', reason: 'open-balance', fix: 'settle-balance' }]);
    });

    it('G5 "warn" warns of the open balance on a delete too, which stays allowed', () => {
      const check = checkDelete(inactiveCustomer({ balance: owing.balance }), resolvePolicy({ balanceGuard: 'warn' }));
      expect(check.allowed).to.equal(true);
      expect(check.warnings).to.deep.include({ rule: 'G5', reason: 'open-balance', fix: 'settle-balance' });
    });

    it('G5 "block" blocks a delete while the balance is open, as it does a deactivation', () => {
      const detail = customerDetail({ customer: inactiveCustomer({ balance: owing.balance }) });
      const block = resolvePolicy({ balanceGuard: 'block' });
      expect(planAction('delete', detail, block).check.blockers).to.deep.equal(planDeactivation(customerDetail({ customer: owing }), block).check.blockers);
      expect(checkDelete(detail.customer, block).allowed).to.equal(false);
    });

    it('G5 "allow" lets a customer with an open balance be deleted without a word of it (seeds 000, 001)', () => {
      const check = checkDelete(inactiveCustomer({ balance: owing.balance }), PRESETS['seed-001']);
      expect(check).to.deep.equal({ allowed: true, blockers: [], warnings: [{ rule: 'X2', reason: 'delete-irreversible', fix: null }] });
    });

    it('G5 "block" lets a customer with no balance or a credit go', () => {
      const block = resolvePolicy({ balanceGuard: 'block' });
      expect(checkBalance(customer(), block).allowed).to.equal(true);
      expect(checkBalance(customer({ balance: { amount: -20, currency: 'USD' } }), block).allowed).to.equal(true);
    });
  });

  describe('G6 bulk with per-customer results', () => {
    it('G6 asks for the count to be typed for destructive bulk actions from the threshold on', () => {
      expect(needsTypedCount('delete', 2, { typedCountFrom: 2 })).to.equal(true);
      expect(needsTypedCount('deactivate', 10, { typedCountFrom: 10 })).to.equal(true);
    });

    it('G6 does not ask for the count below the threshold or for reactivation', () => {
      expect(needsTypedCount('delete', 9, { typedCountFrom: 10 })).to.equal(false);
      expect(needsTypedCount('reactivate', 500, { typedCountFrom: 2 })).to.equal(false);
    });

    it('G6 accepts the typed count, spaces around it ignored', () => {
      expect(checkTypedCount(' 21 ', 'delete', 21, policy)).to.deep.equal({ allowed: true, blockers: [], warnings: [] });
    });

    it('G6 rejects a wrong typed count with type-count as the way out', () => {
      expect(checkTypedCount('2l', 'delete', 21, policy).blockers).to.deep.equal([{ rule: 'G6', reason: 'count-mismatch', fix: 'type-count' }]);
    });

    it('G6 needs nothing typed when the action does not ask for it', () => {
      expect(checkTypedCount('', 'reactivate', 21, policy).allowed).to.equal(true);
    });

    it('G6 sorts the results into done, blocked and failed (the ones to retry)', () => {
      const results: Outcome[] = [
        { id: 'c-1', outcome: 'done' },
        { id: 'c-2', outcome: 'failed', error: { code: 'network', message: 'offline' } },
        { id: 'c-3', outcome: 'blocked', blockers: [{ rule: 'X1', reason: 'delete-active', fix: 'deactivate-first' }] },
        { id: 'c-4', outcome: 'done' },
      ];
      expect(summarizeOutcomes(results)).to.deep.equal({ done: ['c-1', 'c-4'], blocked: ['c-3'], failed: ['c-2'] });
    });
  });

  describe('G7 audit trail', () => {
    it('G7 records from → to, actor, time, reason, operation id and what cascaded', () => {
      const entry = auditEntry({
        id: 'a-7', at: NOW, actor: ACTOR, action: 'deactivated', customerId: 'c-1', from: 'active', to: 'inactive',
        reason: '  Closed the business ', operationId: 'op-7', cascade: { locations: ['l-1'], services: ['s-1', 's-2'] },
      });
      expect(entry).to.deep.equal({
        id: 'a-7', at: '2026-03-10T12:00:00.000Z', actor: ACTOR, action: 'deactivated', customerId: 'c-1',
        from: 'active', to: 'inactive', reason: 'Closed the business', operationId: 'op-7',
        cascade: { locations: ['l-1'], services: ['s-1', 's-2'], invoices: [], subscriptions: [] },
      });
      expect(AuditEntrySchema.safeParse(entry).success).to.equal(true);
    });

    it('G7 records a blank reason as none', () => {
      const entry = auditEntry({ id: 'a-7', at: NOW, actor: ACTOR, action: 'deactivated', customerId: 'c-1', reason: '   ', operationId: 'op-7' });
      expect(entry.reason).to.equal(null);
      expect(entry.from).to.equal(null);
      expect(entry.to).to.equal(null);
    });

    it('G7 records a restore as its own event, with its own operation id', () => {
      const entry = auditEntry({
        id: 'a-8', at: NOW, actor: ACTOR, action: 'services-reactivated', customerId: 'c-1', operationId: 'op-8',
        cascade: { services: ['s-1'] },
      });
      expect(entry.action).to.equal('services-reactivated');
      expect(entry.operationId).to.equal('op-8');
      expect(entry.cascade.services).to.deep.equal(['s-1']);
    });

    it('G7 copies what it records, so later changes to the facts do not leak in', () => {
      const [facts, copy] = frozenWithCopy({
        id: 'a-7', at: NOW, actor: ACTOR, action: 'deactivated' as const, customerId: 'c-1', operationId: 'op-7',
        cascade: { locations: ['l-1'] },
      });
      const entry = auditEntry(facts);
      expect(entry.actor).not.to.equal(facts.actor);
      expect(entry.cascade.locations).not.to.equal(facts.cascade.locations);
      expect(facts).to.deep.equal(copy);
    });

    it('G7 blocks a deactivation without a reason when the policy requires one', () => {
      expect(checkReason(null, resolvePolicy({ reason: 'required' })).blockers).to.deep.equal([
        { rule: 'G7', reason: 'reason-required', fix: 'enter-reason' },
      ]);
    });

    it('G7 accepts a reason when the policy requires one', () => {
      expect(checkReason('Closed the business', resolvePolicy({ reason: 'required' })).allowed).to.equal(true);
    });

    it('G7 needs no reason when it is optional or hidden', () => {
      expect(checkReason(undefined, resolvePolicy({ reason: 'optional' })).allowed).to.equal(true);
      expect(checkReason('', resolvePolicy({ reason: 'hidden' })).allowed).to.equal(true);
    });
  });

  describe('G8 dormancy', () => {
    const dormant = customer({ id: 'c-d', lastInteractionAt: '2025-06-01T00:00:00Z' });
    const recent = customer({ id: 'c-r', lastInteractionAt: '2026-03-01T00:00:00Z' });
    const gone = inactiveCustomer({ id: 'c-g', lastInteractionAt: '2024-01-01T00:00:00Z' });

    it('G8 the Dormant filter lists active customers without interaction for N days as candidates', () => {
      const listed = [dormant, recent, gone].filter((c) => matchesStatusFilter(c, 'dormant', { dormantDays: 180, now: NOW }));
      expect(listed.map((c) => c.id)).to.deep.equal(['c-d']);
    });

    it('G8 the Dormant filter lists nobody when dormancy is off', () => {
      const listed = [dormant, recent, gone].filter((c) => matchesStatusFilter(c, 'dormant', { dormantDays: null, now: NOW }));
      expect(listed).to.deep.equal([]);
    });

    it('G8 listing dormant customers never deactivates them', () => {
      const [c, copy] = frozenWithCopy(customer({ lastInteractionAt: null }));
      expect(matchesStatusFilter(c, 'dormant', { dormantDays: 30, now: NOW })).to.equal(true);
      expect(c).to.deep.equal(copy);
      expect(c.status).to.equal('active');
    });
  });
});
