import { expect } from '@open-wc/testing';
import { PolicySchema } from '../../src/adapter/schemas.js';
import {
  checkBulkDeactivate, checkDelete, DEFAULT_POLICY, isPresetName, planDeactivation, PRESET_NAMES, PRESETS, resolvePolicy, type PresetName,
} from '../../src/rules/index.js';
import {
  customerDetail, frozenWithCopy, inactiveCustomer, invoice, location, service, subscription,
} from './fixtures.js';

/** A customer with something of every kind, to see what each preset offers. */
const everything = () => customerDetail({
  customer: { balance: { amount: 75, currency: 'USD' } },
  locations: [location()],
  services: [service()],
  invoices: [invoice()],
  subscriptions: [subscription()],
});

describe('policy presets', () => {
  it('every preset is a complete, valid policy', () => {
    for (const name of PRESET_NAMES) {
      const result = PolicySchema.safeParse(PRESETS[name]);
      expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
    }
  });

  it('the presets cannot be changed by a host', () => {
    for (const name of PRESET_NAMES) expect(Object.isFrozen(PRESETS[name]), name).to.equal(true);
    expect(Object.isFrozen(PRESETS)).to.equal(true);
  });

  it('the default switches the G-rules on: restore offer, undo, dormancy, typed count, balance warning', () => {
    expect(DEFAULT_POLICY).to.include({
      restoreOffer: true, undoSeconds: 30, dormantDays: 180, typedCountFrom: 2, balanceGuard: 'warn', bulkDeactivate: true,
    });
  });

  describe('seed-000', () => {
    it('cascades deactivation to locations and services', () => {
      expect(PRESETS['seed-000'].cascade).to.equal(true);
    });

    it('never deletes, in bulk or one by one', () => {
      expect(PRESETS['seed-000']).to.include({ deletion: 'never', bulkDelete: false });
    });

    it('offers neither invoice hold nor subscription cancel', () => {
      expect(PRESETS['seed-000']).to.include({ invoiceHold: false, subscriptions: false });
    });

    it('D8 does not deactivate several customers at once, as its product cannot', () => {
      expect(PRESETS['seed-000'].bulkDeactivate).to.equal(false);
      expect(checkBulkDeactivate(2, PRESETS['seed-000']).blockers).to.deep.equal([{ rule: 'D8', reason: 'bulk-deactivate-off', fix: 'select-one' }]);
      expect(checkBulkDeactivate(1, PRESETS['seed-000']).allowed).to.equal(true);
    });

    it('lists inactive customers in a separate tab', () => {
      expect(PRESETS['seed-000'].inactiveListing).to.equal('separate-tab');
    });

    it('deactivates with no restriction from an open balance (D1)', () => {
      expect(PRESETS['seed-000'].balanceGuard).to.equal('allow');
    });

    it('plans a deactivation with the cascade and no hold or cancel offers', () => {
      const impact = planDeactivation(everything(), PRESETS['seed-000']);
      expect(impact.locations.length + impact.services.length).to.equal(2);
      expect(impact.invoices).to.deep.equal([]);
      expect(impact.subscriptions).to.deep.equal([]);
      expect(impact.check.allowed).to.equal(true);
    });
  });

  describe('seed-001', () => {
    it('does not cascade deactivation', () => {
      expect(PRESETS['seed-001'].cascade).to.equal(false);
    });

    it('deletes inactive customers only, and in bulk', () => {
      expect(PRESETS['seed-001']).to.include({ deletion: 'inactive-only', bulkDelete: true });
      expect(checkDelete(inactiveCustomer(), PRESETS['seed-001']).allowed).to.equal(true);
    });

    it('offers neither invoice hold nor subscription cancel', () => {
      expect(PRESETS['seed-001']).to.include({ invoiceHold: false, subscriptions: false });
    });

    it('lists inactive customers in a separate list', () => {
      expect(PRESETS['seed-001'].inactiveListing).to.equal('separate-list');
    });
  });

  describe('seed-002', () => {
    it('does not cascade deactivation', () => {
      expect(PRESETS['seed-002'].cascade).to.equal(false);
    });

    it('offers invoice hold and, where the plan has them, subscription cancel', () => {
      expect(PRESETS['seed-002']).to.include({ invoiceHold: true, subscriptions: true });
    });

    it('keeps inactive customers in the main list behind a filter', () => {
      expect(PRESETS['seed-002'].inactiveListing).to.equal('filter');
    });

    it('plans a deactivation offering hold and cancel, without a cascade', () => {
      const impact = planDeactivation(everything(), PRESETS['seed-002']);
      expect(impact.invoices.map((i) => i.id)).to.deep.equal(['i-1']);
      expect(impact.subscriptions.map((s) => s.id)).to.deep.equal(['sub-1']);
      expect(impact.locations).to.deep.equal([]);
      expect(impact.services).to.deep.equal([]);
    });
  });
});

