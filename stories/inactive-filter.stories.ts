/** Every state of `<inactive-filter>`: segmented, dormant, the two seed wordings, counts, host markup. */
import { html } from 'lit';
import '../src/elements/inactive-filter/define.js';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import type { LifecycleAdapter, StatusFilter } from '../src/adapter/types.js';
import type { Meta, StoryObj } from './csf.js';

interface FilterArgs extends Record<string, unknown> {
  value: StatusFilter;
  dormantDays: number | undefined;
  appearance: 'segmented' | 'toggle';
  wording: 'status' | 'yes-no';
  disabled: boolean;
}

const meta: Meta<FilterArgs> = {
  title: 'Elements/inactive-filter',
  component: 'inactive-filter',
  args: { value: 'active', dormantDays: undefined, appearance: 'segmented', wording: 'status', disabled: false },
  argTypes: {
    value: { control: { type: 'select' }, options: ['active', 'inactive', 'all', 'dormant'] },
    dormantDays: { control: 'number' },
    appearance: { control: { type: 'select' }, options: ['segmented', 'toggle'] },
    wording: { control: { type: 'select' }, options: ['status', 'yes-no'] },
    disabled: { control: 'boolean' },
  },
  render: ({ value, dormantDays, appearance, wording, disabled }) => html`
    <inactive-filter value=${value} dormant-days=${dormantDays ?? ''} appearance=${appearance} wording=${wording}
      ?disabled=${disabled}></inactive-filter>`,
};
export default meta;

export const Active: StoryObj<FilterArgs> = {};
export const Inactive: StoryObj<FilterArgs> = { args: { value: 'inactive' } };
export const All: StoryObj<FilterArgs> = { args: { value: 'all' } };
export const Dormant: StoryObj<FilterArgs> = { name: 'Dormant (dormant-days="180")', args: { value: 'dormant', dormantDays: 180 } };
export const Seed001Toggle: StoryObj<FilterArgs> = { name: 'Seed 001: show inactive / active customers', args: { appearance: 'toggle' } };
export const Seed002YesNo: StoryObj<FilterArgs> = { name: 'Seed 002: Active: yes / no', args: { wording: 'yes-no', value: 'inactive' } };
export const Disabled: StoryObj<FilterArgs> = { args: { disabled: true } };

export const Spanish: StoryObj<FilterArgs> = {
  name: 'Spanish (lang="es")',
  render: () => html`<div lang="es"><inactive-filter dormant-days="90"></inactive-filter></div>`,
};

export const WithCounts: StoryObj<FilterArgs> = {
  name: 'Counts from the adapter',
  render: () => html`<inactive-filter dormant-days="180" .adapter=${createMemoryAdapter({ count: 50, seed: 7 })}></inactive-filter>`,
};

export const CountsFailed: StoryObj<FilterArgs> = {
  name: 'Counts failed (retry)',
  render: () => {
    const failing: LifecycleAdapter = Object.assign(Object.create(createMemoryAdapter({ count: 5 })) as LifecycleAdapter, {
      countCustomers: () => Promise.reject(new Error('The server is not answering')),
    });
    return html`<inactive-filter .adapter=${failing}></inactive-filter>`;
  },
};

export const FiltersHostTable: StoryObj<FilterArgs> = {
  name: "Filtering the host's table (for=…)",
  render: () => html`
    <inactive-filter for="story-customers" value="inactive"></inactive-filter>
    <table id="story-customers">
      <caption>Customers</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Status</th></tr></thead>
      <tbody>
        <tr data-customer-status="active"><td>Ana Torres</td><td>active</td></tr>
        <tr data-customer-status="inactive"><td>Bruno Díaz</td><td>inactive</td></tr>
        <tr data-customer-status="inactive"><td>Zoë Müller</td><td>inactive</td></tr>
      </tbody>
    </table>`,
};
