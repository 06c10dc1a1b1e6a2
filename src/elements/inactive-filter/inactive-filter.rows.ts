/**
 * Drop-in filtering of a host's own markup: the rows of a table (`tbody tr`)
 * or the items of a list carry `data-customer-status` (and, for dormancy,
 * `data-last-interaction`); the filter toggles their `hidden`. One tight loop,
 * no layout reads, a write only when a row's state changes.
 */
import type { StatusFilter } from '../../adapter/types.js';
import { dormantCutoff } from '../../rules/visibility.js';

/** What a row must match: precomputed once per apply. */
export interface RowCriteria {
  value: StatusFilter;
  /** Dormant mode: the latest last interaction (epoch ms) that counts as dormant (G8). */
  cutoff: number;
}

export function rowCriteria(value: StatusFilter, dormantDays: number | undefined, now: Date): RowCriteria {
  return { value, cutoff: value === 'dormant' && dormantDays ? dormantCutoff(dormantDays, now) : Number.NEGATIVE_INFINITY };
}

/** The customer rows of `target`: a table's body rows, else its children. */
export function rowsOf(target: Element): HTMLCollectionOf<Element> | NodeListOf<Element> {
  return target instanceof HTMLTableElement ? target.querySelectorAll(':scope > tbody > tr') : target.children;
}

/**
 * F1, F3: shows the rows that match and hides the others. Rows without
 * `data-customer-status` (headings, notes) are left alone. Returns how many
 * customer rows are shown.
 */
export function applyToRows(rows: ArrayLike<Element>, { value, cutoff }: RowCriteria): number {
  let shown = 0;
  const count = rows.length;
  if (value !== 'dormant') {
    // Active / Inactive / All: the status alone decides (one loop as tight as a hand-written one).
    const all = value === 'all';
    for (let i = 0; i < count; i++) {
      const row = rows[i] as HTMLElement;
      const status = row.getAttribute('data-customer-status');
      if (status === null) continue;
      const show = all || status === value;
      row.hidden = !show;
      shown += show ? 1 : 0;
    }
    return shown;
  }
  for (let i = 0; i < count; i++) {
    const row = rows[i] as HTMLElement;
    const status = row.getAttribute('data-customer-status');
    if (status === null) continue;
    let show = false;
    if (status === 'active') {
      const last = row.getAttribute('data-last-interaction');
      show = !last || Date.parse(last) <= cutoff;
    }
    row.hidden = !show;
    shown += show ? 1 : 0;
  }
  return shown;
}
