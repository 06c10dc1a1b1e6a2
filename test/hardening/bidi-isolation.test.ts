/**
 * User text is bidi-isolated in every sentence that shows it: a customer's,
 * location's or service's name, the acting user's name and a reason, each
 * with an unclosed U+202E (RIGHT-TO-LEFT OVERRIDE), must not reverse the
 * words that follow it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Dataset } from '../../src/adapter/types.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/customer-status-badge/define.js';
import type { CustomerStatusBadge } from '../../src/elements/customer-status-badge/define.js';
import '../../src/elements/deactivate-dialog/define.js';
import type { DeactivateDialog } from '../../src/elements/deactivate-dialog/define.js';
import '../../src/elements/lifecycle-provider/define.js';
import '../../src/elements/service-reactivate-form/define.js';
import type { ServiceReactivateForm } from '../../src/elements/service-reactivate-form/define.js';
import { fixture as dataset, TODAY } from '../adapters/memory/fixture.js';
import { button, openAndLoad, root, status, title } from '../elements/deactivate-dialog/helpers.js';
import { q, qa, setEnd } from '../elements/service-reactivate-form/helpers.js';
import { until } from '../support/until.js';
import { deepText } from './corpus.js';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';
/** Who and what, each with an override it never closes. */
const EVIL = { customer: `${RLO}evil`, actor: `${RLO}agent`, reason: `${RLO}why`, location: `${RLO}place`, service: `${RLO}chore` };
const isolated = (text: string) => `${FSI}${text}${PDI}`;

/** `text` shows `name` isolated, and nothing else of it is under a bidi control: the words around the name read in order. */
function readsInOrder(text: string, name: string): void {
  expect(text).to.contain(isolated(name));
  expect(text.split(isolated(name)).join(''), 'text outside the isolate').not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
}

/** The fixture with every name and reason above, and the acting user named `EVIL.actor`. */
function evilData(): Dataset {
  const data = dataset();
  for (const customer of data.customers) customer.name = EVIL.customer;
  const zoe = data.customers.find((c) => c.id === 'c-zoe')!;
  zoe.deactivation = { ...zoe.deactivation!, by: { id: 'u-9', name: EVIL.actor }, reason: EVIL.reason };
  for (const location of data.locations) location.label = EVIL.location;
  for (const service of data.services) service.name = EVIL.service;
  return data;
}

const page = (content: TemplateResult) =>
  fixture<HTMLElement>(html`<lifecycle-provider .adapter=${createMemoryAdapter({ data: evilData() })} .actor=${{ id: 'u-9', name: EVIL.actor }}>${content}</lifecycle-provider>`);

async function openDialog(attrs: { id?: string; ids?: string; mode?: string }): Promise<DeactivateDialog> {
  const host = await page(html`<button id="opener" commandfor="dlg" command="--show">Open</button>
    <deactivate-dialog id="dlg" customer-id=${attrs.id ?? ''} customer-ids=${attrs.ids ?? ''} mode=${attrs.mode ?? 'auto'}></deactivate-dialog>`);
  const el = host.querySelector<DeactivateDialog>('deactivate-dialog')!;
  await openAndLoad(el, host.querySelector<HTMLButtonElement>('#opener')!);
  return el;
}

/** Where `text` is drawn inside `container` (its first occurrence, in one text node). */
function rectOf(container: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" is not in ${container.localName}`);
}

