/**
 * `for`: finds the host's table or list by id (in the filter's document or
 * shadow root), filters its rows, and keeps doing so as the host adds, removes
 * or changes rows (one MutationObserver on that element; only the rows added
 * or changed are looked at again). Waits for the element if it is not there yet.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StatusFilter } from '../../adapter/types.js';
import { applyToRows, isRow, rowCriteria, rowsOf, type RowCriteria } from './inactive-filter.rows.js';

const WATCHED = ['data-customer-status', 'data-last-interaction'];
/** What the target is watched for: rows added or removed, and a row's status or last interaction changed. */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED };

export class HostRows implements ReactiveController {
  private id: string | undefined;
  private target: Element | null = null;
  private observer: MutationObserver | undefined;
  private waiting: MutationObserver | undefined;
  /** What the target's rows were last filtered for: the next apply writes only the rows that change. */
  private applied: RowCriteria | undefined;
  /** What was asked for last (kept while the target is missing). */
  private value: StatusFilter = 'active';
  private days: number | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in a page: find the target again on the next update.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
    this.target = null;
    this.applied = undefined;
  }

  /** Filters the element with id `id` (if any) for `value`, unless it already is. */
  connect(id: string | undefined, value: StatusFilter, dormantDays: number | undefined): void {
    this.id = id;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const target = id ? root.getElementById(id) : null;
    if (target !== this.target || (!target && id && !this.waiting)) {
      this.stop();
      this.target = target;
      this.applied = undefined;
      if (target) this.watch(target);
      else if (id) this.waitFor(root);
    }
    if (!this.applied || this.value !== value || this.days !== dormantDays) this.apply(value, dormantDays);
  }

  /** Filters the target's rows now; how many customer rows are shown. */
  apply(value: StatusFilter, dormantDays: number | undefined): number {
    this.value = value;
    this.days = dormantDays;
    if (!this.target) return 0;
    const criteria = rowCriteria(value, dormantDays, new Date());
    // Changes the host made since the last pass are not handled one by one: this
    // pass writes every row then, as their state is not known. While it writes,
    // nothing observes (each `hidden` write would be checked against the observer).
    const observer = this.observer;
    const changed = observer ? observer.takeRecords().length > 0 : false;
    observer?.disconnect();
    const previous = changed ? undefined : this.applied;
    this.applied = criteria;
    const shown = applyToRows(rowsOf(this.target), criteria, previous);
    observer?.observe(this.target, OBSERVED);
    return shown;
  }

  private watch(target: Element): void {
    this.observer = new MutationObserver((records) => {
      const criteria = this.applied;
      if (!criteria) return;
      const changed: Element[] = [];
      for (const record of records) {
        if (record.type === 'attributes') {
          if (isRow(record.target as Element, target)) changed.push(record.target as Element);
          continue;
        }
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (isRow(node, target)) changed.push(node);
          else if (node.localName === 'tbody' && node.parentElement === target) changed.push(...node.children);
        }
      }
      // Added or changed rows: their state is not known, so they are written.
      applyToRows(changed, criteria);
    });
    this.observer.observe(target, OBSERVED);
  }

  private waitFor(root: Document | ShadowRoot): void {
    this.waiting = new MutationObserver(() => {
      const target = this.id ? root.getElementById(this.id) : null;
      if (!target) return;
      this.waiting?.disconnect();
      this.waiting = undefined;
      this.target = target;
      this.watch(target);
      this.apply(this.value, this.days);
    });
    this.waiting.observe(root, { childList: true, subtree: true });
  }

  private stop(): void {
    this.observer?.disconnect();
    this.waiting?.disconnect();
    this.observer = this.waiting = undefined;
  }
}
