/**
 * The live status line (progress, outcome, D7 record, G4 deadline), the error
 * region and the button row of `<deactivate-dialog>`. They receive values and
 * handlers, never the flow. The confirm button stays one element from first
 * frame to Close, so focus never drops to the page; it is `aria-disabled`
 * (still focusable) rather than `disabled` while not allowed.
 */
import { html, nothing } from 'lit';
import type { LifecycleError } from '../../adapter/errors.js';
import type { Impact, LifecycleAction, MutationResult } from '../../adapter/types.js';
import { describeError } from '../../i18n/describe-error.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { Choices, Phase } from './deactivate-dialog.flow.js';

/** R2, R4: after a reactivation, what is still off and how many invoices are still on hold. */
export interface StillOff {
  locations: number;
  services: number;
  held: number;
}

export interface Footer {
  l: Localizer;
  phase: Phase;
  action: LifecycleAction;
  /** The action runs or is being undone. */
  busy: boolean;
  /** The customers the last run changed. */
  ran: readonly string[];
  result: MutationResult | undefined;
  /** The preview's customers (none while it loads). */
  impacts: readonly Impact[];
  /** How many customers the confirm button acts on. */
  count: number;
  /** The current user's name (D7). */
  actor: string;
  doneAt: Date;
  canUndo: boolean;
  canConfirm: boolean;
  /** D4: the deactivation cancels (or cancelled) subscriptions, which nothing brings back. */
  cancelsSubscriptions: boolean;
  after: StillOff;
  undo(): void;
  dismiss(): void;
  confirm(): void;
  retryFailed(ids: string[]): void;
}

/** R2, R4: what a single reactivation leaves off (not restored) and on hold (not released), from its preview. */
export function stillOff(action: LifecycleAction, impact: Impact | undefined, choices: Choices): StillOff {
  if (action !== 'reactivate' || !impact) return { locations: 0, services: 0, held: 0 };
  const back = (list: { id: string }[]) => new Set(choices.restoreCascade ? list.map((x) => x.id) : []);
  const [locations, services] = [back(impact.locations), back(impact.services)];
  return {
    locations: impact.staysInactive.locations.filter((x) => !locations.has(x.id)).length,
    services: impact.staysInactive.services.filter((x) => !services.has(x.id)).length,
    held: choices.releaseInvoices ? 0 : impact.invoices.length,
  };
}

export function renderStatus({ l, phase, action, ran, result, impacts, actor, doneAt, canUndo, cancelsSubscriptions, after }: Footer) {
  const count = ran.length;
  const name = impacts.find((i) => i.customer.id === ran[0])?.customer.name ?? '';
  if (phase === 'running') {
    return html`<p id="progress-label">${l.t(`dialog.running.${action}`, { count })}</p><progress part="progress" aria-labelledby="progress-label"></progress>`;
  }
  if (phase === 'undoing') return html`<p>${l.t('dialog.undoing')}</p>`;
  const kept = cancelsSubscriptions ? html` ${l.t('dialog.undone-kept')}` : nothing;
  if (phase === 'undone') return html`<p>${l.t('dialog.undone', { count, name })}${kept}</p>`;
  if (phase !== 'done' || impacts.length > 1) return nothing;
  const until = canUndo && result?.undoUntil
    ? html` ${l.t('dialog.undo-until', { time: l.formatDateTime(result.undoUntil, { timeStyle: 'medium' }) })}${cancelsSubscriptions ? html` ${l.t('dialog.undo-keeps')}` : nothing}` : nothing;
  // R2, R4: what the user still has to do after a reactivation, and where.
  const off = [
    ...(after.locations > 0 ? [l.t('count.locations', { count: after.locations })] : []),
    ...(after.services > 0 ? [l.t('count.services', { count: after.services })] : []),
  ];
  const next = action === 'reactivate'
    ? html`${off.length > 0 ? html`<p>${l.t('dialog.still-off', { list: l.formatList(off) })}</p>` : nothing}
      ${after.held > 0 ? html`<p>${l.t('dialog.still-held', { count: after.held })}</p>` : nothing}`
    : nothing;
  return html`<p>${l.t(`dialog.done.${action}`, { name })}</p>${next}
    ${action === 'deactivate' ? html`<p>${l.t('dialog.recorded', { date: l.formatDateTime(doneAt), name: actor })}${until}</p>` : nothing}`;
}

export function renderActions(f: Footer) {
  const { l, phase, action, result } = f;
  const finished = phase === 'done' || phase === 'undone';
  const failed = phase === 'done' && result ? result.results.filter((r) => r.outcome === 'failed').map((r) => r.id) : [];
  return html`
    ${failed.length > 0 && f.impacts.length > 1
      ? html`<button type="button" part="button retry-failed" @click=${() => f.retryFailed(failed)}>${l.t('dialog.retry-failed', { count: failed.length })}</button>` : nothing}
    ${finished ? (f.canUndo ? html`<button type="button" part="button cancel" @click=${f.undo}>${l.t('action.undo')}</button>` : nothing)
      : html`<button type="button" part="button cancel" aria-disabled=${f.busy ? 'true' : 'false'} @click=${f.dismiss}>${l.t('action.cancel')}</button>`}
    <button type="button" part="button confirm" ?data-destructive=${(action === 'delete' || f.cancelsSubscriptions) && !finished}
      aria-disabled=${finished || f.canConfirm ? 'false' : 'true'} @click=${f.confirm}>
      ${finished ? l.t('action.close') : l.t(f.cancelsSubscriptions ? 'dialog.confirm.deactivate-cancel' : `dialog.confirm.${action}`, { count: f.count })}</button>`;
}

/** Whether the last step asks for a fresh preview: it was the load, or the data changed elsewhere. */
export const needsReload = (step: string, error: LifecycleError) => step === 'load' || error.code === 'conflict' || error.code === 'not-found';

/** The error region's content: what went wrong (or that there is no adapter) and Retry, or Reload. */
export function renderError(l: Localizer, error: LifecycleError | undefined, hasAdapter: boolean, step: string, retry: () => void) {
  if (!error) return nothing;
  return html`<p>${hasAdapter ? describeError(l, error) : l.t('dialog.no-adapter')}</p>
    <button type="button" part="button retry" @click=${retry}>${l.t(needsReload(step, error) ? 'action.reload' : 'action.retry')}</button>`;
}
