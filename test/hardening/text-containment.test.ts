/**
 * Text stays inside the element that shows it: a 300-character word without
 * a break wraps, a flood of combining marks is cut at the box of its line
 * (no marks painted over the lines around it or outside the element), focus
 * rings stay whole, and a long message override wraps.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Dataset } from '../../src/adapter/types.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/customer-status-badge/define.js';
import type { CustomerStatusBadge } from '../../src/elements/customer-status-badge/define.js';
import '../../src/elements/deactivate-dialog/define.js';
import type { DeactivateDialog } from '../../src/elements/deactivate-dialog/define.js';
import '../../src/elements/inactive-filter/define.js';
import type { InactiveFilter } from '../../src/elements/inactive-filter/define.js';
import '../../src/elements/lifecycle-provider/define.js';
import '../../src/elements/service-reactivate-form/define.js';
import type { ServiceReactivateForm } from '../../src/elements/service-reactivate-form/define.js';
import { fixture as dataset, TODAY } from '../adapters/memory/fixture.js';
import { button, dialog, openAndLoad, root } from '../elements/deactivate-dialog/helpers.js';
import { radios } from '../elements/inactive-filter/helpers.js';
import { q } from '../elements/service-reactivate-form/helpers.js';
import { until } from '../support/until.js';
import { deepElements } from './corpus.js';

/** 300 characters without a place to break. */
const LONG = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(9).slice(0, 300);
/** A letter under 200 combining marks, above and below: a tower of ink far taller than its line. */
const FLOOD = `Z${'\u0301\u0316'.repeat(100)}`;
/** A message override: a long sentence that ends in a long word. */
const OVERRIDE = `${'a long message from the host '.repeat(8)}${LONG}`;
/** The kit's focus ring reaches this far outside a control: 2 px of outline, 2 px of offset. */
const RING = 4;
/** Rounding of fractional layout. */
const SLACK = 1;

/** The fixture with `name` as every name, label, reason and invoice number. */
function named(name: string): Dataset {
  const data = dataset();
  for (const customer of data.customers) customer.name = name;
  const zoe = data.customers.find((c) => c.id === 'c-zoe')!;
  zoe.deactivation = { ...zoe.deactivation!, by: { id: 'u-9', name }, reason: name };
  for (const location of data.locations) location.label = name;
  for (const service of data.services) service.name = name;
  for (const subscription of data.subscriptions) subscription.name = name;
  for (const invoice of data.invoices) invoice.number = name;
  return data;
}

/** A provider on the fixture with `name` everywhere, `name` also the acting user, holding `content`. */
const page = (name: string, content: TemplateResult) =>
  fixture<HTMLElement>(html`<lifecycle-provider .adapter=${createMemoryAdapter({ data: named(name) })} .actor=${{ id: 'u-9', name }}>${content}</lifecycle-provider>`);

/** The parent of `node`, its shadow root's host at the top of a shadow tree. */
const up = (node: Node): Element | null => node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);

