import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Actor, LifecycleAdapter } from '../../src/adapter/types.js';
import { LifecycleController, UNKNOWN_ACTOR } from '../../src/context/index.js';
import '../../src/elements/customer-status-badge/define.js';
import '../../src/elements/lifecycle-provider/define.js';
import type { LifecycleProvider } from '../../src/elements/lifecycle-provider/lifecycle-provider.js';
import { en } from '../../src/i18n/en.js';
import { DEFAULT_POLICY } from '../../src/rules/policy.js';
import { until } from '../support/until.js';

/** An element as the kit's are: its own `.adapter` wins over the provider's. */
class TestReader extends LitElement {
  @property({ attribute: false }) adapter: LifecycleAdapter | undefined;
  readonly lifecycle = new LifecycleController(this, { english: en, adapter: () => this.adapter });

  override render() {
    return html`<p>${this.lifecycle.localize.t('action.deactivate')}</p>`;
  }
}
customElements.define('test-reader', TestReader);

/** An adapter whose calls never settle: these tests only look at who gets which adapter. */
function fakeAdapter(): LifecycleAdapter {
  const never = () => new Promise<never>(() => {});
  return {
    getCustomer: never, preview: never, deactivate: never, reactivate: never, undo: never, deleteCustomers: never,
    reactivateLocation: never, reactivateServices: never, listCustomers: never, countCustomers: never,
  };
}

const textOf = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';
const ann: Actor = { id: 'u1', name: 'Ann' };
const bob: Actor = { id: 'u2', name: 'Bob' };

/** Counts the context requests made on the page while `run` runs. */
async function requestsDuring(run: () => Promise<void>): Promise<number> {
  let count = 0;
  const count1 = () => count++;
  window.addEventListener('context-request', count1, true);
  try {
    await run();
  } finally {
    window.removeEventListener('context-request', count1, true);
  }
  return count;
}

describe('LifecycleController', () => {
  describe('reading the provider', () => {
    it('reads the nearest provider: an inner one wins over the outer one', async () => {
      const outer = await fixture<LifecycleProvider>(html`<lifecycle-provider .actor=${ann} locale="en">
        <lifecycle-provider .actor=${bob} locale="es"><test-reader></test-reader></lifecycle-provider></lifecycle-provider>`);
      await outer.querySelector<LifecycleProvider>('lifecycle-provider')!.updateComplete;
      const el = outer.querySelector('test-reader')!;
      expect(el.lifecycle.actor).to.deep.equal(bob);
      await until(() => textOf(el) === 'Desactivar');
    });

    it('reads another provider once the element is moved under it', async () => {
      const [adapterA, adapterB] = [fakeAdapter(), fakeAdapter()];
      const page = fixtureSync(html`<div>
        <lifecycle-provider id="a" .adapter=${adapterA} .actor=${ann} locale="en"><test-reader></test-reader></lifecycle-provider>
        <lifecycle-provider id="b" .adapter=${adapterB} .actor=${bob} locale="es"></lifecycle-provider></div>`);
      await Promise.all([...page.querySelectorAll('lifecycle-provider')].map((p) => p.updateComplete));
      const el = page.querySelector('test-reader')!;
      expect(el.lifecycle.rawAdapter).to.equal(adapterA);
      expect(el.lifecycle.actor).to.deep.equal(ann);
      page.querySelector('#b')!.append(el);
      await el.updateComplete;
      expect(el.lifecycle.rawAdapter).to.equal(adapterB);
      expect(el.lifecycle.actor).to.deep.equal(bob);
      await until(() => textOf(el) === 'Desactivar');
    });

    it('forgets the provider once the element is moved out of it', async () => {
      const page = fixtureSync(html`<div><lifecycle-provider .adapter=${fakeAdapter()} .actor=${ann}><test-reader></test-reader></lifecycle-provider></div>`);
      await page.querySelector('lifecycle-provider')!.updateComplete;
      const el = page.querySelector('test-reader')!;
      page.append(el);
      await el.updateComplete;
      expect(el.lifecycle.hasAdapter).to.equal(false);
      expect(el.lifecycle.actor).to.equal(UNKNOWN_ACTOR);
    });
  });

  describe('without a provider', () => {
    it('uses the element\'s own adapter, the default policy, the unknown actor and the nearest lang', async () => {
      const adapter = fakeAdapter();
      const wrapper = fixtureSync(html`<div lang="es"><test-reader .adapter=${adapter}></test-reader></div>`);
      const el = wrapper.querySelector('test-reader')!;
      await el.updateComplete;
      expect(el.lifecycle.rawAdapter).to.equal(adapter);
      expect(el.lifecycle.policy).to.deep.equal(DEFAULT_POLICY);
      expect(el.lifecycle.providedPolicy).to.equal(undefined);
      expect(el.lifecycle.actor).to.equal(UNKNOWN_ACTOR);
      await until(() => textOf(el) === 'Desactivar');
    });
  });

  describe('elements shown by the thousand (the badge)', () => {
    it('asks nothing while no provider is on the page', async () => {
      const requests = await requestsDuring(async () => {
        const el = await fixture(html`<customer-status-badge status="active"></customer-status-badge>`);
        await (el as LitElement).updateComplete;
      });
      expect(requests).to.equal(0);
    });

    it('asks nothing once every provider has left the page', async () => {
      const provider = await fixture<LifecycleProvider>(html`<lifecycle-provider></lifecycle-provider>`);
      provider.remove();
      const requests = await requestsDuring(async () => {
        const el = await fixture(html`<customer-status-badge status="active"></customer-status-badge>`);
        await (el as LitElement).updateComplete;
      });
      expect(requests).to.equal(0);
    });

    it('reads a provider that is defined after it connected', async () => {
      const page = fixtureSync(html`<late-provider locale="es"><customer-status-badge status="active"></customer-status-badge></late-provider>`);
      const badge = page.querySelector('customer-status-badge')!;
      await badge.updateComplete;
      expect(textOf(badge)).to.equal('Active');
      customElements.define('late-provider', class extends (customElements.get('lifecycle-provider') as typeof LifecycleProvider) {});
      await until(() => textOf(badge) === 'Activo');
    });
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'test-reader': TestReader;
  }
}
