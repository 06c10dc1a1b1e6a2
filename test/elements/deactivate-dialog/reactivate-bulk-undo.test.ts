import { expect, oneEvent } from '@open-wc/testing';
import type { MutationResult } from '../../../src/adapter/types.js';
import { button, field, mount, openAndLoad, root, status, text, title } from './helpers.js';
import { until } from '../../support/until.js';

describe('<deactivate-dialog> bulk reactivate', () => {
  it('R1 reactivates several inactive customers in one adapter call, without a typed count', async () => {
    const { el, opener, mutations } = await mount({ ids: ['c-zoe', 'c-bruno'], mode: 'reactivate' });
    await openAndLoad(el, opener);
    expect(title(el)).to.equal('Reactivate 2 customers?');
    expect(() => field(el, 'Type 2 to confirm')).to.throw(/no field/);
    await expect(el).to.be.accessible();
    const reactivated = oneEvent(el, 'customer-reactivated');
    button(el, 'Reactivate 2 customers').click();
    const { detail } = await reactivated;
    expect(detail.customerIds).to.have.members(['c-zoe', 'c-bruno']);
    expect(mutations().map((c) => c.method)).to.deep.equal(['reactivate']);
    await el.updateComplete;
    expect(title(el)).to.equal('Results for 2 customers');
    await expect(el).to.be.accessible();
  });

  it('R1 skips an active customer in a bulk reactivate, saying why', async () => {
    const { el, opener } = await mount({ ids: ['c-zoe', 'c-ana'], mode: 'reactivate' });
    await openAndLoad(el, opener);
    expect(text(el)).to.contain('1 customer will be skipped:');
    expect(text(el)).to.contain('Ana Torres');
  });
});

describe('<deactivate-dialog> undo grace period', () => {
  it('G4 stops offering Undo once the grace period has passed', async () => {
    const { el, opener, hold, call } = await mount();
    await openAndLoad(el, opener);
    hold('deactivate');
    const done = oneEvent(el, 'customer-deactivated');
    button(el, 'Deactivate').click();
    // The adapter answers that the deactivation can be undone for a moment only.
    const short: MutationResult = {
      operationId: 'op-short', undoUntil: new Date(Date.now() + 2000).toISOString(), results: [{ id: 'c-jose', outcome: 'done' }],
    };
    (await call('deactivate')).answer(short);
    await done;
    await el.updateComplete;
    expect(status(el)).to.contain('You can undo this until');
    expect(button(el, 'Undo')).to.exist;
    await until(() => ![...root(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Undo'), 'Undo was still offered');
    await expect(el).to.be.accessible();
  });
});

describe('<deactivate-dialog> bulk undo', () => {
  it('G4 undoes a bulk deactivation and says how many are active again', async () => {
    const { el, opener, mutations } = await mount({ ids: ['c-jose', 'c-ana'], mode: 'deactivate', policy: { typedCountFrom: 3 } });
    await openAndLoad(el, opener);
    const done = oneEvent(el, 'customer-deactivated');
    button(el, 'Deactivate 2 customers').click();
    await done;
    await el.updateComplete;
    const undone = oneEvent(el, 'customer-deactivation-undone');
    button(el, 'Undo').click();
    expect((await undone).detail.customerIds).to.have.members(['c-jose', 'c-ana']);
    await el.updateComplete;
    expect(status(el)).to.contain('Undone: 2 customers are active again.');
    expect(title(el)).to.equal('Deactivation of 2 customers undone');
    expect(mutations().map((c) => c.method)).to.deep.equal(['deactivate', 'undo']);
    await expect(el).to.be.accessible();
  });
});
