// inactive-filter for=… on a host table, against a hand-written loop that
// toggles `hidden` on the same rows, in the same run. Each sample starts from
// the Active list and switches between Inactive and Active ten times. Budgets:
// 10,000 rows ≤ 1.0 × the loop; 1,000 rows under 100 ms (per switch).
import '../src/elements/inactive-filter/define.js';
import type { InactiveFilter } from '../src/elements/inactive-filter/define.js';
import { compare } from './support/measure.js';

/** Switches per sample (Inactive, Active, Inactive…): enough work to time well above the timer's 0.1 ms steps. */
const SWITCHES = 10;

function page(rows: number): { table: HTMLTableElement; filter: InactiveFilter } {
  const table = document.createElement('table');
  table.id = `bench-${rows}`;
  const body = table.createTBody();
  const day = 86_400_000;
  for (let i = 0; i < rows; i++) {
    const row = body.insertRow();
    row.dataset.customerStatus = i % 3 === 0 ? 'inactive' : 'active';
    row.dataset.lastInteraction = new Date(Date.now() - (i % 400) * day).toISOString().slice(0, 10);
    row.insertCell().textContent = `Customer ${i}`;
  }
  const filter = document.createElement('inactive-filter');
  filter.setAttribute('for', table.id);
  document.body.append(filter, table);
  return { table, filter };
}

/** The loop a host would write by hand. */
function handLoop(table: HTMLTableElement, show: string): void {
  const rows = table.querySelectorAll<HTMLElement>(':scope > tbody > tr');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    row.hidden = row.getAttribute('data-customer-status') !== show;
  }
}

async function run(rows: number): Promise<void> {
  const { table, filter } = page(rows);
  await filter.updateComplete;
  await compare(`filter for=… ×${rows.toLocaleString('en')} rows`, [
    {
      name: 'hand-written loop',
      setup: () => handLoop(table, 'active'),
      run: () => {
        for (let i = 0; i < SWITCHES; i++) handLoop(table, i % 2 ? 'active' : 'inactive');
      },
    },
    {
      name: 'inactive-filter',
      setup: async () => {
        filter.value = 'active';
        filter.apply();
        await filter.updateComplete;
      },
      run: () => {
        for (let i = 0; i < SWITCHES; i++) {
          filter.value = i % 2 ? 'active' : 'inactive';
          filter.apply();
        }
      },
      teardown: () => void filter.updateComplete,
    },
  ]);
  filter.remove();
  table.remove();
}

describe('filter apply', () => {
  it('10,000 rows', () => run(10_000));
  it('1,000 rows', () => run(1_000));
});
