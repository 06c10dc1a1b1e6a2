/**
 * The live status line (progress, outcome, D7 record, G4 deadline) and the
 * button row of `<deactivate-dialog>`. The confirm button stays one element
 * from first frame to Close, so focus never drops to the page; it is
 * `aria-disabled` (still focusable) rather than `disabled` while not allowed.
 */
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';
import type { ConfirmFlow } from './deactivate-dialog.flow.js';

export interface Footer {
  l: Localizer;
  flow: ConfirmFlow;
  /** The current user's name (D7). */
  actor: string;
  doneAt: Date;
  canUndo: boolean;
  canConfirm: boolean;
  /** D4: the deactivation cancels (or cancelled) subscriptions, which nothing brings back. */
  cancelsSubscriptions: boolean;
  /** R2, R4: after a reactivation, what is still off and how many invoices are still on hold. */
  after: { locations: number; services: number; held: number };
  dismiss(): void;
  confirm(): void;
  retryFailed(ids: string[]): void;
}

export function renderStatus({ l, flow, actor, doneAt, canUndo, cancelsSubscriptions, after }: Footer) {
  const count = flow.ran.length;
  const name = flow.preview?.impacts.find((i) => i.customer.id === flow.ran[0])?.customer.name ?? '';
  if (flow.phase === 'running') {
    return html`<p id="progress-label">${l.t(`dialog.running.${flow.action}`, { count })}</p><progress part="progress" aria-labelledby="progress-label"></progress>`;
  }
  if (flow.phase === 'undoing') return html`<p>${l.t('dialog.undoing')}</p>`;
  const kept = cancelsSubscriptions ? html` ${l.t('dialog.undone-kept')}` : nothing;
  if (flow.phase === 'undone') return html`<p>${l.t('dialog.undone', { count, name })}${kept}</p>`;
  if (flow.phase !== 'done' || (flow.preview?.impacts.length ?? 0) > 1) return nothing;
  const until = canUndo && flow.result?.undoUntil
    ? html` ${l.t('dialog.undo-until', { time: l.formatDateTime(flow.result.undoUntil, { timeStyle: 'medium' }) })}${cancelsSubscriptions ? html` ${l.t('dialog.undo-keeps')}` : nothing}` : nothing;
  // R2, R4: what the user still has to do after a reactivation, and where.
  const off = [
    ...(after.locations > 0 ? [l.t('count.locations', { count: after.locations })] : []),
    ...(after.services > 0 ? [l.t('count.services', { count: after.services })] : []),
  ];
  const next = flow.action === 'reactivate'
    ? html`${off.length > 0 ? html`<p>${l.t('dialog.still-off', { list: l.formatList(off) })}</p>` : nothing}
      ${after.held > 0 ? html`<p>${l.t('dialog.still-held', { count: after.held })}</p>` : nothing}`
    : nothing;
  return html`<p>${l.t(`dialog.done.${flow.action}`, { name })}</p>${next}
    ${flow.action === 'deactivate' ? html`<p>${l.t('dialog.recorded', { date: l.formatDateTime(doneAt), name: actor })}${until}</p>` : nothing}`;
}

export function renderActions(f: Footer) {
  const { l, flow } = f;
  const finished = flow.phase === 'done' || flow.phase === 'undone';
  const failed = flow.phase === 'done' && flow.result ? flow.result.results.filter((r) => r.outcome === 'failed').map((r) => r.id) : [];
  const count = flow.allowed.length || 1;
  return html`
    ${failed.length > 0 && (flow.preview?.impacts.length ?? 0) > 1
      ? html`<button type="button" part="button retry-failed" @click=${() => f.retryFailed(failed)}>${l.t('dialog.retry-failed', { count: failed.length })}</button>` : nothing}
    ${finished ? (f.canUndo ? html`<button type="button" part="button cancel" @click=${() => void flow.undo()}>${l.t('action.undo')}</button>` : nothing)
      : html`<button type="button" part="button cancel" aria-disabled=${flow.busy ? 'true' : 'false'} @click=${f.dismiss}>${l.t('action.cancel')}</button>`}
    <button type="button" part="button confirm" ?data-destructive=${(flow.action === 'delete' || f.cancelsSubscriptions) && !finished}
      aria-disabled=${finished || f.canConfirm ? 'false' : 'true'} @click=${f.confirm}>
      ${finished ? l.t('action.close') : l.t(f.cancelsSubscriptions ? 'dialog.confirm.deactivate-cancel' : `dialog.confirm.${flow.action}`, { count })}</button>`;
}
