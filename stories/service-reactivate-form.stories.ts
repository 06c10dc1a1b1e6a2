/** Every state of `<service-reactivate-form>`: deactivated and active services, R2, R3, R4, G3, loading, Spanish. */
import { html } from 'lit';
import '../src/elements/service-reactivate-form/define.js';
import type { ServiceReactivateForm } from '../src/elements/service-reactivate-form/define.js';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import type { Dataset, LifecycleAdapter } from '../src/adapter/types.js';
import type { Meta, StoryObj } from './csf.js';
import { when } from './render.js';

interface FormArgs extends Record<string, unknown> {
  customerId: string;
  view: 'active' | 'inactive';
}

const TODAY = '2026-11-01';
const NOW = new Date(`${TODAY}T12:00:00Z`);

/**
 * José (active; the Warehouse switched off), Zoë (inactive, op-1 switched her Home off), Lía (active again; op-2's
 * record kept), Mar (active again, two invoices still on hold from her deactivation: R4).
 */
function data(): Dataset {
  const customer = (id: string, name: string, status: 'active' | 'inactive', op: string | null) => ({
    id, name, kind: 'person' as const, status, suspended: false, lastInteractionAt: null, balance: { amount: 0, currency: 'EUR' },
    companyId: null, version: 1,
    deactivation: op ? { at: '2026-10-01T09:00:00Z', by: { id: 'u-1', name: 'Ana Torres' }, reason: null, operationId: op, undoUntil: null } : null,
  });
  const location = (id: string, customerId: string, label: string, status: 'active' | 'inactive', op: string | null = null) => ({
    id, customerId, label, address: null, status, deactivatedByOperation: op, version: 1,
  });
  const service = (id: string, customerId: string, locationId: string, name: string, kind: 'recurring' | 'on-request',
    status: 'active' | 'inactive', endDate: string | null, op: string | null = null) => ({
    id, customerId, locationId, name, kind, status, deactivatedByOperation: op, version: 1,
    schedule: { startDate: '2025-01-01', endDate, deactivateOnEndDate: endDate !== null },
  });
  const invoice = (id: string, number: string, status: 'draft' | 'unpaid' | 'paid', amount: number, onHold: boolean) => ({
    id, customerId: 'c-mar', number, status, total: { amount, currency: 'EUR' }, onHold,
  });
  return {
    customers: [customer('c-jose', 'José Álvarez', 'active', null), customer('c-zoe', 'Zoë Müller', 'inactive', 'op-1'),
      customer('c-lia', 'Lía Gómez', 'active', 'op-2'), customer('c-mar', 'Mar Ortega', 'active', null)],
    locations: [location('loc-1', 'c-jose', 'Head office', 'active'), location('loc-2', 'c-jose', 'Warehouse', 'inactive'),
      location('loc-3', 'c-zoe', 'Home', 'inactive', 'op-1'), location('loc-4', 'c-lia', 'Shop', 'active'),
      location('loc-5', 'c-mar', 'Studio', 'active')],
    services: [
      service('svc-1', 'c-jose', 'loc-1', 'Lawn care', 'recurring', 'active', null),
      service('svc-2', 'c-jose', 'loc-1', 'Pool cleaning', 'recurring', 'inactive', '2025-12-31'),
      service('svc-3', 'c-jose', 'loc-1', 'Pest control', 'on-request', 'inactive', null),
      service('svc-4', 'c-jose', 'loc-2', 'Window cleaning', 'recurring', 'inactive', '2026-06-30'),
      service('svc-5', 'c-zoe', 'loc-3', 'Lawn care', 'recurring', 'inactive', '2026-10-01', 'op-1'),
      service('svc-6', 'c-lia', 'loc-4', 'Alarm check', 'recurring', 'inactive', '2026-10-01', 'op-2'),
      service('svc-7', 'c-lia', 'loc-4', 'Deep cleaning', 'on-request', 'inactive', null, 'op-2'),
      service('svc-8', 'c-mar', 'loc-5', 'Window cleaning', 'recurring', 'active', null),
    ],
    invoices: [
      invoice('inv-1', 'F-2026-0107', 'unpaid', 240.5, true),
      invoice('inv-2', 'F-2026-0112', 'draft', 80, true),
      invoice('inv-3', 'F-2025-0990', 'paid', 120, false),
    ],
    subscriptions: [],
    audit: [],
  };
}

const adapter = () => createMemoryAdapter({ data: data(), now: () => new Date(NOW) });

