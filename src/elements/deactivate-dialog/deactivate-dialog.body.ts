/**
 * The body of `<deactivate-dialog>`: loading, nothing to act on, the impact
 * preview of one customer or many, and the bulk result once the action ran.
 */
import { html, nothing } from 'lit';
import type { MutationResult, Preview } from '../../adapter/types.js';
import { renderBulkPreview, renderBulkResult } from './deactivate-dialog.bulk.js';
import { renderDelete } from './deactivate-dialog.delete.js';
import type { Phase } from './deactivate-dialog.flow.js';
import { renderDeactivate, renderReactivate, type View } from './deactivate-dialog.render.js';

function renderPreview(v: View, preview: Preview) {
  if (preview.impacts.length !== 1) return renderBulkPreview(v, preview);
  const impact = preview.impacts[0]!;
  return preview.action === 'deactivate' ? renderDeactivate(v, impact)
    : preview.action === 'reactivate' ? renderReactivate(v, impact) : renderDelete(v, impact);
}

/** The body's content for the flow's `phase`; `none`: the preview found no one. */
export function renderBody(v: View, phase: Phase, preview: Preview | undefined, none: boolean, bulk: boolean, result: MutationResult | undefined) {
  const { l } = v;
  const finished = phase === 'done' || phase === 'undone';
  return html`
    ${phase === 'loading' ? html`<p>${l.t('dialog.loading')}</p>` : nothing}
    ${none ? html`<p>${l.t('dialog.none')}</p>` : preview && !finished ? renderPreview(v, preview) : nothing}
    ${finished && bulk && result ? renderBulkResult(v, preview?.impacts ?? [], result) : nothing}
  `;
}
