/**
 * Drop-in filtering of a host's own markup: the rows of a table (`tbody tr`)
 * or the items of a list carry `data-customer-status` (and, for dormancy,
 * `data-last-interaction`); the filter toggles their `hidden`. One tight loop,
 * no closures, no layout reads, a write only when a row's state changes.
 */
import type { StatusFilter } from '../../adapter/types.js';
import { dormantCutoff } from '../../rules/visibility.js';

/** What a row must match: precomputed once per apply. */
export interface RowCriteria {
  value: StatusFilter;
  /** Dormant mode: the latest last interaction (epoch ms) that counts as dormant (G8, from the rule's `dormantCutoff`). */
  cutoff: number;
}

export function rowCriteria(value: StatusFilter, dormantDays: number | undefined, now: Date): RowCriteria {
  return { value, cutoff: value === 'dormant' && dormantDays ? dormantCutoff(dormantDays, now) : Number.NEGATIVE_INFINITY };
}

/** The customer rows of `target`: a table's body rows, else its children. */
export function rowsOf(target: Element): ArrayLike<Element> {
  return target instanceof HTMLTableElement ? target.querySelectorAll(':scope > tbody > tr') : target.children;
}

/** Whether `el` is one of `target`'s customer rows (as `rowsOf` finds them). */
export function isRow(el: Element, target: Element): boolean {
  const parent = el.parentElement;
  return target instanceof HTMLTableElement ? parent?.parentElement === target && parent.localName === 'tbody' : parent === target;
}

/**
 * F1, F3: shows the rows that match `criteria` and hides the others. Rows
 * without `data-customer-status` (headings, notes) are left alone. With the
 * `previous` criteria these rows were filtered for, a row's `hidden` is
 * written only when its state changes (no DOM read needed to know it).
 * Returns how many customer rows are shown.
 */
export function applyToRows(rows: ArrayLike<Element>, criteria: RowCriteria, previous?: RowCriteria): number {
  let shown = 0;
  const count = rows.length;
  const value = criteria.value;
  const before = previous?.value;
  if (value !== 'dormant' && before !== 'dormant') {
    // Active / Inactive / All, from one of these or from nothing: the status alone decides (as tight as a hand-written loop).
    const all = value === 'all';
    const known = before !== undefined;
    const allBefore = before === 'all';
    for (let i = 0; i < count; i++) {
      const row = rows[i] as HTMLElement;
      const status = row.getAttribute('data-customer-status');
      if (status === null) continue;
      const hide = !all && status !== value;
      if (!known || (!allBefore && status !== before) !== hide) row.hidden = hide;
      if (!hide) shown++;
    }
    return shown;
  }
  for (let i = 0; i < count; i++) {
    const row = rows[i] as HTMLElement;
    const status = row.getAttribute('data-customer-status');
    if (status === null) continue;
    const hide = hides(row, status, criteria);
    if (previous === undefined || hides(row, status, previous) !== hide) row.hidden = hide;
    if (!hide) shown++;
  }
  return shown;
}

/** Whether a row of `status` is hidden under `criteria`; reads the last interaction only in dormant mode (G8: `isDormant`). */
function hides(row: Element, status: string, { value, cutoff }: RowCriteria): boolean {
  if (value === 'all') return false;
  if (value !== 'dormant') return status !== value;
  if (status !== 'active') return true;
  const last = row.getAttribute('data-last-interaction');
  return last !== null && last !== '' && !(Date.parse(last) <= cutoff);
}
