/** `inactive-filter-change`: the user chose another list. */
import type { StatusFilter } from '../../adapter/types.js';

/** What a host can send to its own server to list the chosen customers (a `ListQuery` without paging). */
export interface FilterCriteria {
  status: StatusFilter;
  /** Dormant only: the days without interaction that make an active customer dormant (G8). */
  dormantDays?: number;
  /** Dormant only: the latest last-interaction date (`YYYY-MM-DD`) that counts as dormant. */
  lastInteractionBefore?: string;
}

/** The detail of `inactive-filter-change`. */
export interface InactiveFilterChangeDetail {
  value: StatusFilter;
  criteria: FilterCriteria;
}

/** Fired (bubbling, composed) when the user picks another segment, or goes back/forward with `sync-url`. */
export class InactiveFilterChangeEvent extends CustomEvent<InactiveFilterChangeDetail> {
  constructor(detail: InactiveFilterChangeDetail) {
    super('inactive-filter-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'inactive-filter-change': InactiveFilterChangeEvent;
  }
}
