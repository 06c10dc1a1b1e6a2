/**
 * Every mode and state of `<deactivate-dialog>`, on the memory adapter.
 * Each story renders a host button wired by `commandfor` and the dialog; its
 * `play` opens the dialog (as a click on the button would) and waits until
 * the preview has loaded, so the gallery shows the modal in that state.
 */
import { html } from 'lit';
import '../src/elements/lifecycle-provider/define.js';
import '../src/elements/deactivate-dialog/define.js';
import { createMemoryAdapter, generateDataset, GENERATOR_NOW } from '../src/adapters/memory/index.js';
import type { LifecycleAdapter, PolicyOverrides } from '../src/adapter/types.js';
import type { DeactivateDialog } from '../src/elements/deactivate-dialog/define.js';
import type { Meta, Play, StoryObj } from './csf.js';
import { HOST_BUTTON, when } from './render.js';

interface DialogArgs extends Record<string, unknown> {
  customerId: string;
  customerIds: string;
  mode: 'auto' | 'deactivate' | 'reactivate' | 'delete';
  lang: 'en' | 'es';
  policy: PolicyOverrides;
}

// The generator's showcase: 0 active person with a company, 1 active company, 2 inactive with a cascade, an open
// balance and held invoices, 4 inactive.
const data = generateDataset({ count: 12, seed: 7, now: new Date(GENERATOR_NOW) });
const id = (n: number) => data.customers[n]!.id;
const adapterFor = (policy: PolicyOverrides): LifecycleAdapter => createMemoryAdapter({ data, policy });

/** The memory adapter with some of its methods replaced (a call that never ends, or fails). */
const replaced = (methods: Partial<LifecycleAdapter>): LifecycleAdapter =>
  Object.assign(Object.create(adapterFor({})) as LifecycleAdapter, methods);

/** The host page of every story: a provider, a button wired by `commandfor`, and the dialog. */
const page = ({ customerId, customerIds, mode, lang, policy }: DialogArgs, adapter: LifecycleAdapter) => html`
  <lifecycle-provider lang=${lang} .adapter=${adapter} .policy=${policy} .actor=${{ id: 'u-1', name: 'Ana Torres' }}>
    <button type="button" style=${HOST_BUTTON} commandfor="story-dialog" command="--show">Open</button>
    <deactivate-dialog id="story-dialog" customer-id=${customerId} .customerIds=${customerIds.split(/[\s,]+/).filter(Boolean)} mode=${mode}></deactivate-dialog>
  </lifecycle-provider>`;

const meta: Meta<DialogArgs> = {
  title: 'Elements/deactivate-dialog',
  component: 'deactivate-dialog',
  args: { customerId: id(0), customerIds: '', mode: 'auto', lang: 'en', policy: {} },
  argTypes: {
    customerId: { control: 'text' },
    customerIds: { control: 'text', description: 'Ids separated by spaces: a bulk action' },
    mode: { control: { type: 'select' }, options: ['auto', 'deactivate', 'reactivate', 'delete'] },
    lang: { control: { type: 'select' }, options: ['en', 'es'] },
  },
  render: (args) => page(args, adapterFor(args.policy)),
};
export default meta;

const dialogIn = (canvas: HTMLElement) => canvas.querySelector<DeactivateDialog>('deactivate-dialog')!;
const textOf = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';

/** Opens the dialog (as a click on the button would) and waits until its preview is shown, or its error is. */
const open: Play = async ({ canvasElement }) => {
  const el = dialogIn(canvasElement);
  canvasElement.querySelector('button')?.focus();
  el.show();
  await when(el, (root) => root.querySelector('[part~="body"]')?.getAttribute('aria-busy') === 'false' || textOf(root, '[role="alert"]') !== '');
};

/** Opens, then confirms as the user does (typing the count where it is asked), and waits until `ready`. */
const confirmThen = (ready: (root: ShadowRoot) => boolean): Play => async (context) => {
  await open(context);
  const el = dialogIn(context.canvasElement);
  const typed = el.shadowRoot!.querySelector<HTMLInputElement>('#typed');
  if (typed) {
    typed.value = typed.labels?.[0]?.textContent?.match(/\d+/)?.[0] ?? '';
    typed.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
  }
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
  await when(el, ready);
};

/** The action has run: its outcome is said in the status line (one customer) or the results (several). */
const finished = (root: ShadowRoot) => !root.querySelector('progress') && (textOf(root, '[part~="status"]') !== '' || !!root.querySelector('[part~="results"]'));
const failed = (root: ShadowRoot) => textOf(root, '[role="alert"]') !== '';

