import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/lifecycle-provider/define.js';
import { until } from '../../support/until.js';
import { checkedLabel, labels, toggle, type InactiveFilter } from './helpers.js';

/** A filter inside a provider; waits until the provider's policy has arrived. */
async function underProvider(filter = html`<inactive-filter></inactive-filter>`, preset = 'default') {
  const provider = await fixture(html`<lifecycle-provider preset=${preset}>${filter}</lifecycle-provider>`);
  const el = provider.querySelector<InactiveFilter>('inactive-filter')!;
  await el.updateComplete;
  return el;
}

describe("<inactive-filter> under a provider's policy", () => {
  it("G8 offers Dormant for the policy's dormant days when dormant-days is absent", async () => {
    const el = await underProvider();
    await until(() => labels(el).length === 4, 'no Dormant from the policy');
    expect(labels(el)).to.deep.equal(['Active', 'Inactive', 'All', 'Dormant']);
    await expect(el).to.be.accessible();
  });

  it('lets dormant-days win over the policy, and dormant-days="0" turn Dormant off', async () => {
    const el = await underProvider(html`<inactive-filter dormant-days="0"></inactive-filter>`);
    expect(labels(el)).to.deep.equal(['Active', 'Inactive', 'All']);
    el.dormantDays = 30;
    el.value = 'dormant';
    await el.updateComplete;
    expect(el.criteria.dormantDays).to.equal(30);
  });

  it('F1 seed 001 (a separate inactive list): renders the toggle when appearance is absent', async () => {
    const el = await underProvider(html`<inactive-filter></inactive-filter>`, 'seed-001');
    await until(() => toggle(el), 'no toggle from the policy');
    expect(toggle(el).textContent!.trim()).to.equal('Show inactive customers');
    await expect(el).to.be.accessible();
  });

  it('lets the appearance attribute win over the policy', async () => {
    const el = await underProvider(html`<inactive-filter appearance="segmented" value="inactive"></inactive-filter>`, 'seed-001');
    expect(toggle(el)).to.equal(null);
    expect(checkedLabel(el)).to.equal('Inactive');
  });
});
