// The host page: its own state, rendered by one function, which sets the kit's
// properties from that state on every render, as a framework would.
/* global document, AbortController */
import { adapter } from './adapter.js';

const actor = { id: 'u-1', name: 'Sam Taylor' };

const $ = (selector) => document.querySelector(selector);
const provider = $('lifecycle-provider');
const filter = $('inactive-filter');
const dialog = $('deactivate-dialog');
const form = $('service-reactivate-form');
const rows = $('tbody');

provider.adapter = adapter;
provider.actor = actor;

const state = { status: 'active', customers: [], selectedIds: [], mode: 'auto', log: [] };

function setState(patch) {
  Object.assign(state, patch);
  render();
}

let listing;
/** Loads the customers of the chosen status; a newer load drops the older one. */
async function load() {
  listing?.abort();
  listing = new AbortController();
  const { signal } = listing;
  try {
    const page = await adapter.listCustomers({ status: state.status, offset: 0, limit: 100 }, { signal });
    setState({ customers: page.items });
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

function toggle(id, selected) {
  setState({ selectedIds: selected ? [...state.selectedIds, id] : state.selectedIds.filter((x) => x !== id) });
}

function heard(event, ids) {
  setState({ log: [...state.log, `${event.type}: ${ids.join(', ')}`] });
}

function openDialog(mode) {
  setState({ mode });
  dialog.show();
}

function row(customer) {
  const tr = document.createElement('tr');
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: state.selectedIds.includes(customer.id) });
  box.setAttribute('aria-label', `Select ${customer.name}`);
  box.dataset.id = customer.id;
  box.addEventListener('change', () => toggle(customer.id, box.checked));
  const badge = document.createElement('customer-status-badge');
  badge.setAttribute('status', customer.status);
  tr.append(...[box, customer.name, badge].map((content) => {
    const td = document.createElement('td');
    td.append(content);
    return td;
  }));
  return tr;
}

let shown;
function render() {
  if (shown !== state.customers) rows.replaceChildren(...state.customers.map(row));
  shown = state.customers;
  for (const box of rows.querySelectorAll('input[type="checkbox"]')) box.checked = state.selectedIds.includes(box.dataset.id);
  const count = state.selectedIds.length;
  $('#selection').textContent = `${count} selected`;
  $('#change-status').disabled = count === 0;
  $('#delete').disabled = count === 0;
  $('#log').replaceChildren(...state.log.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  // The kit's properties, set from the state every time.
  filter.value = state.status;
  dialog.customerIds = state.selectedIds;
  dialog.mode = state.mode;
  $('#services').hidden = count !== 1;
  if (count === 1) form.customerId = state.selectedIds[0];
}

filter.addEventListener('inactive-filter-change', (event) => {
  setState({ status: event.detail.criteria.status });
  void load();
});
$('#change-status').addEventListener('click', () => openDialog('auto'));
$('#delete').addEventListener('click', () => openDialog('delete'));

dialog.addEventListener('customer-deactivated', (event) => {
  heard(event, event.detail.customerIds);
  void load();
});
dialog.addEventListener('customer-reactivated', (event) => {
  heard(event, event.detail.customerIds);
  void load();
});
dialog.addEventListener('customers-deleted', (event) => {
  const deleted = event.detail.customerIds;
  heard(event, deleted);
  setState({ customers: state.customers.filter((c) => !deleted.includes(c.id)), selectedIds: [] });
});

form.addEventListener('reactivate-customer-requested', (event) => {
  heard(event, [event.detail.customerId]);
  openDialog('auto');
});
form.addEventListener('location-reactivated', (event) => heard(event, [event.detail.locationId]));
form.addEventListener('services-reactivated', (event) => heard(event, event.detail.serviceIds));

render();
void load();
