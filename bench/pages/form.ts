/**
 * Form page: `<service-reactivate-form>` in a `<lifecycle-provider>` with a
 * memory adapter, on one customer with N deactivated on-request services at
 * its one active location (the shape of test/hardening/odd-input.test.ts's
 * `withServices`). The customer is active, as there: for an inactive one R2
 * disables every checkbox. Times the first render (the form attached → the
 * first painted frame showing all N checkboxes) and one tick (a checkbox
 * clicked → the painted frame after `updateComplete`), the script part of
 * the tick (click → `updateComplete`) beside.
 */
// The provider is defined first, so that the form finds it (@lit/context).
import '../../src/elements/lifecycle-provider/define.js';
import type { LifecycleProvider } from '../../src/elements/lifecycle-provider/define.js';
import '../../src/elements/service-reactivate-form/define.js';
import type { ServiceReactivateForm } from '../../src/elements/service-reactivate-form/define.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Dataset, Service } from '../../src/adapter/types.js';
import { collect, nextPaint, paintedFrame, watchLongTasks, type Painted } from './frame.js';

const CUSTOMER = 'c-jose';
const TODAY = '2026-11-01';
const NOW = new Date(`${TODAY}T12:00:00Z`);
/** Frames to wait for a first render at most (a long task is one frame; this bounds the idle ones). */
const MAX_FRAMES = 3000;

/** One active customer with one active location and `count` deactivated on-request services there, and nothing else. */
function withServices(count: number): Dataset {
  const services: Service[] = [];
  for (let i = 0; i < count; i += 1) {
    services.push({
      id: `svc-n${i}`, customerId: CUSTOMER, locationId: 'loc-1', name: `Service ${i + 1}`, kind: 'on-request', status: 'inactive',
      deactivatedByOperation: null, version: 1, schedule: { startDate: '2025-03-01', endDate: null, deactivateOnEndDate: false },
    });
  }
  return {
    customers: [{
      id: CUSTOMER, name: 'José Álvarez', kind: 'person', status: 'active', suspended: false, deactivation: null,
      lastInteractionAt: null, balance: { amount: 0, currency: 'USD' }, companyId: null, version: 1,
    }],
    locations: [{ id: 'loc-1', customerId: CUSTOMER, label: 'Head office', address: null, status: 'active', deactivatedByOperation: null, version: 1 }],
    services,
    invoices: [],
    subscriptions: [],
    audit: [],
  };
}

let page: { count: number; provider: LifecycleProvider; form?: ServiceReactivateForm; ticks: number } | undefined;

/** The service checkboxes the form shows. */
const boxes = (form: ServiceReactivateForm) => form.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="reactivate"]') ?? [];

/** Builds the adapter on `count` services and a provider for it (replacing any earlier one); no form yet. */
async function setup(count: number): Promise<{ ms: number }> {
  page?.provider.remove();
  page = undefined;
  collect();
  const start = performance.now();
  const adapter = createMemoryAdapter({ data: withServices(count), now: () => new Date(NOW) });
  const ms = performance.now() - start;
  const provider = document.createElement('lifecycle-provider');
  provider.adapter = adapter;
  provider.actor = { id: 'u-1', name: 'Ana Torres' };
  document.body.append(provider);
  await provider.updateComplete;
  page = { count, provider, ticks: 0 };
  await nextPaint();
  return { ms };
}

/**
 * A new form attached to the provider (the one before removed, untimed), timed to the frame showing all N
 * checkboxes; `firstRowsMs`: to the first frame showing any, and the longest main-thread task in between.
 */
async function firstRender(): Promise<Painted & { firstRowsMs: number; longestTaskMs: number | null }> {
  const p = page!;
  p.form?.remove();
  p.form = undefined;
  await nextPaint();
  const form = document.createElement('service-reactivate-form');
  form.setAttribute('customer-id', CUSTOMER);
  form.setAttribute('today', TODAY);
  // The customer is active and its services deactivated: the form lists active services by default for an active
  // customer, so ask for the Deactivated ones, the list a user brings services back from.
  form.setAttribute('view', 'inactive');
  collect();
  let firstRowsMs = Number.NaN;
  const tasks = watchLongTasks();
  const from = performance.now();
  const painted = await paintedFrame(() => p.provider.append(form), (ms) => {
    if (Number.isNaN(firstRowsMs) && boxes(form).length > 0) firstRowsMs = ms;
    return boxes(form).length === p.count;
  }, MAX_FRAMES);
  const { longest } = tasks.read(from, performance.now());
  tasks.disconnect();
  const first = boxes(form)[0];
  if (p.count > 0 && (!first || first.disabled)) throw new Error('the service checkboxes are disabled');
  p.form = form;
  p.ticks = 0;
  return { ...painted, firstRowsMs, longestTaskMs: longest };
}

/**
 * One click on a service checkbox of the loaded form, timed to the painted frame after `updateComplete`.
 * Ticks come in pairs on one checkbox (checked, then unchecked), the pairs at the start, middle and end of the list.
 */
async function tick(): Promise<Painted & { scriptMs: number }> {
  const p = page!;
  const form = p.form!;
  const at = [0, Math.floor(p.count / 2), p.count - 1][Math.floor(p.ticks / 2) % 3]!;
  const box = boxes(form)[at]!;
  const checked = !box.checked;
  p.ticks += 1;
  let scriptMs = 0;
  collect();
  const painted = await paintedFrame(async () => {
    const start = performance.now();
    box.click();
    await form.updateComplete;
    scriptMs = performance.now() - start;
  }, () => box.checked === checked && form.dirty === checked);
  return { ...painted, scriptMs };
}

document.documentElement.lang ||= 'en';
const api = { setup, firstRender, tick };
declare global {
  interface Window {
    benchForm: typeof api;
  }
}
window.benchForm = api;
