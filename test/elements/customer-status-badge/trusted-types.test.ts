// A page whose Trusted Types policy list leaves out the kit's policy
// (`trusted-types lit-html` without `customer-lifecycle-kit`): creating the
// policy throws there. The badge module is loaded only after that refusal is
// in place, as it would be on such a page (this file runs in a page of its own).
import { expect, fixtureSync, html } from '@open-wc/testing';
import { warningsOf } from '../../support/console.js';

type Factory = { createPolicy(name: string, rules: object): unknown };

describe('<customer-status-badge> on a page that refuses its Trusted Types policy', () => {
  const holder = window as unknown as { trustedTypes?: Factory };
  const original = Object.getOwnPropertyDescriptor(window, 'trustedTypes');
  before(() => {
    const real = holder.trustedTypes;
    Object.defineProperty(window, 'trustedTypes', {
      configurable: true,
      value: {
        createPolicy(name: string, rules: object) {
          if (name === 'customer-lifecycle-kit') throw new TypeError(`Policy "${name}" disallowed.`);
          return real?.createPolicy(name, rules);
        },
      },
    });
  });
  after(() => {
    if (original) Object.defineProperty(window, 'trustedTypes', original);
    else delete holder.trustedTypes;
  });

  it('still shows every status in words, without icons, and warns once', async () => {
    const warnings = await warningsOf(async () => {
      await import('../../../src/elements/customer-status-badge/define.js');
      // fixtureSync: a plain <div> fixture would wait for an animation frame, which a test page behind another never gets.
      const page = fixtureSync<HTMLElement>(html`<div>
        <customer-status-badge status="active"></customer-status-badge>
        <customer-status-badge status="inactive"></customer-status-badge>
        <customer-status-badge status="inactive" suspended></customer-status-badge>
      </div>`);
      const badges = [...page.querySelectorAll('customer-status-badge')] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
      await Promise.all(badges.map((b) => b.updateComplete));
      expect(badges.map((b) => b.shadowRoot!.querySelector('[part~="label"]')?.textContent?.trim())).to.deep.equal(['Active', 'Deactivated', 'Suspended and deactivated']);
      expect(badges.every((b) => b.shadowRoot!.querySelector('svg') === null)).to.equal(true);
      await expect(page).to.be.accessible();
    });
    expect(warnings.filter((w) => w.includes('Trusted Types'))).to.have.length(1);
  });
});
