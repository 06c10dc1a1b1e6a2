/**
 * `for`: finds the host's table or list by id (in the filter's document or
 * shadow root), filters its rows, and keeps doing so as the host adds, removes
 * or changes rows (one MutationObserver on that element; only the rows that
 * changed are looked at again). Waits for the element if it is not there yet.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StatusFilter } from '../../adapter/types.js';
import { applyToRows, rowCriteria, rowsOf, type RowCriteria } from './inactive-filter.rows.js';

const WATCHED = ['data-customer-status', 'data-last-interaction'];

export class HostRows implements ReactiveController {
  private id: string | undefined;
  private target: Element | null = null;
  private criteria: RowCriteria | undefined;
  private observer: MutationObserver | undefined;
  private waiting: MutationObserver | undefined;
  /** What the rows were last filtered for: an update that changes nothing does not loop again. */
  private applied: { target: Element; value: StatusFilter; days: number | undefined } | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    this.target = null;
    this.applied = undefined;
  }

  /** Filters the element with id `id` (if any) for `value`. */
  connect(id: string | undefined, value: StatusFilter, dormantDays: number | undefined): void {
    this.id = id;
    this.criteria = rowCriteria(value, dormantDays, new Date());
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const target = id ? root.getElementById(id) : null;
    if (target !== this.target || (!target && id && !this.waiting)) {
      this.stop();
      this.target = target;
      if (target) this.watch(target);
      else if (id) this.waitFor(root);
    }
    const applied = this.applied;
    if (target && (applied?.target !== target || applied.value !== value || applied.days !== dormantDays)) {
      this.applied = { target, value, days: dormantDays };
      applyToRows(rowsOf(target), this.criteria);
    }
  }

  /** Filters again now; how many customer rows are shown. */
  apply(value: StatusFilter, dormantDays: number | undefined): number {
    this.criteria = rowCriteria(value, dormantDays, new Date());
    if (!this.target) return 0;
    this.applied = { target: this.target, value, days: dormantDays };
    return applyToRows(rowsOf(this.target), this.criteria);
  }

  private watch(target: Element): void {
    this.observer = new MutationObserver((records) => {
      const criteria = this.criteria;
      if (!criteria) return;
      const changed: Element[] = [];
      for (const record of records) {
        if (record.type === 'attributes') changed.push(record.target as Element);
        else for (const node of record.addedNodes) if (node instanceof Element) changed.push(node, ...node.querySelectorAll('[data-customer-status]'));
      }
      applyToRows(changed, criteria);
    });
    this.observer.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED });
  }

  private waitFor(root: Document | ShadowRoot): void {
    this.waiting = new MutationObserver(() => {
      const target = this.id ? root.getElementById(this.id) : null;
      if (!target || !this.criteria) return;
      this.waiting?.disconnect();
      this.waiting = undefined;
      this.target = target;
      this.watch(target);
      applyToRows(rowsOf(target), this.criteria);
    });
    this.waiting.observe(root, { childList: true, subtree: true });
  }

  private stop(): void {
    this.observer?.disconnect();
    this.waiting?.disconnect();
    this.observer = this.waiting = undefined;
  }
}