/** The memory adapter with some of its methods replaced (a call that never ends, or fails). */
const replaced = (methods: Partial<LifecycleAdapter>): LifecycleAdapter => Object.assign(Object.create(adapter()) as LifecycleAdapter, methods);

const form = ({ customerId, view }: FormArgs, using: LifecycleAdapter) => html`<service-reactivate-form customer-id=${customerId} view=${view}
  today=${TODAY} .adapter=${using}></service-reactivate-form>`;

/** Waits until the form has loaded its customer. */
async function loaded(canvas: HTMLElement): Promise<ServiceReactivateForm> {
  const el = canvas.querySelector('service-reactivate-form')!;
  await when(el, (root) => !!root.querySelector('select'));
  return el;
}

const meta: Meta<FormArgs> = {
  title: 'Elements/service-reactivate-form',
  component: 'service-reactivate-form',
  args: { customerId: 'c-jose', view: 'inactive' },
  argTypes: {
    customerId: { control: { type: 'select' }, options: ['c-jose', 'c-zoe', 'c-lia', 'c-mar'] },
    view: { control: { type: 'select' }, options: ['inactive', 'active'] },
  },
  render: (args) => form(args, adapter()),
};
export default meta;

export const DeactivatedServices: StoryObj<FormArgs> = { name: 'Deactivated services (R2: an inactive location)' };
export const ActiveServices: StoryObj<FormArgs> = { args: { view: 'active' } };
export const CustomerInactive: StoryObj<FormArgs> = { name: 'R2: the customer is inactive', args: { customerId: 'c-zoe' } };
export const RestoreOffer: StoryObj<FormArgs> = { name: 'G3: restore what the deactivation switched off', args: { customerId: 'c-lia' } };
export const InvoicesOnHold: StoryObj<FormArgs> = {
  name: 'R4: invoices on hold, released one by one or all at once',
  args: { customerId: 'c-mar', view: 'active' },
};
export const InvoiceReleased: StoryObj<FormArgs> = {
  name: 'R4: an invoice released is no longer on hold',
  args: { customerId: 'c-mar', view: 'active' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    await when(el, (root) => !!root.querySelector('button[name="release"]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[name="release"]')!.click();
    await when(el, (root) => (root.querySelector('[part~="invoices"] [role="status"]')?.textContent ?? '').trim() !== '');
  },
};

export const EndDateToRemove: StoryObj<FormArgs> = {
  name: 'R3: a chosen service whose end date must go (after Save)',
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="reactivate"]:not([disabled])')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save"]')!.click();
    await when(el, (root) => !!root.querySelector('[aria-invalid="true"]'));
  },
};

/** Chooses Pest control (on request: no end date to fix) and saves, as the user does; waits until `ready`. */
const saveThen = (ready: (root: ShadowRoot) => boolean) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = await loaded(canvasElement);
  const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="reactivate"]')];
  boxes.find((box) => box.parentElement?.textContent?.includes('Pest control'))!.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save"]')!.click();
  await when(el, ready);
};

export const Saving: StoryObj<FormArgs> = {
  name: 'Saving (the form waits for the adapter)',
  render: (args) => form(args, replaced({ reactivateServices: () => new Promise<never>(() => {}) })),
  play: saveThen((root) => root.querySelector('[part~="save"]')?.getAttribute('aria-busy') === 'true'),
};
export const Saved: StoryObj<FormArgs> = {
  name: 'Saved: what is active again is said in the status line',
  play: saveThen((root) => (root.querySelector('[role="status"]')?.textContent ?? '').trim() !== ''),
};
export const SaveFailed: StoryObj<FormArgs> = {
  name: 'Saving failed (alert with Retry)',
  render: (args) => form(args, replaced({ reactivateServices: () => Promise.reject(new TypeError('Failed to fetch')) })),
  play: saveThen((root) => !!root.querySelector('[part~="error"][role="alert"]')),
};

export const Loading: StoryObj<FormArgs> = {
  render: () => html`<service-reactivate-form customer-id="c-jose" .adapter=${replaced({ getCustomer: () => new Promise<never>(() => {}) })}></service-reactivate-form>`,
};

export const NoAdapter: StoryObj<FormArgs> = { render: () => html`<service-reactivate-form customer-id="c-jose"></service-reactivate-form>` };

export const Spanish: StoryObj<FormArgs> = {
  name: 'Spanish (lang="es")',
  render: () => html`<div lang="es"><service-reactivate-form customer-id="c-jose" today=${TODAY} .adapter=${adapter()}></service-reactivate-form></div>`,
};