const describeEl = (el: Element) => `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;

/** What under `content` (shadow trees included) sticks out of `box` sideways, and whether `box` scrolls sideways. */
function sideways(box: Element, content: Element = box): string[] {
  const limit = box.getBoundingClientRect();
  const problems: string[] = [];
  if (box.scrollWidth > box.clientWidth + SLACK) problems.push(`${describeEl(box)} scrolls sideways: ${box.scrollWidth} > ${box.clientWidth}`);
  for (const el of deepElements(content)) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < limit.left - SLACK || rect.right > limit.right + SLACK) {
      problems.push(`${describeEl(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)}, the box ${Math.round(limit.left)}–${Math.round(limit.right)}`);
    }
  }
  return problems;
}

/** The text nodes under `root` (shadow trees included) that hold `needle`. */
function textsWith(root: Element, needle: string): Text[] {
  const found: Text[] = [];
  for (const el of deepElements(root)) {
    for (const node of [...el.childNodes, ...(el.shadowRoot?.childNodes ?? [])]) {
      if (node instanceof Text && node.data.includes(needle)) found.push(node);
    }
  }
  return found;
}

/**
 * Where the flood's ink is not cut at its line: for each text that shows it,
 * the box that holds its line (the nearest ancestor that is not inline) must
 * clip vertically and lie inside `box`.
 */
function inkSpills(box: Element, content: Element = box): string[] {
  const limit = box.getBoundingClientRect();
  const texts = textsWith(content, FLOOD);
  if (texts.length === 0) return ['the flood is not shown'];
  return texts.flatMap((text) => {
    let holder = up(text);
    while (holder && ['inline', 'contents'].includes(getComputedStyle(holder).display)) holder = up(holder);
    if (!holder) return ['no box holds the flood'];
    const rect = holder.getBoundingClientRect();
    if (getComputedStyle(holder).overflowY === 'visible') return [`${describeEl(holder)} lets the marks spill over the lines around it`];
    if (rect.top < limit.top - SLACK || rect.bottom > limit.bottom + SLACK) return [`${describeEl(holder)} lies outside the box`];
    return [];
  });
}

/** The controls under `content` whose focus ring a box that clips (between them and `box`) would cut. */
function ringsCut(box: Element, content: Element = box): string[] {
  const controls = deepElements(content).filter((el) => el.matches('button, input, select, textarea, [tabindex]'));
  return controls.flatMap((control) => {
    const r = control.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return [];
    const ring = { left: r.left - RING, right: r.right + RING, top: r.top - RING, bottom: r.bottom + RING };
    const problems: string[] = [];
    for (let a = up(control); a; a = a === box ? null : up(a)) {
      const style = getComputedStyle(a);
      const clips = (value: string) => value === 'clip' || value === 'hidden';
      // A box that scrolls brings a control into view; one that clips never does. `overflow-clip-margin` widens a clip.
      const margin = style.overflowX === 'clip' || style.overflowY === 'clip' ? parseFloat(style.getPropertyValue('overflow-clip-margin')) || 0 : 0;
      const outer = a.getBoundingClientRect();
      const left = outer.left + a.clientLeft - margin;
      const top = outer.top + a.clientTop - margin;
      const right = outer.left + a.clientLeft + a.clientWidth + margin;
      const bottom = outer.top + a.clientTop + a.clientHeight + margin;
      const cutX = clips(style.overflowX) && (ring.left < left - SLACK || ring.right > right + SLACK);
      const cutY = clips(style.overflowY) && (ring.top < top - SLACK || ring.bottom > bottom + SLACK);
      if (cutX || cutY) problems.push(`${describeEl(a)} cuts the focus ring of ${describeEl(control)} "${(control.textContent ?? '').trim().slice(0, 20)}"`);
    }
    return problems;
  });
}

/** Everything these tests ask of `name` shown inside `box`: the ink of a flood of marks is looked at too. */
const contained = (name: string, box: Element, content: Element = box) =>
  ({ sideways: sideways(box, content), ink: name === FLOOD ? inkSpills(box, content) : [], rings: ringsCut(box, content) });
const fine = { sideways: [], ink: [], rings: [] };

const NAMES = [['a 300-character word', LONG], ['a letter under 200 combining marks', FLOOD]] as const;

/** Runs `check` with each odd name in turn, each on a page of its own. */
async function withEachName(check: (name: string, what: string) => Promise<void>): Promise<void> {
  for (const [what, name] of NAMES) {
    await check(name, what);
    fixtureCleanup();
  }
}

async function openDialog(name: string, attrs: { id?: string; ids?: string; mode?: string }): Promise<DeactivateDialog> {
  const host = await page(name, html`<button id="opener" commandfor="dlg" command="--show">Open</button>
    <deactivate-dialog id="dlg" customer-id=${attrs.id ?? ''} customer-ids=${attrs.ids ?? ''} mode=${attrs.mode ?? 'auto'}></deactivate-dialog>`);
  const el = host.querySelector<DeactivateDialog>('deactivate-dialog')!;
  await openAndLoad(el, host.querySelector<HTMLButtonElement>('#opener')!);
  return el;
}

describe('a long word and a flood of combining marks stay inside the element', () => {
  it('<deactivate-dialog>: title, preview, options and hints', async () => {
    await withEachName(async (name, what) => {
      const el = await openDialog(name, { id: 'c-jose' });
      expect(contained(name, dialog(el), root(el).querySelector('[part~="title"]')!), `${what}: title`).to.deep.equal(fine);
      expect(contained(name, dialog(el), root(el).querySelector('[part~="body"]')!), `${what}: preview`).to.deep.equal(fine);
      await expect(el).to.be.accessible();
    });
  });

  it('<deactivate-dialog>: the outcome and who acted', async () => {
    await withEachName(async (name, what) => {
      const el = await openDialog(name, { id: 'c-jose' });
      const done = oneEvent(el, 'customer-deactivated');
      button(el, 'Deactivate').click();
      await done;
      await el.updateComplete;
      expect(contained(name, dialog(el)), what).to.deep.equal(fine);
    });
  });

  it('<deactivate-dialog>: who deactivated the customer and why, when reactivating', async () => {
    await withEachName(async (name, what) => {
      const el = await openDialog(name, { id: 'c-zoe' });
      expect(contained(name, dialog(el), root(el).querySelector('[part~="body"]')!), what).to.deep.equal(fine);
    });
  });

  it('<deactivate-dialog>: the skipped customers and the per-customer result of a bulk action', async () => {
    await withEachName(async (name, what) => {
      const el = await openDialog(name, { ids: 'c-jose c-zoe', mode: 'deactivate' });
      expect(contained(name, dialog(el), root(el).querySelector('[part~="blockers"]')!), `${what}: skipped`).to.deep.equal(fine);
      const done = oneEvent(el, 'customer-deactivated');
      button(el, /^Deactivate/).click();
      await done;
      await el.updateComplete;
      expect(contained(name, dialog(el), root(el).querySelector('[part~="results"]')!), `${what}: results`).to.deep.equal(fine);
    });
  });

  it('<service-reactivate-form>: locations, services, and an inactive customer to reactivate first', async () => {
    await withEachName(async (name, what) => {
      const host = await page(name, html`<div style="inline-size: 20rem">
        <service-reactivate-form view="inactive" customer-id="c-jose" today=${TODAY}></service-reactivate-form>
        <service-reactivate-form view="inactive" customer-id="c-zoe" today=${TODAY}></service-reactivate-form></div>`);
      const [jose, zoe] = [...host.querySelectorAll<ServiceReactivateForm>('service-reactivate-form')] as [ServiceReactivateForm, ServiceReactivateForm];
      await until(() => q(jose, 'select') && q(zoe, '[part~="notice"] button'), 'the forms did not load');
      expect(contained(name, jose), `${what}: inactive services`).to.deep.equal(fine);
      expect(contained(name, zoe), `${what}: customer first`).to.deep.equal(fine);
      const select = q<HTMLSelectElement>(jose, 'select')!;
      select.value = 'active';
      select.dispatchEvent(new Event('change'));
      await jose.updateComplete;
      expect(contained(name, jose), `${what}: active services`).to.deep.equal(fine);
      await expect(host).to.be.accessible();
    });
  });

  it("<customer-status-badge>: the description of who deactivated the customer and why", async () => {
    await withEachName(async (name, what) => {
      const host = await page(name, html`<div style="inline-size: 20rem"><customer-status-badge customer-id="c-zoe"></customer-status-badge></div>`);
      const el = host.querySelector<CustomerStatusBadge>('customer-status-badge')!;
      const tip = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]');
      await until(() => tip()?.textContent?.includes('Reason'), 'the badge did not describe the deactivation');
      // Shown as hover or keyboard focus shows it; :focus-visible never matches in a test page that runs in the background.
      tip()!.style.display = 'block';
      expect(contained(name, tip()!), what).to.deep.equal(fine);
      expect(sideways(host.querySelector('div')!, el), what).to.deep.equal([]);
    });
  });
});

describe('a long message override wraps', () => {
  it('in every element, inside a narrow column', async () => {
    const host = await page(LONG, html`<div style="inline-size: 16rem">
      <customer-status-badge status="active" .messages=${{ 'status.active': OVERRIDE }}></customer-status-badge>
      <inactive-filter .messages=${{ 'filter.inactive': OVERRIDE }}></inactive-filter>
      <service-reactivate-form view="inactive" customer-id="c-jose" today=${TODAY} .messages=${{ 'form.view': OVERRIDE }}></service-reactivate-form>
      <button id="opener" commandfor="dlg" command="--show">Open</button>
      <deactivate-dialog id="dlg" customer-id="c-ana" .messages=${{ 'dialog.title.deactivate': OVERRIDE, 'action.cancel': OVERRIDE }}></deactivate-dialog>
    </div>`);
    const column = host.querySelector('div')!;
    const [badge, filter, form, dlg] = [
      host.querySelector<CustomerStatusBadge>('customer-status-badge')!,
      host.querySelector<InactiveFilter>('inactive-filter')!,
      host.querySelector<ServiceReactivateForm>('service-reactivate-form')!,
      host.querySelector<DeactivateDialog>('deactivate-dialog')!,
    ];
    await until(() => q(form, 'select') && radios(filter).length > 0, 'the form or the filter did not render');
    await openAndLoad(dlg, host.querySelector<HTMLButtonElement>('#opener')!);
    await badge.updateComplete;
    expect(badge.shadowRoot!.textContent).to.contain(OVERRIDE);
    expect(radios(filter)[1]!.textContent).to.contain(OVERRIDE);
    expect(form.shadowRoot!.textContent).to.contain(OVERRIDE);
    expect(root(dlg).querySelector('h2')!.textContent).to.equal(OVERRIDE);
    for (const [el, box] of [[badge, column], [filter, column], [form, column], [dlg, dialog(dlg)]] as const) {
      expect(sideways(box, el), el.localName).to.deep.equal([]);
      // A visually hidden text (a 1 px box, for screen readers) clips on purpose.
      for (const part of deepElements(el).filter((p) => p.clientWidth > 1 || p.clientHeight > 1)) {
        expect(part.scrollWidth, `${describeEl(part)} of <${el.localName}> scrolls or clips sideways`).to.be.at.most(part.clientWidth + SLACK);
      }
    }
  });
});
