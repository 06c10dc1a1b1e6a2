/* global window, document */
// The host's own script of the strict page: a separate file, so no inline code is needed.
import { createMemoryAdapter } from '/kit/customer-lifecycle-kit.bundle.js';
import { ACTOR, dataset } from '/data.js';

const adapter = createMemoryAdapter({ data: dataset(), now: () => new Date('2026-11-01T12:00:00.000Z') });
const provider = document.getElementById('kit');
provider.adapter = adapter;
provider.actor = ACTOR;
window.__adapter = adapter;
window.__ready = true;
