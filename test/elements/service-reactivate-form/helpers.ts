/** Fixtures of the `<service-reactivate-form>` tests: a memory adapter whose calls are recorded and can be held. */
import { fixture, fixtureSync, html } from '@open-wc/testing';
import type { Dataset, LifecycleAdapter, PolicyOverrides } from '../../../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/elements/lifecycle-provider/define.js';
import '../../../src/elements/service-reactivate-form/define.js';
import type { ServiceReactivateForm } from '../../../src/elements/service-reactivate-form/define.js';
import { ACTOR, NOW, TODAY, fixture as dataset } from '../../adapters/memory/fixture.js';
import { until } from '../../support/until.js';

export { ACTOR, TODAY } from '../../adapters/memory/fixture.js';

type Method = keyof LifecycleAdapter;

/** A call kept pending until the test settles it. */
export interface Held {
  args: unknown[];
  signal: AbortSignal;
  release(): void;
  answer(value: unknown): void;
  fail(error: unknown): void;
}

/** The memory adapter on the fixture data (changed by `edit`), recording calls; `hold(method)` keeps them pending. */
export function controlled(edit: (data: Dataset) => void = () => {}) {
  const data = dataset();
  edit(data);
  const base: MemoryAdapter = createMemoryAdapter({ data, now: () => new Date(NOW) });
  const calls: { method: Method; args: unknown[] }[] = [];
  const held = new Map<Method, Held[]>();
  const holding = new Set<Method>();
  const answers = new Map<Method, (...args: unknown[]) => Promise<unknown>>();
  const adapter = Object.create(base) as MemoryAdapter;
  for (const method of ['getCustomer', 'reactivateLocation', 'reactivateServices', 'releaseInvoices'] as const) {
    (adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      calls.push({ method, args });
      const call = () => (answers.get(method) ?? (base[method] as (...a: unknown[]) => Promise<unknown>).bind(base))(...args);
      if (!holding.has(method)) return call();
      const { signal } = args[args.length - 1] as { signal: AbortSignal };
      return new Promise((resolve, reject) => {
        const list = held.get(method) ?? [];
        list.push({ args, signal, release: () => void call().then(resolve, reject), answer: resolve, fail: reject });
        held.set(method, list);
      });
    };
  }
  return {
    base,
    adapter,
    calls: (method: Method) => calls.filter((c) => c.method === method),
    hold: (method: Method) => holding.add(method),
    held: (method: Method) => held.get(method) ?? [],
    /** Replaces the memory adapter's answer for `method`. */
    answerWith: (method: Method, fn: (...args: unknown[]) => Promise<unknown>) => answers.set(method, fn),
  };
}

/** A form for `customerId` on `adapter`, in the page (its load may still run, or have failed). */
export function place(customerId: string, adapter: LifecycleAdapter): Promise<ServiceReactivateForm> {
  return fixture<ServiceReactivateForm>(
    html`<service-reactivate-form customer-id=${customerId} view="inactive" today=${TODAY} .adapter=${adapter}></service-reactivate-form>`,
  );
}

/** A form for `customerId` on `adapter`, once its services are shown. */
export async function mount(customerId: string, adapter: LifecycleAdapter): Promise<ServiceReactivateForm> {
  const el = await place(customerId, adapter);
  await until(() => q(el, 'select'), 'the form did not load');
  return el;
}

/** A form for `customerId` inside a `<lifecycle-provider>` giving `adapter`, `policy` and the fixture's actor, once loaded. */
export async function mountInProvider(customerId: string, adapter: LifecycleAdapter, policy: PolicyOverrides = {}): Promise<ServiceReactivateForm> {
  const page = await fixture<HTMLElement>(html`<lifecycle-provider .adapter=${adapter} .policy=${policy} .actor=${ACTOR}>
    <service-reactivate-form customer-id=${customerId} view="inactive" today=${TODAY}></service-reactivate-form></lifecycle-provider>`);
  const el = page.querySelector('service-reactivate-form')!;
  await until(() => q(el, 'select'), 'the form did not load');
  return el;
}

/** A form for `customerId` whose first `getCustomer` is held: still loading, the adapter's controls returned with it. */
export async function loading(customerId: string) {
  const control = controlled();
  control.hold('getCustomer');
  const el = fixtureSync<ServiceReactivateForm>(html`<service-reactivate-form customer-id=${customerId} view="inactive" .adapter=${control.adapter}></service-reactivate-form>`);
  await until(() => control.held('getCustomer').length === 1);
  return { ...control, el };
}

export const q = <T extends Element = HTMLElement>(el: ServiceReactivateForm, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
export const qa = (el: ServiceReactivateForm, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button whose text contains `label`. */
export const button = (el: ServiceReactivateForm, label: string) =>
  qa(el, 'button').find((b) => text(b).includes(label)) as HTMLButtonElement | undefined;

/** The "Reactivate" checkbox of the service named `name`. */
export const checkbox = (el: ServiceReactivateForm, name: string) =>
  qa(el, 'input[name="reactivate"]').find((c) => text(c.closest('label')).includes(name)) as HTMLInputElement | undefined;

/** Clicks the checkbox of `name` and waits for the render. */
export async function choose(el: ServiceReactivateForm, name: string): Promise<void> {
  checkbox(el, name)!.click();
  await el.updateComplete;
}

/** Types `value` into the chosen service's end date (empty: removes it). */
export async function setEnd(el: ServiceReactivateForm, value: string): Promise<void> {
  const input = q<HTMLInputElement>(el, 'input[name="end-date"]')!;
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Shows the Active or Deactivated services. */
export async function show(el: ServiceReactivateForm, view: 'active' | 'inactive'): Promise<void> {
  const select = q<HTMLSelectElement>(el, 'select')!;
  select.value = view;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The service names listed now. */
export const services = (el: ServiceReactivateForm) => qa(el, '[part~="service"]').map((s) => text(s.querySelector('label, strong')));
