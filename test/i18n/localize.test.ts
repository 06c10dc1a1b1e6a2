import { expect, fixtureSync, html } from '@open-wc/testing';
import { until } from '../support/until.js';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ERROR_CODES } from '../../src/adapter/errors.js';
import { FIX_CODES, REASON_CODES } from '../../src/rules/reasons.js';
import { LifecycleController } from '../../src/context/lifecycle-controller.js';
import {
  createLocalizer, en, formatMessage, isMessageKey, loadCatalog, loadedCatalog,
  resolveLocale, setMessages, toLocale, toOverrides, type Catalog,
} from '../../src/i18n/index.js';
import { own } from '../../src/i18n/catalogs.js';
import { warningsOf } from '../support/console.js';
import { polluted, THROWS } from '../support/polluted.js';

/** A minimal element that renders one message and keeps every text it rendered. */
class TestLocalized extends LitElement {
  @property({ attribute: false }) messages: unknown;
  readonly localize = new LifecycleController(this, { english: en, messages: () => this.messages }).localize;
  readonly renders: string[] = [];

  override render() {
    const text = this.localize.t('action.deactivate');
    this.renders.push(text);
    return html`<p>${text}</p>`;
  }
}
customElements.define('test-localized', TestLocalized);

const textOf = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';
// `{name}` and `{count, plural, …}` heads; the text of a plural branch (`one {Deactivate}`) is not a placeholder.
const placeholders = (text: string) =>
  [...text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s)\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();

// First: nothing may have loaded Spanish before this block runs.
describe('lazy Spanish', () => {
  it('is not loaded until a Spanish element asks for it', () => {
    expect(loadedCatalog('es')).to.equal(undefined);
  });

  it('renders English first, then Spanish once the catalogue has loaded', async () => {
    const wrapper = fixtureSync(html`<div lang="es"><test-localized></test-localized></div>`);
    const el = wrapper.querySelector('test-localized')!;
    await until(() => textOf(el) === 'Desactivar', 'Spanish never arrived');
    expect(el.renders[0]).to.equal('Deactivate');
    expect(el.localize.locale).to.equal('es');
  });
});

