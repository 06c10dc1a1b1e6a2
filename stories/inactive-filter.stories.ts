/**
 * Every state of `<inactive-filter>`: the four lists, the two seed wordings,
 * counts (loaded, loading, failed), the host's own table and list, forms,
 * the URL, a provider's policy, Spanish and right-to-left.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/inactive-filter/define.js';
import '../src/elements/lifecycle-provider/define.js';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import type { LifecycleAdapter, StatusFilter } from '../src/adapter/types.js';
import type { Meta, StoryObj } from './csf.js';
import { HOST_BUTTON } from './render.js';

interface FilterArgs extends Record<string, unknown> {
  value: StatusFilter;
  dormantDays: number | undefined;
  appearance: 'segmented' | 'toggle';
  wording: 'status' | 'yes-no';
  segments: StatusFilter[] | undefined;
  label: string;
  disabled: boolean;
}

const meta: Meta<FilterArgs> = {
  title: 'Elements/inactive-filter',
  component: 'inactive-filter',
  args: { value: 'active', dormantDays: undefined, appearance: 'segmented', wording: 'status', segments: undefined, label: '', disabled: false },
  argTypes: {
    value: { control: { type: 'select' }, options: ['active', 'inactive', 'all', 'dormant'] },
    dormantDays: { control: 'number', description: 'Adds Dormant (G8)' },
    appearance: { control: { type: 'select' }, options: ['segmented', 'toggle'] },
    wording: { control: { type: 'select' }, options: ['status', 'yes-no'] },
    segments: { control: { type: 'check' }, options: ['active', 'inactive', 'all', 'dormant'], description: 'The choices offered, in order (attribute: "all inactive")' },
    label: { control: 'text' },
    disabled: { control: 'boolean' },
  },
  render: ({ value, dormantDays, appearance, wording, segments, label, disabled }) => html`
    <inactive-filter value=${value} dormant-days=${ifDefined(dormantDays)} appearance=${appearance} wording=${wording}
      .segments=${segments} label=${ifDefined(label || undefined)} ?disabled=${disabled}></inactive-filter>`,
};
export default meta;

/** A memory adapter whose `countCustomers` is replaced (the change feed still works). */
const counting = (countCustomers: LifecycleAdapter['countCustomers']): LifecycleAdapter =>
  Object.assign(Object.create(createMemoryAdapter({ count: 20 })) as LifecycleAdapter, { countCustomers });

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

/** A small customer table of the host's, with the data attributes the filter reads. */
const hostTable = (id: string) => html`
  <table id=${id}>
    <caption>Customers</caption>
    <thead><tr><th scope="col">Name</th><th scope="col">Status</th><th scope="col">Last interaction</th></tr></thead>
    <tbody>
      <tr data-customer-status="active" data-last-interaction=${ago(4)}><td>Ana Torres</td><td>Active</td><td>${ago(4)}</td></tr>
      <tr data-customer-status="inactive" data-last-interaction=${ago(90)}><td>Bruno Díaz</td><td>Inactive</td><td>${ago(90)}</td></tr>
      <tr data-customer-status="active" data-last-interaction=${ago(260)}><td>José Álvarez</td><td>Active</td><td>${ago(260)}</td></tr>
      <tr data-customer-status="inactive"><td>Zoë Müller</td><td>Inactive</td><td>—</td></tr>
    </tbody>
  </table>`;

export const Active: StoryObj<FilterArgs> = {};
export const Inactive: StoryObj<FilterArgs> = { args: { value: 'inactive' } };
export const All: StoryObj<FilterArgs> = { args: { value: 'all' } };
export const Dormant: StoryObj<FilterArgs> = { name: 'Dormant (dormant-days="180")', args: { value: 'dormant', dormantDays: 180 } };
export const Disabled: StoryObj<FilterArgs> = { args: { disabled: true, value: 'inactive' } };
export const CustomLabel: StoryObj<FilterArgs> = { name: 'Own group name (label)', args: { label: 'Show customers' } };

