import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/lifecycle-provider/define.js';
import { until } from '../../support/until.js';
import { checkedLabel, labels, toggle, transitionsDone, type InactiveFilter } from './helpers.js';

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

  it('G8 says what Dormant means, with its days: as the choice\'s description and tooltip, and under the group once chosen', async () => {
    const el = await underProvider(html`<inactive-filter dormant-days="90"></inactive-filter>`);
    const dormant = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')].find((r) => r.textContent!.includes('Dormant'))!;
    const described = el.shadowRoot!.getElementById(dormant.getAttribute('aria-describedby')!)!;
    expect(described.textContent!.trim()).to.equal('Active, with no interaction for 90 days.');
    expect(dormant.title).to.equal('Active, with no interaction for 90 days');
    expect(described.hidden, 'not shown before Dormant is chosen').to.equal(true);
    expect(getComputedStyle(described).display).to.equal('none');
    dormant.click();
    await el.updateComplete;
    expect(described.hidden, 'shown once chosen').to.equal(false);
    expect(getComputedStyle(described).display).to.equal('block');
    await transitionsDone(el);
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
