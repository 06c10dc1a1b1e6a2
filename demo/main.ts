// The demo CRM page: the kit's provider around the host's own customer list
// and profile, on the memory store (directly, or over HTTP through msw).
// The provider is defined first, so the elements inside find it at once.
import '../src/elements/lifecycle-provider/define.js';
import '../src/elements/customer-status-badge/define.js';
import '../src/elements/inactive-filter/define.js';
import '../src/elements/deactivate-dialog/define.js';
import '../src/elements/service-reactivate-form/define.js';
import { createBackend } from './demo-adapter.js';
import './demo-list.js';
import './demo-profile.js';
import './demo-undo.js';
import { currentRoute } from './demo-route.js';
import { ACTOR, store } from './demo-state.js';
import { setUpSwitches } from './demo-switches.js';
import { demoText } from './demo-text.js';

const provider = document.querySelector('lifecycle-provider')!;
const list = document.querySelector('demo-customers')!;
const profile = document.querySelector('demo-profile')!;
const main = document.querySelector<HTMLElement>('#main')!;
provider.actor = ACTOR;

/** The list's tab title, in the page's language (a profile sets its own). */
function listTitle(): void {
  if (!list.hidden) document.title = `${demoText(store.state.lang).customers} — Northwind CRM`;
}
store.addEventListener('change', listTitle);

/** Shows the list or a profile as the hash says; on navigation, focus goes to the new view's heading. */
async function route(navigated: boolean): Promise<void> {
  const { customerId, tab } = currentRoute();
  list.hidden = customerId !== null;
  profile.hidden = customerId === null;
  if (customerId !== null) {
    profile.customerId = customerId;
    profile.tab = tab;
  }
  listTitle();
  if (!navigated) return;
  const view = customerId === null ? list : profile;
  await view.updateComplete;
  view.querySelector<HTMLElement>('h2')?.focus();
}

// The skip link moves focus without touching the hash (the hash is the route).
document.querySelector('.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

// When the dialog closes after its opener went away (a deleted row), focus goes to the view's heading, not to the page's start.
document.querySelector('deactivate-dialog')!.addEventListener('deactivate-dialog-closed', (event) => {
  if (!event.detail.focusReturned) (list.hidden ? profile : list).querySelector<HTMLElement>('h2')?.focus();
});

window.addEventListener('hashchange', () => void route(true));
void route(false);
await setUpSwitches(createBackend(), provider);
