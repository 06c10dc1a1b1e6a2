/**
 * Filter page: `<inactive-filter for=…>` switching a host table between
 * Active and Inactive, against a hand-written loop toggling `hidden` on an
 * identical table, each timed to the painted frame that shows the result.
 * The two tables take turns on the page (the other one is hidden, untimed).
 */
import '../../src/elements/inactive-filter/define.js';
import type { InactiveFilter } from '../../src/elements/inactive-filter/define.js';
import { collect, nextPaint, paintedFrame, type Painted } from './frame.js';

export type FilterVariant = 'loop' | 'filter';
type Shown = 'active' | 'inactive';

const DAY = 86_400_000;
const CITIES = ['Lisboa', 'Berlin', 'Chicago', 'Osaka', 'Lyon'];

/** A host table of `rows` customers, five columns, one in three inactive. */
function table(id: string, rows: number): HTMLTableElement {
  const t = document.createElement('table');
  t.id = id;
  t.createTHead().insertRow().append(...['Name', 'Status', 'Last interaction', 'Balance', 'City'].map((label) => {
    const th = document.createElement('th');
    th.textContent = label;
    return th;
  }));
  const body = t.createTBody();
  const now = Date.UTC(2026, 10, 1);
  for (let i = 0; i < rows; i++) {
    const row = body.insertRow();
    const status = i % 3 === 0 ? 'inactive' : 'active';
    const last = new Date(now - (i % 400) * DAY).toISOString().slice(0, 10);
    row.dataset.customerStatus = status;
    row.dataset.lastInteraction = last;
    for (const text of [`Customer ${i + 1}`, status, last, `${(i * 37) % 4000}.00 USD`, CITIES[i % CITIES.length]!]) {
      row.insertCell().textContent = text;
    }
  }
  return t;
}

/** The loop a host would write by hand. */
function handLoop(t: HTMLTableElement, show: Shown): void {
  const rows = t.querySelectorAll<HTMLElement>(':scope > tbody > tr');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    row.hidden = row.getAttribute('data-customer-status') !== show;
  }
}

let page: { rows: number; loop: HTMLTableElement; filtered: HTMLTableElement; filter: InactiveFilter } | undefined;

/** Builds the page for `rows` rows (replacing any earlier one). */
async function setup(rows: number): Promise<void> {
  if (page) {
    page.loop.remove();
    page.filtered.remove();
    page.filter.remove();
  }
  const loop = table('loop-table', rows);
  const filtered = table('filtered-table', rows);
  const filter = document.createElement('inactive-filter');
  filter.setAttribute('for', filtered.id);
  document.body.append(filter, loop, filtered);
  await filter.updateComplete;
  page = { rows, loop, filtered, filter };
  handLoop(loop, 'active');
  await nextPaint();
}

/** Switches `variant`'s table to `show`: the hand loop, or the filter's value as a host sets it. */
async function switchTo(variant: FilterVariant, show: Shown): Promise<void> {
  const p = page!;
  if (variant === 'loop') {
    handLoop(p.loop, show);
  } else {
    p.filter.value = show;
    await p.filter.updateComplete;
  }
}

/** Customer rows shown in `t`. */
const shownRows = (t: HTMLTableElement) => t.querySelectorAll(':scope > tbody > tr:not([hidden])').length;

/** Puts `variant`'s table on the page, set to the other list than `show` (untimed, before a sample). */
async function prepare(variant: FilterVariant, show: Shown): Promise<void> {
  const p = page!;
  const own = variant === 'loop' ? p.loop : p.filtered;
  const other = variant === 'loop' ? p.filtered : p.loop;
  other.hidden = true;
  own.hidden = false;
  await switchTo(variant, show === 'active' ? 'inactive' : 'active');
  await nextPaint();
  collect();
  await nextPaint();
}

/** One sample, after `prepare(variant, show)`: `variant`'s table switched to `show`, timed to the painted frame. */
async function sample(variant: FilterVariant, show: Shown): Promise<Painted> {
  const p = page!;
  const own = variant === 'loop' ? p.loop : p.filtered;
  const painted = await paintedFrame(() => switchTo(variant, show));
  const expected = show === 'inactive' ? Math.ceil(p.rows / 3) : p.rows - Math.ceil(p.rows / 3);
  const seen = shownRows(own);
  if (seen !== expected) throw new Error(`${variant}: ${seen} rows shown for ${show}, expected ${expected}`);
  return painted;
}

document.documentElement.lang ||= 'en';
const api = { setup, prepare, sample };
declare global {
  interface Window {
    benchFilter: typeof api;
  }
}
window.benchFilter = api;
