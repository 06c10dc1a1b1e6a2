/* global window, document, customElements */
// Two copies of the kit on one page, as when a page and a widget each bring their own: the same
// bundle under two URLs, so the browser evaluates it twice. The adapter comes from the second
// copy and is given to the first copy's provider.
import { ACTOR, dataset } from '/data.js';

const first = await import('/kit/customer-lifecycle-kit.bundle.js');
const second = await import('/kit/customer-lifecycle-kit.bundle.js?copy=2');

const TAGS = {
  'lifecycle-provider': 'LifecycleProvider',
  'customer-status-badge': 'CustomerStatusBadge',
  'deactivate-dialog': 'DeactivateDialog',
  'inactive-filter': 'InactiveFilter',
  'service-reactivate-form': 'ServiceReactivateForm',
};
window.__definitions = Object.fromEntries(Object.entries(TAGS).map(([tag, name]) => {
  const defined = customElements.get(tag);
  return [tag, defined === first[name] ? 'first' : defined === second[name] ? 'second' : 'other'];
}));
window.__copiesDiffer = first.DeactivateDialog !== second.DeactivateDialog;

const adapter = second.createMemoryAdapter({ data: dataset(), now: () => new Date('2026-11-01T12:00:00.000Z') });
const provider = document.getElementById('kit');
provider.adapter = adapter;
provider.actor = ACTOR;
window.__adapter = adapter;
window.__ready = true;
