/** Every state of `<customer-status-badge>`: presentational, compact, localised, bound. */
import { html } from 'lit';
import '../src/elements/customer-status-badge/define.js';
import '../src/elements/lifecycle-provider/define.js';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import type { LifecycleAdapter } from '../src/adapter/types.js';
import type { Meta, StoryObj } from './csf.js';

interface BadgeArgs extends Record<string, unknown> {
  status: string;
  suspended: boolean;
  dormant: boolean;
  compact: boolean;
}

const meta: Meta<BadgeArgs> = {
  title: 'Elements/customer-status-badge',
  component: 'customer-status-badge',
  args: { status: 'active', suspended: false, dormant: false, compact: false },
  argTypes: {
    status: { control: { type: 'select' }, options: ['active', 'inactive', 'archived'] },
    suspended: { control: 'boolean' },
    dormant: { control: 'boolean' },
    compact: { control: 'boolean' },
  },
  render: ({ status, suspended, dormant, compact }) => html`
    <customer-status-badge status=${status} ?suspended=${suspended} ?dormant=${dormant} ?compact=${compact}></customer-status-badge>`,
};
export default meta;

export const Active: StoryObj<BadgeArgs> = {};
export const Deactivated: StoryObj<BadgeArgs> = { args: { status: 'inactive' } };
export const Suspended: StoryObj<BadgeArgs> = { args: { suspended: true } };
export const SuspendedAndDeactivated: StoryObj<BadgeArgs> = { args: { status: 'inactive', suspended: true } };
export const Dormant: StoryObj<BadgeArgs> = { args: { dormant: true } };
export const Unknown: StoryObj<BadgeArgs> = { name: 'Unknown value', args: { status: 'archived' } };

export const Compact: StoryObj<BadgeArgs> = {
  name: 'Compact (icon only)',
  render: () => html`
    <customer-status-badge compact status="active"></customer-status-badge>
    <customer-status-badge compact status="inactive"></customer-status-badge>
    <customer-status-badge compact status="active" suspended></customer-status-badge>
    <customer-status-badge compact status="inactive" suspended></customer-status-badge>`,
};

export const Spanish: StoryObj<BadgeArgs> = {
  name: 'Spanish (lang="es")',
  render: () => html`
    <span lang="es">
      <customer-status-badge status="active"></customer-status-badge>
      <customer-status-badge status="inactive"></customer-status-badge>
      <customer-status-badge status="inactive" suspended></customer-status-badge>
    </span>`,
};

export const Themed: StoryObj<BadgeArgs> = {
  name: 'Themed with tokens',
  render: () => html`
    <span style="--clk-color-deactivated: #8a4baf; --clk-badge-font-size: 1rem; --clk-radius: 1rem">
      <customer-status-badge status="inactive"></customer-status-badge>
    </span>`,
};

const adapter = () => createMemoryAdapter({ count: 50, seed: 7 });

export const BoundDeactivated: StoryObj<BadgeArgs> = {
  name: 'Bound: who deactivated and when (D7)',
  render: () => {
    const memory = adapter();
    const inactive = memory.snapshot().customers.find((c) => c.status === 'inactive' && c.deactivation);
    return html`<customer-status-badge customer-id=${inactive?.id ?? ''} .adapter=${memory}></customer-status-badge>`;
  },
};

export const BoundDormant: StoryObj<BadgeArgs> = {
  name: 'Bound: dormant after 90 days',
  render: () => {
    const memory = adapter();
    const quiet = memory.snapshot().customers.find((c) => c.status === 'active' && !c.suspended && c.lastInteractionAt && Date.now() - Date.parse(c.lastInteractionAt) > 200 * 86_400_000);
    return html`<customer-status-badge customer-id=${quiet?.id ?? ''} dormant-days="90" .adapter=${memory}></customer-status-badge>`;
  },
};

/** The memory adapter whose reads of a customer all do `read` (badges read through getCustomers when it is there, else getCustomer). */
function readsThat(read: () => Promise<never>): LifecycleAdapter {
  return Object.assign(Object.create(adapter()) as LifecycleAdapter, { getCustomer: read, getCustomers: read });
}

export const Loading: StoryObj<BadgeArgs> = {
  name: 'Bound: loading',
  render: () => html`<customer-status-badge customer-id="any" .adapter=${readsThat(() => new Promise<never>(() => {}))}></customer-status-badge>`,
};

export const Failed: StoryObj<BadgeArgs> = {
  name: 'Bound: the adapter failed',
  render: () => {
    const failing = readsThat(() => Promise.reject(new Error('The server is not answering')));
    return html`<customer-status-badge customer-id="any" .adapter=${failing}></customer-status-badge>`;
  },
};

export const TimedOut: StoryObj<BadgeArgs> = {
  name: 'Bound: no answer in time',
  render: () => {
    const silent = readsThat(() => new Promise<never>(() => {}));
    // The provider's timeout ends every call below it that has not answered: here after one second.
    return html`<lifecycle-provider timeout="1000" .adapter=${silent}>
      <customer-status-badge customer-id="any"></customer-status-badge></lifecycle-provider>`;
  },
};
