import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { until } from '../../support/until.js';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LifecycleError } from '../../../src/adapter/errors.js';
import type { LifecycleAdapter } from '../../../src/adapter/types.js';
import { LifecycleController, UNKNOWN_ACTOR } from '../../../src/context/index.js';
import { LifecycleProvider } from '../../../src/elements/lifecycle-provider/define.js';
import { en } from '../../../src/i18n/en.js';
import { DEFAULT_POLICY } from '../../../src/rules/policy.js';

/** A consumer as the kit's elements are: its own `.adapter` may win over the provider's. */
class TestConsumer extends LitElement {
  @property({ attribute: false }) adapter: LifecycleAdapter | undefined;
  readonly lifecycle = new LifecycleController(this, { english: en, adapter: () => this.adapter });

  override render() {
    return html`<p>${this.lifecycle.localize.t('action.deactivate')}</p>`;
  }
}
customElements.define('test-consumer', TestConsumer);

/** An adapter whose calls never settle: these tests only look at who gets which adapter. */
function fakeAdapter(): LifecycleAdapter {
  const never = () => new Promise<never>(() => {});
  return {
    getCustomer: never, preview: never, deactivate: never, reactivate: never, undo: never, deleteCustomers: never,
    reactivateLocation: never, reactivateServices: never, listCustomers: never, countCustomers: never,
  };
}

const rawAdapter = (el: TestConsumer) => el.lifecycle.rawAdapter;
const textOf = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';

