import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { until } from '../../support/until.js';
import { LifecycleError } from '../../../src/adapter/errors.js';
import type { LifecycleAdapter } from '../../../src/adapter/types.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/elements/customer-status-badge/define.js';
import type { CustomerStatusBadge } from '../../../src/elements/customer-status-badge/define.js';
import { LifecycleProvider } from '../../../src/elements/lifecycle-provider/define.js';
import { setMessages } from '../../../src/i18n/host.js';
import { ACTOR, NOW, call, deactivation, fixture as dataset, reactivation } from '../../adapters/memory/fixture.js';
import { warningsOf } from '../../support/console.js';
import { polluted, THROWS } from '../../support/polluted.js';

const part = (el: CustomerStatusBadge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const label = (el: CustomerStatusBadge) => el.shadowRoot?.querySelector('[part~="label"]')?.textContent;
/** The accessible description: the text of what `aria-describedby` points to. */
const description = (el: CustomerStatusBadge) => {
  const id = part(el, 'base').getAttribute('aria-describedby');
  return id ? el.shadowRoot!.getElementById(id)!.textContent : null;
};
const visibleIcons = (el: CustomerStatusBadge) =>
  [...el.shadowRoot!.querySelectorAll('svg')].filter((svg) => getComputedStyle(svg).display !== 'none');
const lineColour = (el: CustomerStatusBadge) => getComputedStyle(part(el, 'base')).borderInlineStartColor;

const ORANGE = 'rgb(179, 89, 0)';
const RED = 'rgb(198, 40, 40)';
const GREEN = 'rgb(26, 127, 55)';

const memory = () => createMemoryAdapter({ data: dataset(), now: () => NOW });

/**
 * The memory adapter with some methods replaced (its methods live on its prototype). A replaced `getCustomer`
 * goes with no `getCustomers`, so that the badge reads through it (else it reads through the batch).
 */
function withMethods(base: LifecycleAdapter, methods: Partial<LifecycleAdapter>): LifecycleAdapter {
  const batch = methods.getCustomer && !methods.getCustomers ? { getCustomers: undefined } : {};
  return Object.assign(Object.create(base) as LifecycleAdapter, batch, methods);
}

describe('<customer-status-badge>', () => {
  describe('rendering (presentational)', () => {
    it('shows an active customer as "Active" with an icon, in green', async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="active"></customer-status-badge>`);
      expect(label(el)).to.equal('Active');
      expect(visibleIcons(el)).to.have.length(1);
      expect(lineColour(el)).to.equal(GREEN);
      await expect(el).to.be.accessible();
    });

    it('S1 shows a deactivated customer with an orange line and the person-silhouette icon', async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="inactive"></customer-status-badge>`);
      expect(label(el)).to.equal('Deactivated');
      expect(lineColour(el)).to.equal(ORANGE);
      expect(visibleIcons(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('S2 shows a suspended customer in red', async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="active" suspended></customer-status-badge>`);
      expect(label(el)).to.equal('Suspended');
      expect(lineColour(el)).to.equal(RED);
      await expect(el).to.be.accessible();
    });

    it('S3 shows suspended and deactivated in red, with the orange deactivated icon as well', async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="inactive" suspended></customer-status-badge>`);
      expect(label(el)).to.equal('Suspended and deactivated');
      expect(lineColour(el)).to.equal(RED);
      const icons = visibleIcons(el);
      expect(icons).to.have.length(2);
      expect(getComputedStyle(icons[1]!).color).to.equal(ORANGE);
      await expect(el).to.be.accessible();
    });

    it('G8 shows an active customer as dormant when the host asks for it', async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="active" dormant></customer-status-badge>`);
      expect(label(el)).to.equal('Dormant');
      await expect(el).to.be.accessible();
    });

    it('never shows a deactivated customer as dormant', async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="inactive" dormant></customer-status-badge>`);
      expect(label(el)).to.equal('Deactivated');
    });

    it('shows a neutral "unknown" state for an unknown status, with one development warning', async () => {
      let el!: CustomerStatusBadge;
      const warnings = await warningsOf(async () => {
        el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="archived-x"></customer-status-badge>`);
        await fixture(html`<customer-status-badge status="archived-x"></customer-status-badge>`);
      });
      expect(label(el)).to.equal('Status unknown');
      expect(warnings.filter((w) => w.includes('archived-x'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('keeps the text as the accessible name when compact', async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="inactive" compact></customer-status-badge>`);
      const text = part(el, 'label');
      expect(text.textContent).to.equal('Deactivated');
      expect(text.getBoundingClientRect().width).to.be.at.most(1);
      expect(visibleIcons(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('follows attribute changes', async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="active"></customer-status-badge>`);
      el.setAttribute('status', 'inactive');
      el.toggleAttribute('suspended', true);
      await el.updateComplete;
      expect(label(el)).to.equal('Suspended and deactivated');
    });
  });

  describe('localisation', () => {
    afterEach(() => setMessages('en', {}));

    it('speaks Spanish inside lang="es"', async () => {
      const wrapper = fixtureSync(html`<div lang="es"><customer-status-badge status="inactive"></customer-status-badge></div>`);
      const el = wrapper.querySelector('customer-status-badge')!;
      await until(() => label(el) === 'Desactivado', 'the Spanish label never came');
    });

    it('follows a change of the nearest lang', async () => {
      const wrapper = fixtureSync(html`<div lang="en"><customer-status-badge status="active" suspended></customer-status-badge></div>`);
      const el = wrapper.querySelector('customer-status-badge')!;
      await el.updateComplete;
      expect(label(el)).to.equal('Suspended');
      wrapper.setAttribute('lang', 'es-MX');
      await until(() => label(el) === 'Suspendido', 'the label did not follow lang');
    });

    it("uses the host's messages: setMessages, the provider's and its own", async () => {
      setMessages('en', { 'status.deactivated': 'Archived' });
      const wrapper = fixtureSync(html`
        <lifecycle-provider .messages=${{ 'status.active': 'Live' }}>
          <customer-status-badge id="a" status="inactive"></customer-status-badge>
          <customer-status-badge id="b" status="active"></customer-status-badge>
          <customer-status-badge id="c" status="active" .messages=${{ 'status.active': 'Current' }}></customer-status-badge>
        </lifecycle-provider>`);
      const [a, b, c] = [...wrapper.querySelectorAll('customer-status-badge')];
      await until(() => label(b!) === 'Live', "the provider's message never came");
      expect(label(a!)).to.equal('Archived');
      expect(label(c!)).to.equal('Current');
    });

    it('finds a provider that is defined after it, on a page that had none', async () => {
      const providers = Symbol.for('customer-lifecycle-kit/providers');
      const g = globalThis as Record<symbol, unknown>;
      const before = g[providers];
      delete g[providers];
      try {
        const wrapper = fixtureSync(html`
          <late-lifecycle-provider .messages=${{ 'status.active': 'Live' }}>
            <customer-status-badge status="active"></customer-status-badge>
          </late-lifecycle-provider>`);
        const el = wrapper.querySelector('customer-status-badge')!;
        await el.updateComplete;
        expect(label(el)).to.equal('Active');
        customElements.define('late-lifecycle-provider', class extends LifecycleProvider {});
        await until(() => label(el) === 'Live', 'the late provider was not found');
      } finally {
        g[providers] = before;
      }
    });

    it('a message key Object.prototype has (a value, or a getter that throws) is not taken for a message', async () => {
      const labels = await polluted({ 'status.deactivated': 'polluted', 'status.active': THROWS }, async () => {
        setMessages('en', { 'status.suspended': 'On hold' });
        const wrapper = fixtureSync(html`
          <lifecycle-provider .messages=${{ 'status.dormant': 'Asleep' }}>
            <customer-status-badge status="inactive"></customer-status-badge>
            <customer-status-badge status="active"></customer-status-badge>
            <customer-status-badge status="active" .messages=${{ 'status.unknown': '?' }}></customer-status-badge>
          </lifecycle-provider>`);
        const badges = [...wrapper.querySelectorAll('customer-status-badge')];
        await Promise.all(badges.map((b) => b.updateComplete));
        return badges.map(label);
      });
      expect(labels).to.deep.equal(['Deactivated', 'Active', 'Active']);
    });

    it("reads only own keys of the host's .messages: an own \"__proto__\" or \"toString\" is no message", async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status="active"
        .messages=${JSON.parse('{"__proto__": {"status.active": "From a prototype"}, "toString": "x"}')}></customer-status-badge>`);
      expect(label(el)).to.equal('Active');
    });

    for (const status of ['__proto__', 'toString', 'constructor']) {
      it(`status="${status}" shows "Status unknown"`, async () => {
        let el: CustomerStatusBadge | undefined;
        await warningsOf(async () => {
          el = await fixture<CustomerStatusBadge>(html`<customer-status-badge status=${status}></customer-status-badge>`);
        });
        expect(label(el!)).to.equal('Status unknown');
      });
    }

    it("uses the provider's locale over lang", async () => {
      const wrapper = fixtureSync(html`
        <div lang="en"><lifecycle-provider locale="es"><customer-status-badge status="active"></customer-status-badge></lifecycle-provider></div>`);
      const el = wrapper.querySelector('customer-status-badge')!;
      await until(() => label(el) === 'Activo', "the provider's locale was not used");
    });
  });

  describe('bound to the adapter', () => {
    it('D7 loads the customer and describes who deactivated it, when and why', async () => {
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge customer-id="c-zoe" .adapter=${memory()}></customer-status-badge>`);
      await until(() => label(el) === 'Deactivated', 'the customer never loaded');
      const text = description(el)!;
      expect(text).to.contain(ACTOR.name);
      expect(text).to.contain('Oct 12, 2026');
      expect(text).to.contain('Reason: Moved away');
      expect(part(el, 'base').tabIndex).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('wins over the status attribute once the customer has loaded', async () => {
      const el = await fixture<CustomerStatusBadge>(html`
        <customer-status-badge status="active" customer-id="c-zoe" .adapter=${memory()}></customer-status-badge>`);
      await until(() => label(el) === 'Deactivated', 'the loaded status did not win');
    });

    it('gets its adapter from a provider', async () => {
      const wrapper = await fixture(html`
        <lifecycle-provider .adapter=${memory()}><customer-status-badge customer-id="c-zoe"></customer-status-badge></lifecycle-provider>`);
      const el = wrapper.querySelector('customer-status-badge')!;
      await until(() => label(el) === 'Deactivated', 'the provided adapter was not used');
    });

    it('updates live when the customer changes through the change feed', async () => {
      const adapter = memory();
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge customer-id="c-ana" .adapter=${adapter}></customer-status-badge>`);
      await until(() => label(el) === 'Active', 'the customer never loaded');
      await adapter.deactivate(deactivation(['c-ana']), call());
      await until(() => label(el) === 'Deactivated', 'the change feed was not followed');
      expect(description(el)).to.contain(ACTOR.name);
      await adapter.reactivate(reactivation(['c-ana']), call());
      await until(() => label(el) === 'Active', 'the reactivation was not followed');
      expect(description(el)).to.equal(null);
    });

    it('G8 works out dormancy from dormant-days and says since when', async () => {
      const el = await fixture<CustomerStatusBadge>(html`
        <customer-status-badge customer-id="c-jose" dormant-days="90" .adapter=${memory()}></customer-status-badge>`);
      await until(() => label(el) === 'Dormant', 'dormancy was not worked out');
      expect(description(el)).to.match(/^No interaction since /);
    });

    it('shows a loading state that keeps its width, then the status', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const base = memory();
      const adapter: LifecycleAdapter = withMethods(base, { getCustomer: async (id, options) => (await gate, base.getCustomer(id, options)) });
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge customer-id="c-zoe" .adapter=${adapter}></customer-status-badge>`);
      await until(() => label(el) === 'Loading status', 'no loading state');
      expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
      expect(parseFloat(getComputedStyle(part(el, 'base')).minInlineSize)).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      release();
      await until(() => label(el) === 'Deactivated');
      expect(part(el, 'base').getAttribute('aria-busy')).to.equal('false');
    });

    it('shows "Status unavailable" with a retry, and fires lifecycle-error, when the adapter fails', async () => {
      const base = memory();
      let fail = true;
      const adapter: LifecycleAdapter = withMethods(base, {
        getCustomer: (id, options) => (fail ? Promise.reject(new LifecycleError('network', 'offline')) : base.getCustomer(id, options)),
      });
      const el = fixtureSync<CustomerStatusBadge>(html`<customer-status-badge customer-id="c-zoe" .adapter=${adapter}></customer-status-badge>`);
      const { detail } = await oneEvent(el, 'lifecycle-error');
      expect(detail.error.code).to.equal('network');
      await until(() => label(el) === 'Status unavailable');
      const retry = part(el, 'retry') as HTMLButtonElement;
      expect(retry.textContent).to.equal('Retry');
      await expect(el).to.be.accessible();
      fail = false;
      retry.click();
      await until(() => label(el) === 'Deactivated', 'retry did not load');
      expect(retry.hidden).to.equal(true);
    });

    it('turns malformed adapter data into an error, never a crash', async () => {
      const base = memory();
      const adapter = withMethods(base, { getCustomer: () => Promise.resolve({ customer: { id: 'c-zoe', status: 'gone' } }) as never });
      const el = fixtureSync<CustomerStatusBadge>(html`<customer-status-badge customer-id="c-zoe" .adapter=${adapter}></customer-status-badge>`);
      const { detail } = await oneEvent(el, 'lifecycle-error');
      expect(detail.error.code).to.equal('invalid-data');
      await until(() => label(el) === 'Status unavailable');
    });

    it('ignores the answer for an earlier customer id', async () => {
      let releaseFirst!: () => void;
      const first = new Promise<void>((resolve) => (releaseFirst = resolve));
      const base = memory();
      const adapter: LifecycleAdapter = withMethods(base, {
        getCustomer: async (id, options) => {
          if (id === 'c-ana') await first;
          return base.getCustomer(id, options);
        },
      });
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge customer-id="c-ana" .adapter=${adapter}></customer-status-badge>`);
      el.customerId = 'c-zoe';
      await until(() => label(el) === 'Deactivated');
      releaseFirst();
      await base.getCustomer('c-ana', call()); // let the stale answer arrive
      await el.updateComplete;
      expect(label(el)).to.equal('Deactivated');
    });

    it('aborts its load when removed from the page', async () => {
      let signal: AbortSignal | undefined;
      const base = memory();
      const adapter: LifecycleAdapter = withMethods(base, {
        getCustomer: (_id, options) => ((signal = options.signal), new Promise<never>(() => {})),
      });
      const el = await fixture<CustomerStatusBadge>(html`<customer-status-badge customer-id="c-zoe" .adapter=${adapter}></customer-status-badge>`);
      await until(() => signal !== undefined);
      el.remove();
      expect(signal!.aborted).to.equal(true);
    });
  });
});
