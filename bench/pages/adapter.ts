/**
 * Memory adapter page: 100,000 generated customers, then the reads a list
 * page makes — one page of a status, the counts, a text filter — each timed
 * on its own (the adapter answers with copies of the page, so a page's cost
 * does not grow with the data set, while finding it does). Garbage is
 * collected before each call, untimed.
 */
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { CountQuery, ListQuery } from '../../src/adapter/types.js';
import { collect } from './frame.js';

const none = { signal: new AbortController().signal };
let adapter: MemoryAdapter | undefined;

/** The queries timed, by name. */
export const QUERIES = {
  'list active, first page': { list: { status: 'active', offset: 0, limit: 50 } },
  'list all, page 1,000 of 2,000': { list: { status: 'all', offset: 49_950, limit: 50 } },
  'count every list': { count: {} },
  'filter "mar", inactive, first page': { list: { status: 'inactive', query: 'mar', offset: 0, limit: 50 } },
  'count, filtered by "mar"': { count: { query: 'mar' } },
} satisfies Record<string, { list: ListQuery } | { count: CountQuery }>;
export type QueryName = keyof typeof QUERIES;

/** Generates the data set and builds the adapter; returns the time it took and what was made. */
function setup(count: number): { ms: number; customers: number; records: number } {
  adapter = undefined;
  collect();
  const start = performance.now();
  adapter = createMemoryAdapter({ count, seed: 1 });
  const ms = performance.now() - start;
  const tables = adapter.snapshot();
  const records = Object.values(tables).reduce((sum, rows: unknown[]) => sum + rows.length, 0);
  return { ms, customers: tables.customers.length, records };
}

/** One call of `name`; returns its time and how many customers it found. */
async function query(name: QueryName): Promise<{ ms: number; found: number }> {
  const q: { list: ListQuery } | { count: CountQuery } = QUERIES[name];
  const a = adapter!;
  collect();
  const start = performance.now();
  if ('list' in q) {
    const page = await a.listCustomers(q.list, none);
    const ms = performance.now() - start;
    if (q.list.offset < page.total && page.items.length === 0) throw new Error(`${name}: an empty page`);
    return { ms, found: page.total };
  }
  const counts = await a.countCustomers(q.count, none);
  return { ms: performance.now() - start, found: counts.all };
}

const api = { setup, query, names: Object.keys(QUERIES) as QueryName[] };
declare global {
  interface Window {
    benchAdapter: typeof api;
  }
}
window.benchAdapter = api;