export const Closed: StoryObj<DialogArgs> = { name: 'Closed (a button opens it)' };
export const Deactivate: StoryObj<DialogArgs> = { play: open };
export const DeactivateCompany: StoryObj<DialogArgs> = { name: 'Deactivate a company: its contacts stay active (D6)', args: { customerId: id(1) }, play: open };
export const BalanceWarns: StoryObj<DialogArgs> = { name: 'G5: an open balance warns', args: { customerId: id(0) }, play: open };
export const BalanceBlocks: StoryObj<DialogArgs> = { name: 'G5: an open balance blocks', args: { customerId: id(0), policy: { balanceGuard: 'block' } }, play: open };
export const ReasonRequired: StoryObj<DialogArgs> = { name: 'G7: reason required', args: { policy: { reason: 'required' } }, play: open };
export const Seed000: StoryObj<DialogArgs> = { name: 'Seed 000: cascade, no subscriptions or hold', args: { policy: { invoiceHold: false, subscriptions: false } }, play: open };
export const Reactivate: StoryObj<DialogArgs> = { name: 'Reactivate (R2, R4, R5, G3)', args: { customerId: id(2) }, play: open };
export const Delete: StoryObj<DialogArgs> = { name: 'Delete an inactive customer (X2)', args: { customerId: id(4), mode: 'delete' }, play: open };
export const DeleteWhatGoes: StoryObj<DialogArgs> = {
  name: 'Delete: an open balance and held invoices go with it (G1, G5 warning)',
  args: { customerId: id(2), mode: 'delete' },
  play: open,
};
export const DeleteBalanceBlocks: StoryObj<DialogArgs> = {
  name: 'Delete: an open balance blocks (G5)',
  args: { customerId: id(2), mode: 'delete', policy: { balanceGuard: 'block' } },
  play: open,
};
export const DeleteActive: StoryObj<DialogArgs> = { name: 'Delete an active customer: why not (X1, G2)', args: { mode: 'delete' }, play: open };
export const DeleteNever: StoryObj<DialogArgs> = { name: 'Seed 000: never deletes (X3)', args: { customerId: id(4), mode: 'delete', policy: { deletion: 'never' } }, play: open };
export const BulkDeactivate: StoryObj<DialogArgs> = { name: 'Bulk deactivate (D8, G6)', args: { customerIds: data.customers.slice(0, 6).map((c) => c.id).join(' ') }, play: open };
export const BulkDelete: StoryObj<DialogArgs> = { name: 'Bulk delete (X2, G6)', args: { customerIds: data.customers.slice(0, 6).map((c) => c.id).join(' '), mode: 'delete' }, play: open };
export const Spanish: StoryObj<DialogArgs> = { name: 'Spanish (lang="es")', args: { lang: 'es', customerId: id(2) }, play: open };

export const LoadFailed: StoryObj<DialogArgs> = {
  name: 'The preview failed (alert with Reload)',
  render: () => html`<deactivate-dialog customer-id=${id(0)} .adapter=${replaced({ preview: () => Promise.reject(new TypeError('Failed to fetch')) })}></deactivate-dialog>`,
  play: open,
};

export const ReadyToConfirm: StoryObj<DialogArgs> = {
  name: 'Ready to confirm: options ticked, reason given',
  play: async (context) => {
    await open(context);
    const el = dialogIn(context.canvasElement);
    const root = el.shadowRoot!;
    for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not(:disabled)')) box.click();
    const reason = root.querySelector<HTMLTextAreaElement>('#reason');
    if (reason) {
      reason.value = 'Moved abroad';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="confirm"]')!.focus();
  },
};
export const Running: StoryObj<DialogArgs> = {
  name: 'Running: progress, nothing can be changed or closed',
  render: (args) => page(args, replaced({ deactivate: () => new Promise<never>(() => {}) })),
  play: confirmThen((root) => !!root.querySelector('progress')),
};
export const ActionFailed: StoryObj<DialogArgs> = {
  name: 'The action failed (alert with Retry)',
  render: (args) => page(args, replaced({ deactivate: () => Promise.reject(new TypeError('Failed to fetch')) })),
  play: confirmThen(failed),
};
export const Done: StoryObj<DialogArgs> = {
  name: 'Done: who and when (D7), Undo while it may (G4)',
  play: confirmThen(finished),
};
export const Undone: StoryObj<DialogArgs> = {
  name: 'Undone (G4)',
  play: async (context) => {
    await confirmThen(finished)(context);
    const el = dialogIn(context.canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await when(el, (root) => !root.querySelector('[part~="cancel"]') && textOf(root, '[part~="status"]') !== '');
  },
};
export const BulkDone: StoryObj<DialogArgs> = {
  name: 'Bulk deactivate done: done, skipped and why (G6)',
  args: BulkDeactivate.args,
  play: confirmThen(finished),
};
export const BulkPartlyFailed: StoryObj<DialogArgs> = {
  name: 'Bulk deactivate: some failed (retry the failed)',
  args: BulkDeactivate.args,
  render: (args) => {
    const memory = adapterFor({});
    return page(args, replaced({
      deactivate: async (input, options) => {
        const result = await memory.deactivate({ ...input, targets: input.targets.slice(1) }, options);
        const [first] = input.targets;
        return first ? { ...result, results: [{ id: first.customerId, outcome: 'failed' as const, error: { code: 'network', message: 'Failed to fetch' } }, ...result.results] } : result;
      },
    }));
  },
  play: confirmThen((root) => finished(root) && !!root.querySelector('[part~="retry-failed"]')),
};
