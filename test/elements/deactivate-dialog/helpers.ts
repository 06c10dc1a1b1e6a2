/** Fixtures of the `<deactivate-dialog>` tests: a host page, a memory adapter, and calls the test settles. */
import { fixture, html } from '@open-wc/testing';
import type { LifecycleAdapter, PolicyOverrides } from '../../../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/elements/lifecycle-provider/define.js';
import '../../../src/elements/deactivate-dialog/define.js';
import type { DeactivateDialog } from '../../../src/elements/deactivate-dialog/define.js';
import { ACTOR, fixture as dataset } from '../../adapters/memory/fixture.js';
import { until } from '../../support/until.js';

export { ACTOR };

type Method = keyof LifecycleAdapter;

/** A call held until the test settles it. */
export interface Held {
  method: Method;
  args: unknown[];
  signal: AbortSignal;
  /** Lets the memory adapter answer. */
  release(): void;
  /** Rejects with `error`. */
  fail(error: unknown): void;
  /** Resolves with `value` instead of the memory adapter's answer. */
  answer(value: unknown): void;
}

/** The memory adapter on the fixture data, with `hold(method)` to keep that method's calls pending. */
export function controlled(policy: PolicyOverrides = {}) {
  const base: MemoryAdapter = createMemoryAdapter({ data: dataset(), policy });
  const held: Held[] = [];
  const holding = new Set<Method>();
  const adapter = Object.create(base) as MemoryAdapter;
  for (const method of ['getCustomer', 'preview', 'deactivate', 'reactivate', 'undo', 'deleteCustomers'] as const) {
    (adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const call = () => (base[method] as (...a: unknown[]) => Promise<unknown>).apply(base, args);
      if (!holding.has(method)) return call();
      const { signal } = args[args.length - 1] as { signal: AbortSignal };
      return new Promise((resolve, reject) => {
        held.push({ method, args, signal, release: () => void call().then(resolve, reject), fail: reject, answer: resolve });
      });
    };
  }
  return {
    adapter,
    base,
    held,
    hold: (...methods: Method[]) => methods.forEach((m) => holding.add(m)),
    free: (...methods: Method[]) => methods.forEach((m) => holding.delete(m)),
    /** The n-th held call of `method` (waits for it). */
    async call(method: Method, n = 0): Promise<Held> {
      await until(() => held.filter((h) => h.method === method)[n], `no held ${method} call #${n}`);
      return held.filter((h) => h.method === method)[n]!;
    },
    /** The mutation calls the memory adapter saw. */
    mutations: () => base.calls.filter((c) => !['getCustomer', 'preview', 'listCustomers', 'countCustomers'].includes(c.method)),
  };
}

export interface MountOptions {
  id?: string;
  ids?: string[];
  mode?: string;
  policy?: PolicyOverrides;
  adapter?: LifecycleAdapter;
}

/** A provider, an opener button wired by `commandfor`, and the dialog. */
export async function mount(options: MountOptions = {}) {
  const ctl = controlled(options.policy);
  const page = await fixture<HTMLElement>(html`<lifecycle-provider .adapter=${options.adapter ?? ctl.adapter} .policy=${options.policy ?? {}} .actor=${ACTOR}>
    <button id="opener" commandfor="dlg" command="--show">Open</button>
    <deactivate-dialog id="dlg" customer-id=${options.id ?? 'c-jose'} customer-ids=${(options.ids ?? []).join(' ')} mode=${options.mode ?? 'auto'}></deactivate-dialog>
  </lifecycle-provider>`);
  const el = page.querySelector<DeactivateDialog>('deactivate-dialog')!;
  const opener = page.querySelector<HTMLButtonElement>('#opener')!;
  return { ...ctl, page, el, opener };
}

export const root = (el: DeactivateDialog) => el.shadowRoot!;
export const dialog = (el: DeactivateDialog) => root(el).querySelector('dialog')!;
export const text = (el: DeactivateDialog) => dialog(el).textContent!.replace(/\s+/g, ' ').trim();
export const title = (el: DeactivateDialog) => root(el).querySelector('h2')!.textContent!.trim();
export const alert = (el: DeactivateDialog) => root(el).querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();
export const status = (el: DeactivateDialog) => root(el).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
export const focused = (el: DeactivateDialog) => root(el).activeElement;

/** The button whose visible text is `name` (exact, whitespace-trimmed). */
export function button(el: DeactivateDialog, name: string | RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => {
    const t = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? t === name : name.test(t);
  });
  if (!found) throw new Error(`no button "${String(name)}" in: ${text(el)}`);
  return found;
}

/** The checkbox or field labelled `name`. */
export function field<T extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>(el: DeactivateDialog, name: string | RegExp): T {
  const label = [...root(el).querySelectorAll('label')].find((l) => {
    const t = l.textContent!.trim();
    return typeof name === 'string' ? t === name : name.test(t);
  });
  if (!label) throw new Error(`no field "${String(name)}" in: ${text(el)}`);
  return root(el).getElementById(label.htmlFor) as T;
}

export const enabled = (b: HTMLButtonElement) => b.getAttribute('aria-disabled') !== 'true';

/** Opens by the host's button and waits for the preview. */
export async function openAndLoad(el: DeactivateDialog, opener: HTMLButtonElement): Promise<void> {
  opener.focus();
  opener.click();
  await until(() => dialog(el).open && root(el).querySelector('[part~="body"]')!.getAttribute('aria-busy') === 'false' && el.open, 'the preview did not load');
  await el.updateComplete;
}

/** Ticks a checkbox as a user does. */
export async function tick(el: DeactivateDialog, box: HTMLInputElement): Promise<void> {
  box.click();
  await el.updateComplete;
}

/** Types into a field as a user does (value + input event). */
export async function type(el: DeactivateDialog, input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}