describe('catalogues', () => {
  let es: Catalog;
  before(async () => {
    es = await loadCatalog('es');
  });

  it('English and Spanish have exactly the same keys', () => {
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('no message is empty in either language', () => {
    for (const catalog of [en, es]) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.to.equal('');
    }
  });

  it('each Spanish message uses the same placeholders as its English one', () => {
    for (const key of Object.keys(en)) {
      if (isMessageKey(key)) expect(placeholders(es[key]), key).to.deep.equal(placeholders(en[key]));
    }
  });

  it('every error code has a message in both languages', () => {
    for (const code of ERROR_CODES) {
      const key = `error.${code}`;
      expect(isMessageKey(key), key).to.equal(true);
      if (isMessageKey(key)) expect(es[key], key).to.be.a('string');
    }
  });

  it('every reason code and fix code has a message in both languages', () => {
    for (const key of [...REASON_CODES.map((c) => `reason.${c}`), ...FIX_CODES.map((c) => `fix.${c}`)]) {
      expect(isMessageKey(key), key).to.equal(true);
      if (isMessageKey(key)) expect(es[key], key).to.be.a('string');
    }
  });

  it('addresses the reader as tú in every Spanish message, as seed 002 does', () => {
    const usted = /\b(?:Vuelva|Reactive|Desactive|Indique|Escriba|Elija|Seleccione|Compruebe|Recargue|Pida|Quite|Libere|Liquide|Asigne|use|tiene permiso|puede \w+ cuando quiera|Puede deshacerlo|su administrador)\b/;
    for (const [key, text] of Object.entries(es)) expect(text, key).not.to.match(usted);
  });

  it('says a finished deactivation or reactivation in Spanish differently from the refusal of the same change', () => {
    const l = createLocalizer('es', { catalog: es });
    expect(l.t('dialog.done.deactivate', { name: 'José Álvarez' })).to.equal('Se ha desactivado a José Álvarez.');
    expect(l.t('reason.already-inactive')).to.equal('Este cliente ya está inactivo.');
    expect(l.t('dialog.done.reactivate', { name: 'José Álvarez' })).to.equal('Se ha reactivado a José Álvarez.');
    expect(l.t('reason.already-active')).to.equal('Este cliente ya está activo.');
  });

  it('loads the Spanish catalogue once and caches it', async () => {
    expect(await loadCatalog('es')).to.equal(es);
    expect(loadedCatalog('es')).to.equal(es);
  });
});

describe('locale resolution', () => {
  it('reads the nearest lang attribute', () => {
    const el = fixtureSync(html`<div lang="en"><section lang="es"><span></span></section></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('es');
  });

  it('walks up through a shadow root to its host', () => {
    const host = fixtureSync(html`<div lang="es"><div id="host"></div></div>`);
    const inner = document.createElement('span');
    host.querySelector('#host')!.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('es');
  });

  it('maps a regional tag such as es-MX to es', () => {
    expect(toLocale('es-MX')).to.equal('es');
    const el = fixtureSync(html`<p lang="es-MX"></p>`);
    expect(resolveLocale(el)).to.equal('es');
  });

  it('gives English for a language the kit lacks', () => {
    const el = fixtureSync(html`<p lang="fr"></p>`);
    expect(resolveLocale(el)).to.equal('en');
  });

  it('falls back to the document language, then the browser language', () => {
    const el = fixtureSync(html`<p></p>`);
    const saved = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'es';
      expect(resolveLocale(el)).to.equal('es');
      document.documentElement.removeAttribute('lang');
      expect(resolveLocale(el)).to.equal(toLocale(navigator.language) ?? 'en');
    } finally {
      if (saved === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', saved);
    }
  });
});

describe('messages', () => {
  before(() => loadCatalog('es'));

  it('fills named placeholders', () => {
    expect(formatMessage('Deactivate {name}?', { name: 'Acme' })).to.equal('Deactivate Acme?');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(formatMessage('Deactivate {name}?')).to.equal('Deactivate {name}?');
  });

  it('picks the English plural form', () => {
    const l = createLocalizer('en');
    expect(l.t('count.customers', { count: 1 })).to.equal('1 customer');
    expect(l.t('count.customers', { count: 0 })).to.equal('0 customers');
    expect(l.t('count.customers', { count: 12345 })).to.equal('12,345 customers');
  });

  it('picks the Spanish plural form and formats the number', () => {
    const l = createLocalizer('es');
    expect(l.t('count.locations', { count: 1 })).to.equal('1 ubicación');
    expect(l.t('count.locations', { count: 12345 })).to.equal('12.345 ubicaciones');
  });

  it('prefers an exact branch and allows parameters inside branches', () => {
    const template = '{count, plural, =0 {No one for {name}} one {# for {name}} other {# for {name}}}';
    expect(formatMessage(template, { count: 0, name: 'Ana' })).to.equal('No one for Ana');
    expect(formatMessage(template, { count: 3, name: 'Ana' })).to.equal('3 for Ana');
  });
});

describe('Intl formatting', () => {
  it('formats money in English and Spanish', () => {
    expect(createLocalizer('en').formatMoney({ amount: 1234.5, currency: 'USD' })).to.equal('$1,234.50');
    expect(createLocalizer('es').formatMoney({ amount: 1234.5, currency: 'EUR' })).to.match(/^1234,50\s€$/);
  });

  it('falls back to plain text for a currency Intl rejects', () => {
    expect(createLocalizer('en').formatMoney({ amount: 5, currency: 'X' })).to.equal('5 X');
  });

  it('formats a calendar date without shifting it by time zone', () => {
    expect(createLocalizer('en').formatDate('2026-03-01')).to.equal('Mar 1, 2026');
    expect(createLocalizer('es').formatDate('2026-03-01')).to.equal('1 mar 2026');
  });

  it('formats an instant with date and time', () => {
    const options = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } as const;
    const spaced = (text: string) => text.replace(/\s/g, ' '); // ICU versions differ in their kinds of space
    expect(spaced(createLocalizer('en').formatDateTime('2026-03-01T09:30:00Z', options))).to.equal('Mar 1, 2026, 9:30 AM');
    expect(spaced(createLocalizer('es').formatDateTime('2026-03-01T09:30:00Z', options))).to.equal('1 mar 2026, 9:30');
  });

  it('shows an unreadable date as given instead of a blank', () => {
    expect(createLocalizer('en').formatDate('not a date')).to.equal('not a date');
  });

  it('formats numbers and lists', () => {
    expect(createLocalizer('en').formatNumber(1234.5)).to.equal('1,234.5');
    expect(createLocalizer('es').formatNumber(12345.5)).to.equal('12.345,5');
    expect(createLocalizer('en').formatList(['a', 'b', 'c'])).to.equal('a, b, and c');
    expect(createLocalizer('es').formatList(['a', 'b', 'c'])).to.equal('a, b y c');
  });
});

describe('overrides', () => {
  afterEach(() => {
    setMessages('en', {});
    setMessages('es', {});
  });

  it('a host message from setMessages wins over the catalogue', () => {
    setMessages('en', { 'action.deactivate': 'Archive' });
    expect(createLocalizer('en').t('action.deactivate')).to.equal('Archive');
    expect(createLocalizer('en').t('action.reactivate')).to.equal('Reactivate');
  });

  it('overrides given to a localizer win over setMessages', () => {
    setMessages('en', { 'action.deactivate': 'Archive' });
    expect(createLocalizer('en', { overrides: { 'action.deactivate': 'Retire' } }).t('action.deactivate')).to.equal('Retire');
  });

  it('ignores unknown keys and non-string values', () => {
    setMessages('en', JSON.parse('{"nope": "x", "action.undo": 3, "action.close": "Done"}'));
    const l = createLocalizer('en');
    expect(l.t('action.undo')).to.equal('Undo');
    expect(l.t('action.close')).to.equal('Done');
  });

  it('re-renders connected elements when setMessages changes', async () => {
    const wrapper = fixtureSync(html`<div lang="en"><test-localized></test-localized></div>`);
    const el = wrapper.querySelector('test-localized')!;
    setMessages('en', { 'action.deactivate': 'Archive' });
    await until(() => textOf(el) === 'Archive');
  });

  it('an element-level override wins over setMessages', async () => {
    setMessages('en', { 'action.deactivate': 'Archive' });
    const wrapper = fixtureSync(html`<div lang="en"><test-localized .messages=${{ 'action.deactivate': 'Retire' }}></test-localized></div>`);
    const el = wrapper.querySelector('test-localized')!;
    await el.updateComplete;
    expect(textOf(el)).to.equal('Retire');
  });
});

describe('own keys only: keys from a host, and a polluted Object.prototype', () => {
  afterEach(() => setMessages('en', {}));

  it('a placeholder named like an inherited key ({toString}, or one a page polluted) is left as written', async () => {
    expect(formatMessage('Hi {toString} {constructor}', {})).to.equal('Hi {toString} {constructor}');
    const text = await polluted({ polluted: 'P' }, () => formatMessage('Hi {polluted}, {polluted, plural, one {#} other {#}}', {}));
    expect(text).to.equal('Hi {polluted}, {polluted, plural, one {#} other {#}}');
  });

  it('own() reads a key of the table itself, never an inherited one, and takes no table at all', () => {
    expect(own({ a: 'x' }, 'a')).to.equal('x');
    expect(own({}, 'toString')).to.equal(undefined);
    expect(own({}, 'constructor')).to.equal(undefined);
    expect(own({}, '__proto__')).to.equal(undefined);
    expect(own(undefined, 'a')).to.equal(undefined);
    expect(own(null, 'a')).to.equal(undefined);
  });

  for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    it(`a lookup of "${key}" gives the key back, not Object.prototype's member`, () => {
      expect(createLocalizer('en').t(key as keyof Catalog)).to.equal(key);
      expect(isMessageKey(key)).to.equal(false);
    });
  }

  it("ignores a host's \"toString\", \"constructor\" and own \"__proto__\" keys, with a warning each", async () => {
    let result: object = {};
    const warnings = await warningsOf(async () => {
      result = toOverrides(JSON.parse('{"toString": "a", "constructor": "b", "__proto__": {"action.undo": "c"}, "action.close": "Done"}'));
    });
    expect(result).to.deep.equal({ 'action.close': 'Done' });
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(warnings).to.have.length(3);
    setMessages('en', JSON.parse('{"__proto__": {"action.undo": "c"}}'));
    expect(createLocalizer('en').t('action.undo')).to.equal('Undo');
  });

  it('a message key Object.prototype has (a value, or a getter that throws) is not taken for a message', async () => {
    const texts = await polluted({ 'action.undo': 'polluted', 'action.close': THROWS }, () => {
      const l = createLocalizer('en');
      return [l.t('action.undo'), l.t('action.close')];
    });
    expect(texts).to.deep.equal(['Undo', 'Close']);
  });

  it("keeps a host's override of a key Object.prototype has as a getter without setter", async () => {
    const [kept, text] = await polluted({ 'action.deactivate': THROWS }, async () => {
      const overrides = toOverrides({ 'action.deactivate': 'Archive' });
      const el = fixtureSync<TestLocalized>(html`<test-localized lang="en" .messages=${{ 'action.deactivate': 'Retire' }}></test-localized>`);
      await el.updateComplete;
      return [Object.getOwnPropertyDescriptor(overrides, 'action.deactivate')?.value, textOf(el)];
    });
    expect(kept).to.equal('Archive');
    expect(text).to.equal('Retire');
  });
});

describe('an element\'s localizer', () => {
  before(() => loadCatalog('es'));

  it('follows a lang change up the tree', async () => {
    const wrapper = fixtureSync(html`<div lang="en"><test-localized></test-localized></div>`);
    const el = wrapper.querySelector('test-localized')!;
    await el.updateComplete;
    expect(textOf(el)).to.equal('Deactivate');
    wrapper.setAttribute('lang', 'es');
    await until(() => textOf(el) === 'Desactivar');
  });

  it('re-reads the locale when moved to another part of the page', async () => {
    const wrapper = fixtureSync(html`<div><p lang="en"><test-localized></test-localized></p><p lang="es"></p></div>`);
    const el = wrapper.querySelector('test-localized')!;
    wrapper.querySelector('[lang="es"]')!.append(el);
    await until(() => textOf(el) === 'Desactivar');
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'test-localized': TestLocalized;
  }
}
