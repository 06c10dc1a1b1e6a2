/**
 * The "Invoices on hold" group of `<service-reactivate-form>` (R4, seed 002's
 * "ya no está en espera"): its markup, reading a release's result, and where
 * focus goes after one. Loaded by `import()` the first time a form shows a
 * customer with invoices on hold on an adapter that can release them, so the
 * form's up-front size does not carry it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CustomerDetail, Invoice, MutationResult } from '../../adapter/types.js';
import { isolate } from '../../i18n/bidi.js';
import { checkReleaseInvoice, heldInvoices } from '../../rules/reactivate.js';
import { because, errorAlert, outcomeText, type FormView, type ReleaseNote } from './service-reactivate-form.render.js';

function renderInvoice(v: FormView, invoice: Invoice, allowed: boolean): TemplateResult {
  const { l } = v;
  return html`<li part="invoice"><strong>${isolate(invoice.number)}</strong>
    <span class="meta">${l.t(`form.invoice.${invoice.status}`)}</span>
    <span>${l.formatMoney(invoice.total)}</span>
    ${allowed
      ? html`<button type="button" name="release" ?disabled=${v.busy !== undefined} aria-busy=${v.busy === `release:${invoice.id}` ? 'true' : 'false'}
          aria-label=${l.t('form.release-invoice', { number: invoice.number })} @click=${() => v.on.release([invoice.id])}>${l.t('form.release')}</button>`
      : nothing}</li>`;
}

/**
 * The customer's invoices on hold, each released by hand or all at once; only once the customer is active (the
 * rules' R4), and until then it says so. Shown while there are some, or news of the last release to tell. Rows
 * are keyed by invoice, so a released invoice's button goes with it and never turns into another invoice's.
 */
export function renderInvoices(v: FormView, detail: CustomerDetail): TemplateResult | typeof nothing {
  const { l } = v;
  const held = heldInvoices(detail.invoices);
  const note = v.releaseNote;
  if (held.length === 0 && !note) return nothing;
  const blocker = held[0] ? checkReleaseInvoice(detail.customer, held[0]).blockers[0] : undefined;
  const error = v.actionError?.invoices ? v.actionError : undefined;
  return html`<div part="invoices" role="group" aria-labelledby="invoices-title"><p id="invoices-title" class="title">${l.t('form.invoices')}</p>
    ${blocker ? html`<p class="hint">${because(v, blocker.reason, blocker.fix)}</p>` : nothing}
    ${held.length > 0 ? html`<ul>${repeat(held, (i) => i.id, (i) => renderInvoice(v, i, !blocker))}</ul>` : nothing}
    ${!blocker && held.length > 1
      ? html`<button type="button" name="release-all" ?disabled=${v.busy !== undefined} aria-busy=${v.busy === 'release:all' ? 'true' : 'false'}
          @click=${() => v.on.release(held.map((i) => i.id))}>${l.t('form.release-all', { count: held.length })}</button>`
      : nothing}
    ${error ? errorAlert(v, error.error, error.retry) : nothing}
    ${note && note.refused.length > 0
      ? html`<p part="field-error">${note.refused.map((r) => l.t('form.not-released', { number: r.number, reason: outcomeText(v, r.outcome) })).join(' ')}</p>`
      : nothing}
    <p role="status" tabindex="-1">${note && note.released.length > 0 ? l.t('form.released', { count: note.released.length, numbers: l.formatList(note.released) }) : nothing}</p>
  </div>`;
}

/** A release's result: the invoices no longer on hold, and the note the form shows, by invoice number (`detail` as read before). */
export function released(result: MutationResult, detail: CustomerDetail): { done: string[]; note: ReleaseNote } {
  const numberOf = (id: string) => detail.invoices.find((i) => i.id === id)?.number ?? id;
  const done = result.results.filter((r) => r.outcome === 'done').map((r) => r.id);
  const refused = result.results.filter((r) => r.outcome !== 'done').map((outcome) => ({ number: numberOf(outcome.id), outcome }));
  return { done, note: { released: done.map(numberOf), refused } };
}

/**
 * Where focus goes after a release took its button away: the Release now where the first invoice released was
 * listed (the next one), else the last one, else the line saying what was released.
 */
export function nextRelease(root: ParentNode, detail: CustomerDetail, first: string | undefined): HTMLElement | null | undefined {
  const at = heldInvoices(detail.invoices).findIndex((i) => i.id === first);
  const group = root.querySelector('[part~="invoices"]');
  const buttons = [...group?.querySelectorAll<HTMLElement>('button[name="release"]') ?? []];
  return buttons[Math.min(at, buttons.length - 1)] ?? group?.querySelector<HTMLElement>('[role="status"]');
}