export const Seed001Toggle: StoryObj<FilterArgs> = {
  name: 'Seed 001: "Show inactive customers"',
  args: { appearance: 'toggle' },
};
export const Seed001ToggleOnInactive: StoryObj<FilterArgs> = {
  name: 'Seed 001: on the inactive list, "Show active customers"',
  args: { appearance: 'toggle', value: 'inactive' },
};
export const Seed001FromPolicy: StoryObj<FilterArgs> = {
  name: "Seed 001 from a provider's policy (no attributes)",
  render: () => html`<lifecycle-provider preset="seed-001"><inactive-filter></inactive-filter></lifecycle-provider>`,
};
export const Seed002YesNo: StoryObj<FilterArgs> = {
  name: 'Seed 002: "Active: yes / no"',
  args: { wording: 'yes-no', value: 'inactive' },
};
export const Seed002MainListFilter: StoryObj<FilterArgs> = {
  name: 'Seed 002: everyone listed, "Active: no" as the filter',
  args: { wording: 'yes-no', segments: ['all', 'inactive'], value: 'all' },
};

export const WithCounts: StoryObj<FilterArgs> = {
  name: 'Counts from the adapter',
  render: () => html`<inactive-filter dormant-days="180" .adapter=${createMemoryAdapter({ count: 50, seed: 7 })}></inactive-filter>`,
};
export const CountsLoading: StoryObj<FilterArgs> = {
  name: 'Counts loading',
  render: () => html`<inactive-filter .adapter=${counting(() => new Promise(() => {}))}></inactive-filter>`,
};
export const CountsFailed: StoryObj<FilterArgs> = {
  name: 'Counts failed (count again)',
  render: () => html`<inactive-filter .adapter=${counting(() => Promise.reject(new Error('The server is not answering')))}></inactive-filter>`,
};
export const LargeCountsInSpanish: StoryObj<FilterArgs> = {
  name: 'Spanish, with large counts (Intl)',
  render: () => html`<div lang="es">
    <inactive-filter dormant-days="90" .adapter=${counting(() => Promise.resolve({ active: 12480, inactive: 3175, all: 15655, dormant: 912 }))}></inactive-filter>
  </div>`,
};

export const FiltersHostTable: StoryObj<FilterArgs> = {
  name: "Filtering the host's table (for=…)",
  render: () => html`<inactive-filter for="story-customers" value="inactive"></inactive-filter>${hostTable('story-customers')}`,
};
export const FiltersHostTableDormant: StoryObj<FilterArgs> = {
  name: "Dormant rows of the host's table (dormant-days=\"180\")",
  render: () => html`<inactive-filter for="story-dormant" dormant-days="180" value="dormant"></inactive-filter>${hostTable('story-dormant')}`,
};
export const FiltersHostList: StoryObj<FilterArgs> = {
  name: "Filtering the host's list, seed 001 toggle",
  render: () => html`
    <inactive-filter for="story-list" appearance="toggle"></inactive-filter>
    <ul id="story-list">
      <li data-customer-status="active">Acme Ibérica S.L.</li>
      <li data-customer-status="inactive">Zoë Müller</li>
      <li data-customer-status="active">Ana Torres</li>
    </ul>`,
};

export const InAForm: StoryObj<FilterArgs> = {
  name: 'In a form (name=…)',
  render: () => html`
    <form action="#" @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <inactive-filter name="status" value="inactive"></inactive-filter>
      <button style=${HOST_BUTTON}>Search</button> <button type="reset" style=${HOST_BUTTON}>Reset</button>
    </form>`,
};
export const InDisabledFieldset: StoryObj<FilterArgs> = {
  name: 'In a disabled fieldset',
  render: () => html`<fieldset disabled><legend>Filter</legend><inactive-filter name="status"></inactive-filter></fieldset>`,
};
export const SyncUrl: StoryObj<FilterArgs> = {
  name: 'Kept in the URL (sync-url="story-status")',
  render: () => html`<inactive-filter sync-url="story-status"></inactive-filter>`,
};

export const Spanish: StoryObj<FilterArgs> = {
  name: 'Spanish (lang="es")',
  render: () => html`<div lang="es"><inactive-filter dormant-days="90"></inactive-filter>
    <inactive-filter wording="yes-no"></inactive-filter> <inactive-filter appearance="toggle"></inactive-filter></div>`,
};
export const RightToLeft: StoryObj<FilterArgs> = {
  name: 'Right to left (dir="rtl")',
  render: () => html`<div dir="rtl"><inactive-filter value="inactive"></inactive-filter></div>`,
};