describe('resolvePolicy', () => {
  it('gives a copy of the default without arguments', () => {
    const policy = resolvePolicy();
    expect(policy).to.deep.equal({ ...DEFAULT_POLICY });
    expect(policy).not.to.equal(DEFAULT_POLICY);
    expect(Object.isFrozen(policy)).to.equal(false);
  });

  it('gives a copy of a preset by name', () => {
    for (const name of PRESET_NAMES) {
      const policy = resolvePolicy(name);
      expect(policy, name).to.deep.equal({ ...PRESETS[name] });
      expect(policy, name).not.to.equal(PRESETS[name]);
    }
  });

  it('merges overrides over the default', () => {
    expect(resolvePolicy({ balanceGuard: 'block', dormantDays: null })).to.deep.equal({
      ...DEFAULT_POLICY, balanceGuard: 'block', dormantDays: null,
    });
  });

  it('merges overrides over a preset given as base', () => {
    expect(resolvePolicy({ undoSeconds: 0 }, PRESETS['seed-000'])).to.deep.equal({ ...PRESETS['seed-000'], undoSeconds: 0 });
  });

  it('ignores overrides that are undefined', () => {
    expect(resolvePolicy({ cascade: undefined, reason: 'required' })).to.deep.equal({ ...DEFAULT_POLICY, reason: 'required' });
  });

  it('keeps false, zero and null overrides', () => {
    expect(resolvePolicy({ cascade: false, undoSeconds: 0, dormantDays: null })).to.include({
      cascade: false, undoSeconds: 0, dormantDays: null,
    });
  });

  it('never mutates the overrides or the base', () => {
    const [overrides, overridesCopy] = frozenWithCopy({ cascade: false });
    const [base, baseCopy] = frozenWithCopy({ ...DEFAULT_POLICY });
    resolvePolicy(overrides, base).undoSeconds = 1;
    expect(overrides).to.deep.equal(overridesCopy);
    expect(base).to.deep.equal(baseCopy);
  });

  it('yields a policy that passes PolicySchema after any parsed overrides', () => {
    const policy = resolvePolicy({ deletion: 'never', typedCountFrom: 5, inactiveListing: 'separate-list' });
    expect(PolicySchema.safeParse(policy).success).to.equal(true);
  });

  it('recognises preset names and nothing else', () => {
    for (const name of PRESET_NAMES) expect(isPresetName(name), name).to.equal(true);
    for (const value of ['seed-003', 'Default', '', 0, null, undefined]) expect(isPresetName(value), String(value)).to.equal(false);
  });

  for (const name of ['__proto__', 'toString', 'constructor']) {
    it(`a host's "${name}" is no preset: it gives the base, not Object.prototype's member`, () => {
      expect(isPresetName(name)).to.equal(false);
      expect(resolvePolicy(name as PresetName)).to.deep.equal(DEFAULT_POLICY);
      expect(resolvePolicy(name as PresetName, PRESETS['seed-001'])).to.deep.equal(PRESETS['seed-001']);
    });
  }

  it("an own \"__proto__\" key of a host's overrides changes neither the policy's prototype nor its options", () => {
    const policy = resolvePolicy(JSON.parse('{"__proto__": {"cascade": false, "polluted": 1}, "undoSeconds": 5}'));
    expect(Object.getPrototypeOf(policy)).to.equal(Object.prototype);
    expect(policy).to.deep.equal({ ...DEFAULT_POLICY, undoSeconds: 5 });
    expect(Object.hasOwn(policy, '__proto__')).to.equal(false);
  });
});
