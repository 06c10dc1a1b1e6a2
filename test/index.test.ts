import { expect } from '@open-wc/testing';
import * as kit from '../src/index.js';

describe('package root', () => {
  it('registers no element when imported', () => {
    for (const tag of ['lifecycle-provider', 'customer-status-badge', 'deactivate-dialog', 'inactive-filter', 'service-reactivate-form']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('exports the error type, the boundary and the rules', () => {
    expect(new kit.LifecycleError('conflict', 'x').retryable).to.equal(true);
    expect(kit.guardAdapter).to.be.a('function');
    expect(kit.rules.statusDisplay('inactive', false).tone).to.equal('deactivated');
  });

  it('resolves each seed preset to a full policy', () => {
    for (const name of kit.PRESET_NAMES) {
      const policy = kit.resolvePolicy(name);
      expect(kit.PolicySchema.safeParse(policy).success, name).to.equal(true);
    }
    expect(kit.resolvePolicy('seed-000').deletion).to.equal('never');
    expect(kit.resolvePolicy('seed-001').inactiveListing).to.equal('separate-list');
    expect(kit.resolvePolicy('seed-002').invoiceHold).to.equal(true);
  });
});