describe('user text is bidi-isolated', () => {
  describe('<deactivate-dialog>', () => {
    it('isolates the name in the title, so that its question mark stays at the end of the line', async () => {
      const el = await openDialog({ id: 'c-jose' });
      expect(title(el)).to.equal(`Deactivate ${isolated(EVIL.customer)}?`);
      const h2 = root(el).querySelector('h2')!;
      // Isolated, the override reverses "evil" alone; unisolated, it would reverse "evil?" and draw the "?" first.
      expect(rectOf(h2, '?').left).to.be.at.least(rectOf(h2, 'evil').right - 1);
    });

    it('isolates the names of the preview, and the customer and user after deactivating', async () => {
      const el = await openDialog({ id: 'c-jose' });
      const preview = deepText(el);
      expect(preview).to.contain(`1 location: ${isolated(EVIL.location)}`);
      expect(preview).to.contain(`3 services: ${isolated(EVIL.service)}, ${isolated(EVIL.service)}, and ${isolated(EVIL.service)}`);
      const done = oneEvent(el, 'customer-deactivated');
      button(el, 'Deactivate').click();
      await done;
      await el.updateComplete;
      expect(title(el)).to.equal(`${isolated(EVIL.customer)} deactivated`);
      const [line, recorded] = [...root(el).querySelectorAll('[role="status"] p')].map((p) => p.textContent!);
      expect(line).to.equal(`${isolated(EVIL.customer)} is now inactive.`);
      readsInOrder(recorded!, EVIL.actor);
      expect(status(el)).to.match(/ by \u2068\u202Eagent\u2069\. /);
    });

    it('isolates who deactivated the customer and why, in the reactivate preview', async () => {
      const el = await openDialog({ id: 'c-zoe' });
      const lines = [...root(el).querySelectorAll('p')].map((p) => p.textContent!.trim());
      expect(lines.find((p) => p.startsWith('Deactivated on'))).to.match(/ by \u2068\u202Eagent\u2069$/);
      expect(lines).to.include('Reason: \u2068\u202Ewhy\u2069');
    });

    it('isolates the names of skipped customers and of the per-customer result', async () => {
      const el = await openDialog({ ids: 'c-jose c-zoe', mode: 'deactivate' });
      const skipped = root(el).querySelector('[part~="blockers"] li')!.textContent!;
      expect(skipped).to.equal(`${isolated(EVIL.customer)}: This customer is already inactive.`);
      const done = oneEvent(el, 'customer-deactivated');
      button(el, /^Deactivate/).click();
      await done;
      await el.updateComplete;
      const results = [...root(el).querySelectorAll('[part~="results"] li')].map((li) => li.textContent!);
      expect(results).to.include(isolated(EVIL.customer));
      for (const result of results) readsInOrder(result, EVIL.customer);
    });
  });

  describe('<service-reactivate-form>', () => {
    it('isolates location and service names, and the names of the saved services', async () => {
      const host = await page(html`<service-reactivate-form view="inactive" customer-id="c-jose" today=${TODAY}></service-reactivate-form>`);
      const el = host.querySelector<ServiceReactivateForm>('service-reactivate-form')!;
      await until(() => q(el, 'select'), 'the form did not load');
      expect(qa(el, 'legend').map((l) => l.textContent)).to.deep.equal([isolated(EVIL.location), `${isolated(EVIL.location)} – Inactive`]);
      const legend = qa(el, 'legend')[1]!;
      expect(rectOf(legend, '–').left).to.be.at.least(rectOf(legend, 'place').right - 1);
      const choices = qa(el, 'input[name="reactivate"]') as HTMLInputElement[];
      for (const choice of choices) expect(choice.closest('label')!.textContent!.trim()).to.equal(`Reactivate ${isolated(EVIL.service)}`);
      choices[0]!.click();
      await el.updateComplete;
      await setEnd(el, '');
      const saved = oneEvent(el, 'services-reactivated');
      (qa(el, 'button').find((b) => b.textContent!.trim() === 'Save') as HTMLButtonElement).click();
      await saved;
      await until(() => q(el, '[role="status"]')!.textContent!.includes('Active'), 'no saved message');
      expect(q(el, '[role="status"]')!.textContent).to.equal(`${isolated(EVIL.service)}: Active`);
    });

    it("isolates the inactive customer's name in the button that reactivates it", async () => {
      const host = await page(html`<service-reactivate-form view="inactive" customer-id="c-zoe" today=${TODAY}></service-reactivate-form>`);
      const el = host.querySelector<ServiceReactivateForm>('service-reactivate-form')!;
      await until(() => q(el, '[part~="notice"] button'), 'no notice');
      expect(q(el, '[part~="notice"] button')!.textContent!.trim()).to.equal(`Reactivate ${isolated(EVIL.customer)}`);
    });
  });

  describe('<customer-status-badge>', () => {
    it('isolates who deactivated the customer and why, in its description', async () => {
      const host = await page(html`<customer-status-badge customer-id="c-zoe"></customer-status-badge>`);
      const el = host.querySelector<CustomerStatusBadge>('customer-status-badge')!;
      const tip = () => el.shadowRoot!.querySelector('[part~="tooltip"]')?.textContent ?? '';
      await until(() => tip().includes('Reason'), 'the badge did not describe the deactivation');
      expect(tip()).to.match(/^Deactivated on .+ by \u2068\u202Eagent\u2069\. Reason: \u2068\u202Ewhy\u2069$/);
    });
  });
});
