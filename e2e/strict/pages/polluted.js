/* global window, document */
// The host's script of the polluted page: the same as the strict page's, and it loads the kit's
// single-file bundle after pollute.js has extended Object.prototype.
import { createMemoryAdapter } from '/kit/customer-lifecycle-kit.bundle.js';
import { ACTOR, dataset } from '/data.js';

const adapter = createMemoryAdapter({ data: dataset(), now: () => new Date('2026-11-01T12:00:00.000Z') });
const provider = document.getElementById('kit');
provider.adapter = adapter;
provider.actor = ACTOR;
// Overrides of the key whose inherited getter throws and has no setter: the kit must define them, not assign them.
provider.messages = { 'status.active': 'Active' };
document.getElementById('dlg').messages = { 'status.active': 'Active' };
window.__adapter = adapter;
window.__ready = true;
