/** Shared helpers of the `<inactive-filter>` tests: what a user sees of it, and host pages. */
import { fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LifecycleAdapter } from '../../../src/adapter/types.js';
import '../../../src/elements/inactive-filter/define.js';
import type { InactiveFilter } from '../../../src/elements/inactive-filter/define.js';
import { deferred } from '../../support/deferred.js';

export type { InactiveFilter };

export const radios = (el: InactiveFilter) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
/** Each radio's visible label (without its count). */
export const labels = (el: InactiveFilter) => radios(el).map((r) => r.querySelector('[part~="label"]')!.textContent!.trim());
/** Each radio's visible count ('' while counting; undefined when there are no counts). */
export const counts = (el: InactiveFilter) => radios(el).map((r) => r.querySelector('[part~="count"]')?.textContent);
export const checked = (el: InactiveFilter) => radios(el).find((r) => r.getAttribute('aria-checked') === 'true');
export const checkedLabel = (el: InactiveFilter) => checked(el)?.querySelector('[part~="label"]')!.textContent!.trim();
export const group = (el: InactiveFilter) => el.shadowRoot!.querySelector<HTMLElement>('[role="radiogroup"]')!;
export const toggle = (el: InactiveFilter) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
export const alert = (el: InactiveFilter) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
export const focused = (el: InactiveFilter) => el.shadowRoot!.activeElement;
/** The ids of the customer rows (table body rows, list items) shown in `root`. */
export const shown = (root: Element) =>
  [...root.querySelectorAll<HTMLElement>(':is(tbody, ul, ol) > [data-customer-status]')].filter((r) => !r.hidden).map((r) => r.id);

/**
 * Ends the element's running transitions (the chosen segment's colour) at once, so
 * axe sees the colours a user reads. Finishing them, rather than awaiting them,
 * needs no animation frame: a test page behind another one gets none.
 */
export async function transitionsDone(el: InactiveFilter): Promise<void> {
  await el.updateComplete;
  for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
}

/** `base` with some methods replaced (the rest, and its change feed, still work). */
export const withMethods = (base: LifecycleAdapter, methods: Partial<LifecycleAdapter>): LifecycleAdapter =>
  Object.assign(Object.create(base) as LifecycleAdapter, methods);

export { deferred };

const DAY = 86_400_000;
/** The calendar date `n` days ago (UTC), as `YYYY-MM-DD`. */
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

/** A host page: the filter, and a table of customers it points at (plus a row that is not a customer). */
export function hostPage(filter: TemplateResult = html`<inactive-filter for="customers"></inactive-filter>`) {
  const page = fixtureSync<HTMLDivElement>(html`<div>
    ${filter}
    <table id="customers">
      <caption>Customers</caption>
      <thead><tr data-customer-status="inactive" id="head"><th scope="col">Name</th></tr></thead>
      <tbody>
        <tr id="ana" data-customer-status="active" data-last-interaction=${daysAgo(3)}><td>Ana</td></tr>
        <tr id="bea" data-customer-status="inactive" data-last-interaction=${daysAgo(400)}><td>Bea</td></tr>
        <tr id="carl" data-customer-status="active" data-last-interaction=${daysAgo(200)}><td>Carl</td></tr>
        <tr id="dan" data-customer-status="active"><td>Dan</td></tr>
        <tr id="note"><td>Not a customer row</td></tr>
      </tbody>
    </table></div>`);
  return { page, el: page.querySelector('inactive-filter')!, table: page.querySelector('table')! };
}
