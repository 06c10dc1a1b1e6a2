/**
 * The segmented look of `<inactive-filter>`: the radio group and its keyboard
 * (WAI-ARIA radio group: one tab stop, arrow keys move and choose, wrapping;
 * Home/End), the single button of `appearance="toggle"` and the counts' error.
 * They receive values and handlers; the element keeps the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Counts, StatusFilter } from '../../adapter/types.js';
import type { Localizer } from '../../i18n/localizer.js';

/** What the group shows. */
export interface SegmentsView {
  /** The choices, in order. */
  offered: readonly StatusFilter[];
  /** The chosen one. */
  value: StatusFilter;
  /** The group's accessible name (default, and when empty: "Customer status"). */
  label: string | undefined;
  /** Not interactive. */
  off: boolean;
  /** The counts, when there is an adapter (empty while counting). */
  counts: Partial<Counts> | undefined;
  /** The dormancy days in force (none: Dormant is not offered). */
  days: number | undefined;
  /** `status` (Active / Inactive) or `yes-no` (Active: yes / Active: no). */
  wording: 'status' | 'yes-no';
  /** The user chose `value` (by keyboard: `focus` is true). */
  choose: (value: StatusFilter, focus?: boolean) => void;
}

/** The choice a key moves to from the focused radio, or `undefined` when the key is not the group's. */
export function keyTarget(event: KeyboardEvent, offered: readonly StatusFilter[], value: StatusFilter, rtl: boolean): StatusFilter | undefined {
  const { key } = event;
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[key as 'ArrowUp'];
  if (event.altKey || event.ctrlKey || event.metaKey || (step === undefined && key !== 'Home' && key !== 'End')) return undefined;
  // Left and right follow the reading direction.
  const flip = (key === 'ArrowLeft' || key === 'ArrowRight') && rtl ? -1 : 1;
  // From the focused radio (the group's children are the radios, in order): it is not the chosen one after the host set the value.
  const from = [...(event.currentTarget as Element).children].indexOf(event.target as Element);
  const to = step === undefined ? (key === 'Home' ? 0 : -1) : (from < 0 ? offered.indexOf(value) : from) + step * flip;
  return offered[(to + offered.length) % offered.length];
}

function onKeyDown(view: SegmentsView, event: KeyboardEvent): void {
  const host = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  const next = keyTarget(event, view.offered, view.value, getComputedStyle(host.host).direction === 'rtl');
  if (next === undefined) return;
  event.preventDefault();
  view.choose(next, true);
}

function segmentLabel(l: Localizer, wording: SegmentsView['wording'], value: StatusFilter): string {
  const yesNo = wording === 'yes-no' && value !== 'all' && value !== 'dormant';
  return l.t(yesNo ? (value === 'active' ? 'filter.active-yes' : 'filter.active-no') : `filter.${value}`);
}

function renderSegment(view: SegmentsView, l: Localizer, value: StatusFilter, dormantMeans: string): TemplateResult {
  const { counts, off } = view;
  const checked = value === view.value;
  const n = counts?.[value];
  return html`<button type="button" role="radio" part=${checked ? 'segment segment-checked' : 'segment'}
    aria-checked=${checked ? 'true' : 'false'} tabindex=${checked ? 0 : -1} ?disabled=${off}
    title=${ifDefined(value === 'dormant' && dormantMeans ? dormantMeans : undefined)}
    aria-describedby=${ifDefined(value === 'dormant' && dormantMeans ? 'dormant-means' : undefined)}
    @click=${() => view.choose(value)}><span part="label">${segmentLabel(l, view.wording, value)}</span>${counts
      ? html` <span part="count" aria-hidden="true">${n === undefined ? '' : l.formatNumber(n)}</span>${n === undefined
          ? nothing
          : html`<span class="sr-only">, ${l.t('filter.count', { count: n })}</span>`}`
      : nothing}</button>`;
}

/** The radio group and, while Dormant is offered, the hint saying what it means. */
export function renderSegments(view: SegmentsView, l: Localizer): TemplateResult {
  // G8: what Dormant means, said where it is offered (its threshold in days).
  const { days } = view;
  const dormantMeans = days ? l.t('filter.dormant-means', { days }) : '';
  return html`
    <div role="radiogroup" part="group" aria-label=${view.label || l.t('filter.label')} aria-disabled=${view.off ? 'true' : 'false'}
      @keydown=${(event: KeyboardEvent) => onKeyDown(view, event)}>
      ${view.offered.map((value) => renderSegment(view, l, value, dormantMeans))}
    </div>${dormantMeans
      ? html`<p part="hint" id="dormant-means" ?hidden=${view.value !== 'dormant'}>${dormantMeans}.</p>` : nothing}`;
}

/** `appearance="toggle"`: one link-like button switching between the active and the inactive list. */
export function renderToggle(l: Localizer, value: StatusFilter, off: boolean, choose: SegmentsView['choose']): TemplateResult {
  const next = value === 'inactive' ? 'active' : 'inactive';
  return html`<button type="button" part="toggle" class="link" ?disabled=${off} @click=${() => choose(next)}>
    ${l.t(next === 'inactive' ? 'filter.show-inactive' : 'filter.show-active')}</button>`;
}

/** The counts could not be loaded: the message and a button to count again. */
export function renderCountsError(l: Localizer, off: boolean, recount: () => void): TemplateResult {
  return html`<span part="error" role="alert">${l.t('filter.counts-error')}
    <button type="button" part="retry" class="link" ?disabled=${off} @click=${recount}>${l.t('filter.recount')}</button></span>`;
}
