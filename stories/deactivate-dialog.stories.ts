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

interface DialogArgs extends Record<string, unknown> {
  customerId: string;
  customerIds: string;
  mode: 'auto' | 'deactivate' | 'reactivate' | 'delete';
  lang: 'en' | 'es';
  policy: PolicyOverrides;
}

// The generator's showcase: 0 active person with a company, 1 active company, 2 inactive with a cascade, 4 inactive.
const data = generateDataset({ count: 12, seed: 7, now: new Date(GENERATOR_NOW) });
const id = (n: number) => data.customers[n]!.id;
const adapterFor = (policy: PolicyOverrides): LifecycleAdapter => createMemoryAdapter({ data, policy });

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
  render: ({ customerId, customerIds, mode, lang, policy }) => html`
    <lifecycle-provider lang=${lang} .adapter=${adapterFor(policy)} .policy=${policy} .actor=${{ id: 'u-1', name: 'Ana Torres' }}>
      <button type="button" commandfor="story-dialog" command="--show">Open</button>
      <deactivate-dialog id="story-dialog" customer-id=${customerId} .customerIds=${customerIds.split(/[\s,]+/).filter(Boolean)} mode=${mode}></deactivate-dialog>
    </lifecycle-provider>`,
};
export default meta;

/** Opens the dialog and waits until its preview is shown (or an error is): no frames, no timers. */
const open: Play = async ({ canvasElement }) => {
  const el = canvasElement.querySelector<DeactivateDialog>('deactivate-dialog')!;
  canvasElement.querySelector('button')?.focus();
  el.show();
  await el.updateComplete;
  const root = el.shadowRoot!;
  const settled = () => root.querySelector('[part~="body"]')?.getAttribute('aria-busy') === 'false' || !!root.querySelector('[role="alert"]');
  if (settled()) return;
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!settled()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'role'] });
  });
  await el.updateComplete;
};

export const Closed: StoryObj<DialogArgs> = { name: 'Closed (a button opens it)' };
export const Deactivate: StoryObj<DialogArgs> = { play: open };
export const DeactivateCompany: StoryObj<DialogArgs> = { name: 'Deactivate a company (D6, G5 warning)', args: { customerId: id(1) }, play: open };
export const BalanceBlocks: StoryObj<DialogArgs> = { name: 'G5: an open balance blocks', args: { customerId: id(1), policy: { balanceGuard: 'block' } }, play: open };
export const ReasonRequired: StoryObj<DialogArgs> = { name: 'G7: reason required', args: { policy: { reason: 'required' } }, play: open };
export const Seed000: StoryObj<DialogArgs> = { name: 'Seed 000: cascade, no subscriptions or hold', args: { policy: { invoiceHold: false, subscriptions: false } }, play: open };
export const Reactivate: StoryObj<DialogArgs> = { name: 'Reactivate (R2, R4, R5, G3)', args: { customerId: id(2) }, play: open };
export const Delete: StoryObj<DialogArgs> = { name: 'Delete an inactive customer (X2)', args: { customerId: id(4), mode: 'delete' }, play: open };
export const DeleteActive: StoryObj<DialogArgs> = { name: 'Delete an active customer: why not (X1, G2)', args: { mode: 'delete' }, play: open };
export const DeleteNever: StoryObj<DialogArgs> = { name: 'Seed 000: never deletes (X3)', args: { customerId: id(4), mode: 'delete', policy: { deletion: 'never' } }, play: open };
export const BulkDeactivate: StoryObj<DialogArgs> = { name: 'Bulk deactivate (D8, G6)', args: { customerIds: data.customers.slice(0, 6).map((c) => c.id).join(' ') }, play: open };
export const BulkDelete: StoryObj<DialogArgs> = { name: 'Bulk delete (X2, G6)', args: { customerIds: data.customers.slice(0, 6).map((c) => c.id).join(' '), mode: 'delete' }, play: open };
export const Spanish: StoryObj<DialogArgs> = { name: 'Spanish (lang="es")', args: { lang: 'es', customerId: id(2) }, play: open };

export const LoadFailed: StoryObj<DialogArgs> = {
  name: 'The preview failed (alert with Reload)',
  render: () => {
    const failing = Object.assign(Object.create(adapterFor({})) as LifecycleAdapter, {
      preview: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    return html`<deactivate-dialog customer-id=${id(0)} .adapter=${failing}></deactivate-dialog>`;
  },
  play: open,
};