describe('<lifecycle-provider>', () => {
  describe('rendering', () => {
    it('registers its tag when its module is imported', () => {
      expect(customElements.get('lifecycle-provider')).to.equal(LifecycleProvider);
    });

    it('renders its children in place', async () => {
      const el = await fixture<LifecycleProvider>(html`<lifecycle-provider><p>Customers</p></lifecycle-provider>`);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((child) => child.textContent)).to.deep.equal(['Customers']);
      expect(getComputedStyle(el).display).to.equal('contents');
    });

    it('is accessible', async () => {
      const el = await fixture(html`<lifecycle-provider><button>Deactivate</button></lifecycle-provider>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('gives its adapter, policy and actor to an element inside it', async () => {
      const adapter = fakeAdapter();
      const actor = { id: 'u1', name: 'Ana Ruiz' };
      const el = await fixture(html`
        <lifecycle-provider .adapter=${adapter} preset="seed-000" .actor=${actor}><test-consumer></test-consumer></lifecycle-provider>`);
      const consumer = el.querySelector('test-consumer')!;
      await until(() => rawAdapter(consumer) === adapter, 'the adapter never arrived');
      expect(consumer.lifecycle.policy.deletion).to.equal('never');
      expect(consumer.lifecycle.actor).to.deep.equal(actor);
    });

    it('merges .policy over the preset', async () => {
      const el = await fixture(html`
        <lifecycle-provider preset="seed-001" .policy=${{ undoSeconds: 5 }}><test-consumer></test-consumer></lifecycle-provider>`);
      const { policy } = el.querySelector('test-consumer')!.lifecycle;
      expect(policy.undoSeconds).to.equal(5);
      expect(policy.inactiveListing).to.equal('separate-list');
    });

    it('sets the locale of the elements inside it, over their lang', async () => {
      const el = fixtureSync(html`
        <div lang="en"><lifecycle-provider locale="es"><test-consumer></test-consumer></lifecycle-provider></div>`);
      const consumer = el.querySelector('test-consumer')!;
      await until(() => textOf(consumer) === 'Desactivar', 'Spanish never arrived');
    });

    it('gives its message overrides to the elements inside it', async () => {
      const el = await fixture(html`
        <lifecycle-provider .messages=${{ 'action.deactivate': 'Archive' }}><test-consumer></test-consumer></lifecycle-provider>`);
      expect(textOf(el.querySelector('test-consumer')!)).to.equal('Archive');
    });

    it('lets an element-level .adapter win over the provided one', async () => {
      const provided = fakeAdapter();
      const own = fakeAdapter();
      const el = await fixture(html`
        <lifecycle-provider .adapter=${provided}><test-consumer .adapter=${own}></test-consumer></lifecycle-provider>`);
      expect(rawAdapter(el.querySelector('test-consumer')!)).to.equal(own);
    });

    it('wraps the adapter in the boundary, which parses what it returns', async () => {
      const adapter = { ...fakeAdapter(), countCustomers: () => Promise.resolve({ active: -1, inactive: 0, all: 0 }) };
      const el = await fixture<TestConsumer>(html`<test-consumer .adapter=${adapter}></test-consumer>`);
      const guarded = await el.lifecycle.adapter();
      if (!guarded || guarded instanceof LifecycleError) throw new Error('expected a guarded adapter');
      expect(guarded.raw).to.equal(adapter);
      const error = await guarded.countCustomers({}, new AbortController().signal).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(LifecycleError);
      expect((error as LifecycleError).code).to.equal('invalid-data');
    });

    it('gives an invalid-data error for an object that is not an adapter', async () => {
      const el = await fixture<TestConsumer>(html`<test-consumer .adapter=${{ getCustomer: 1 }}></test-consumer>`);
      const adapter = await el.lifecycle.adapter();
      expect(adapter).to.be.instanceOf(LifecycleError);
      expect(adapter instanceof LifecycleError && adapter.code).to.equal('invalid-data');
    });

    it('leaves an element without a provider on the defaults', async () => {
      const el = await fixture<TestConsumer>(html`<test-consumer></test-consumer>`);
      expect(await el.lifecycle.adapter()).to.equal(undefined);
      expect(el.lifecycle.hasAdapter).to.equal(false);
      expect(el.lifecycle.policy).to.deep.equal(DEFAULT_POLICY);
      expect(el.lifecycle.actor).to.deep.equal(UNKNOWN_ACTOR);
    });

    it('passes a new adapter on to the elements inside it', async () => {
      const el = await fixture<LifecycleProvider>(html`
        <lifecycle-provider .adapter=${fakeAdapter()}><test-consumer></test-consumer></lifecycle-provider>`);
      const next = fakeAdapter();
      el.adapter = next;
      await until(() => rawAdapter(el.querySelector('test-consumer')!) === next);
    });
  });

  describe('nesting', () => {
    it('an inner provider overrides what it sets and inherits the rest', async () => {
      const adapter = fakeAdapter();
      const el = await fixture(html`
        <lifecycle-provider .adapter=${adapter} preset="seed-000" .actor=${{ id: 'u1', name: 'Ana' }}>
          <lifecycle-provider preset="seed-002" .actor=${{ id: 'u2', name: 'Luis' }}>
            <test-consumer></test-consumer>
          </lifecycle-provider>
        </lifecycle-provider>`);
      const consumer = el.querySelector('test-consumer')!;
      await el.querySelector('lifecycle-provider')!.updateComplete; // the inner one, with its .actor checked
      await until(() => rawAdapter(consumer) === adapter, 'the outer adapter never arrived');
      expect(consumer.lifecycle.policy.invoiceHold).to.equal(true);
      expect(consumer.lifecycle.policy.deletion).to.equal('inactive-only');
      expect(consumer.lifecycle.actor.name).to.equal('Luis');
    });

    it('an inner .policy without a preset applies over the outer policy', async () => {
      const el = await fixture(html`
        <lifecycle-provider preset="seed-000">
          <lifecycle-provider .policy=${{ undoSeconds: 0 }}><test-consumer></test-consumer></lifecycle-provider>
        </lifecycle-provider>`);
      await el.querySelector('lifecycle-provider')!.updateComplete; // the inner one, with its .policy checked
      const { policy } = el.querySelector('test-consumer')!.lifecycle;
      expect(policy.deletion).to.equal('never');
      expect(policy.undoSeconds).to.equal(0);
    });
  });

  describe('definition order', () => {
    it('reaches an element that was upgraded before the provider was defined', async () => {
      class LateProvider extends LifecycleProvider {}
      const adapter = fakeAdapter();
      const el = fixtureSync(html`
        <test-late-provider .adapter=${adapter}><test-consumer></test-consumer></test-late-provider>`);
      const consumer = el.querySelector('test-consumer')!;
      expect(consumer.lifecycle.rawAdapter).to.equal(undefined);
      customElements.define('test-late-provider', LateProvider);
      await until(() => rawAdapter(consumer) === adapter, 'the late provider never answered');
    });
  });

  describe('checking host values', () => {
    it('applies a preset at once, and a .policy and .actor once its checks have loaded (updateComplete waits for them)', async () => {
      const el = fixtureSync<LifecycleProvider>(html`
        <lifecycle-provider preset="seed-001"><test-consumer></test-consumer></lifecycle-provider>`);
      const consumer = el.querySelector('test-consumer')!;
      await el.updateComplete;
      expect(consumer.lifecycle.policy.inactiveListing).to.equal('separate-list');
      Object.assign(el, { policy: { undoSeconds: 0 }, actor: { id: 'u9', name: 'Marta' } });
      await el.updateComplete;
      expect(consumer.lifecycle.policy.undoSeconds).to.equal(0);
      expect(consumer.lifecycle.policy.inactiveListing).to.equal('separate-list');
      expect(consumer.lifecycle.actor.name).to.equal('Marta');
      expect(el.error).to.equal(undefined);
    });
  });

  describe('invalid host values', () => {
    it('keeps the previous policy and exposes the problems as error for an invalid .policy', async () => {
      const el = await fixture<LifecycleProvider>(html`
        <lifecycle-provider preset="seed-000"><test-consumer></test-consumer></lifecycle-provider>`);
      const consumer = el.querySelector('test-consumer')!;
      const before = consumer.lifecycle.policy;
      Object.assign(el, { policy: { deletion: 'sometimes' } });
      await el.updateComplete;
      expect(el.error?.code).to.equal('invalid-data');
      expect(el.error?.issues.map((issue) => issue.path)).to.deep.equal(['deletion']);
      expect(consumer.lifecycle.policy).to.equal(before);
    });

    it('clears error once a valid .policy is set', async () => {
      const el = await fixture<LifecycleProvider>(html`<lifecycle-provider></lifecycle-provider>`);
      Object.assign(el, { policy: { deletion: 'sometimes' } });
      await el.updateComplete;
      expect(el.error).to.be.instanceOf(LifecycleError);
      el.policy = { deletion: 'never' };
      await el.updateComplete;
      expect(el.error).to.equal(undefined);
    });

    it('rejects an unknown preset and keeps the previous policy', async () => {
      const el = await fixture<LifecycleProvider>(html`
        <lifecycle-provider preset="seed-001"><test-consumer></test-consumer></lifecycle-provider>`);
      el.setAttribute('preset', 'seed-999');
      await el.updateComplete;
      expect(el.error?.operation).to.equal('preset');
      expect(el.querySelector('test-consumer')!.lifecycle.policy.inactiveListing).to.equal('separate-list');
    });

    it('rejects an invalid .actor, naming each wrong field', async () => {
      const el = await fixture<LifecycleProvider>(html`<lifecycle-provider></lifecycle-provider>`);
      Object.assign(el, { actor: { id: '', name: 42 } });
      await el.updateComplete;
      expect(el.error?.issues.map((issue) => issue.path).sort()).to.deep.equal(['id', 'name']);
    });

    it('fires no event for a value the host set', async () => {
      const el = await fixture<LifecycleProvider>(html`<lifecycle-provider></lifecycle-provider>`);
      let fired = 0;
      el.addEventListener('lifecycle-error', () => (fired += 1));
      Object.assign(el, { actor: { id: '' } });
      await el.updateComplete;
      expect(el.error).to.be.instanceOf(LifecycleError);
      expect(fired).to.equal(0);
    });
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'test-consumer': TestConsumer;
  }
}
