import { expect } from '@open-wc/testing';
import {
  dormantCutoff, inactiveListing, isDormantDays, isOddDormantDays, isDormant, isPickable, matchesStatusFilter, PICK_CONTEXTS, PRESETS, resolvePolicy,
  statusFilters,
} from '../../src/rules/index.js';
import { customer, frozenWithCopy, inactiveCustomer, NOW } from './fixtures.js';

const active = customer({ id: 'c-a' });
const inactive = inactiveCustomer({ id: 'c-i' });
/** `days` whole days before NOW. */
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('visibility', () => {
  describe('F1 the status filter', () => {
    it('F1 offers Active / Inactive / All, plus Dormant when dormancy is on', () => {
      expect(statusFilters({ dormantDays: 90 })).to.deep.equal(['active', 'inactive', 'all', 'dormant']);
    });

    it('F1 offers no Dormant filter when dormancy is off', () => {
      expect(statusFilters({ dormantDays: null })).to.deep.equal(['active', 'inactive', 'all']);
    });

    it('F1 "Active" shows active customers only', () => {
      expect([active, inactive].filter((c) => matchesStatusFilter(c, 'active', { now: NOW }))).to.deep.equal([active]);
    });

    it('F1 "Inactive" (Active = no) shows inactive customers only', () => {
      expect([active, inactive].filter((c) => matchesStatusFilter(c, 'inactive', { now: NOW }))).to.deep.equal([inactive]);
    });

    it('F1 "All" shows both', () => {
      expect([active, inactive].filter((c) => matchesStatusFilter(c, 'all', { now: NOW }))).to.deep.equal([active, inactive]);
    });

    it('F1 says where each seed lists inactive customers', () => {
      expect(inactiveListing(PRESETS['seed-000'])).to.equal('separate-tab');
      expect(inactiveListing(PRESETS['seed-001'])).to.equal('separate-list');
      expect(inactiveListing(PRESETS['seed-002'])).to.equal('filter');
    });
  });

  describe('F2 picking deactivated customers', () => {
    it('F2 lets a deactivated customer be picked in quotes, deals and time tracking', () => {
      for (const context of ['quote', 'deal', 'time-tracking'] as const) {
        expect(isPickable(inactive, context), context).to.equal(true);
      }
    });

    it('F2 leaves a deactivated customer out of bulk billing', () => {
      expect(isPickable(inactive, 'bulk-billing')).to.equal(false);
    });

    it('F2 lets an active customer be picked everywhere', () => {
      for (const context of PICK_CONTEXTS) expect(isPickable(active, context), context).to.equal(true);
    });
  });

  describe('F3 dormant customers', () => {
    it('F3 counts an active customer without interaction for N days as dormant', () => {
      expect(isDormant(customer({ lastInteractionAt: daysAgo(200) }), 180, NOW)).to.equal(true);
    });

    it('F3 counts exactly N days without interaction as dormant, and N - 1 as not', () => {
      expect(isDormant(customer({ lastInteractionAt: daysAgo(180) }), 180, NOW)).to.equal(true);
      expect(isDormant(customer({ lastInteractionAt: daysAgo(179) }), 180, NOW)).to.equal(false);
    });

    it('F3 does not count a recently contacted customer as dormant', () => {
      expect(isDormant(customer({ lastInteractionAt: daysAgo(3) }), 180, NOW)).to.equal(false);
    });

    it('F3 counts an active customer with no recorded interaction as dormant', () => {
      expect(isDormant(customer({ lastInteractionAt: null }), 180, NOW)).to.equal(true);
    });

    it('G8 dormantCutoff is the latest last interaction that still makes a customer dormant', () => {
      const cutoff = dormantCutoff(180, NOW);
      expect(new Date(cutoff).toISOString()).to.equal(daysAgo(180));
      expect(isDormant(customer({ lastInteractionAt: new Date(cutoff).toISOString() }), 180, NOW)).to.equal(true);
      expect(isDormant(customer({ lastInteractionAt: new Date(cutoff + 1).toISOString() }), 180, NOW)).to.equal(false);
    });

    it('F3 never counts an inactive customer as dormant', () => {
      expect(isDormant(inactiveCustomer({ lastInteractionAt: daysAgo(900) }), 180, NOW)).to.equal(false);
    });

    it('F3 reads the interaction instant whatever its time-zone offset', () => {
      // 2025-09-11T23:30:00-02:00 is 2025-09-12T01:30Z: 179 whole days before NOW, not 180.
      expect(isDormant(customer({ lastInteractionAt: '2025-09-11T23:30:00-02:00' }), 180, NOW)).to.equal(false);
    });

    it('F3 never changes the customer it looks at', () => {
      const [c, copy] = frozenWithCopy(customer({ lastInteractionAt: null }));
      isDormant(c, 30, NOW);
      matchesStatusFilter(c, 'dormant', { dormantDays: 30, now: NOW });
      expect(c).to.deep.equal(copy);
    });
  });
});

describe('visibility with the default policy', () => {
  it('F1 the default policy lists inactive customers in the main list with a filter', () => {
    expect(inactiveListing(resolvePolicy())).to.equal('filter');
  });
});

describe('G8 dormancy thresholds', () => {
  it('G8 takes a whole number of days from 1 to 36,500 as a threshold', () => {
    expect([1, 90, 36_500].map(isDormantDays)).to.deep.equal([true, true, true]);
    expect([0, -3, 1.5, 36_501, Infinity, Number.NaN, '90', null, undefined].map(isDormantDays)).to.deep.equal(Array(9).fill(false));
  });

  it('G8 calls a set value odd when it is no threshold; unset and 0 (off) are not odd', () => {
    expect([undefined, null, 0, 90].map(isOddDormantDays)).to.deep.equal([false, false, false, false]);
    expect([Infinity, Number.MAX_VALUE, 1.5, -3, Number.NaN].map(isOddDormantDays)).to.deep.equal([true, true, true, true, true]);
  });
});
