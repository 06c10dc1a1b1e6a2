import { expect } from '@open-wc/testing';
import { DatasetSchema } from '../../../src/adapter/schemas.js';
import { generateDataset, GENERATOR_NOW } from '../../../src/adapters/memory/index.js';
import { isDormant } from '../../../src/rules/visibility.js';
import { fixture } from './fixture.js';

describe('memory adapter: generateDataset', () => {
  const data = generateDataset();
  const now = new Date(GENERATOR_NOW);

  it('makes 50 customers by default', () => {
    expect(data.customers).to.have.length(50);
  });

  it('gives the same data for the same seed', () => {
    expect(generateDataset({ count: 40, seed: 7 })).to.deep.equal(generateDataset({ count: 40, seed: 7 }));
  });

  it('gives other data for another seed', () => {
    expect(generateDataset({ count: 40, seed: 8 })).not.to.deep.equal(generateDataset({ count: 40, seed: 7 }));
  });

  it('passes DatasetSchema', () => {
    const result = DatasetSchema.safeParse(generateDataset({ count: 300, seed: 3 }));
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).to.equal(true);
  });

  it('has persons and companies, with persons linked to existing companies', () => {
    const companies = new Set(data.customers.filter((c) => c.kind === 'company').map((c) => c.id));
    const linked = data.customers.filter((c) => c.companyId !== null);
    expect(companies.size).to.be.greaterThan(2);
    expect(linked.length).to.be.greaterThan(2);
    for (const person of linked) {
      expect(person.kind).to.equal('person');
      expect(companies.has(person.companyId!), person.companyId!).to.equal(true);
    }
  });

  it('has English and Spanish names with accents', () => {
    const names = data.customers.map((c) => c.name);
    expect(names).to.include('José Álvarez');
    expect(names).to.include('Müller & Söhne GmbH');
    expect(names.filter((n) => /[^\x20-\x7e]/.test(n)).length).to.be.greaterThan(5);
  });

  it('has active, inactive, suspended, and suspended inactive customers', () => {
    const has = (status: string, suspended: boolean) => data.customers.some((c) => c.status === status && c.suspended === suspended);
    expect(has('active', false)).to.equal(true);
    expect(has('inactive', false)).to.equal(true);
    expect(has('active', true)).to.equal(true);
    expect(has('inactive', true)).to.equal(true);
  });

  it('makes about a fifth of the customers inactive', () => {
    const big = generateDataset({ count: 2000 });
    const share = big.customers.filter((c) => c.status === 'inactive').length / 2000;
    expect(share).to.be.within(0.15, 0.25);
  });

  it('spreads the last interactions so that some active customers are dormant at 180 days', () => {
    const active = data.customers.filter((c) => c.status === 'active');
    const dormant = active.filter((c) => isDormant(c, 180, now));
    expect(dormant.length).to.be.greaterThan(0);
    expect(dormant.length).to.be.lessThan(active.length);
    for (const c of data.customers) if (c.lastInteractionAt) expect(Date.parse(c.lastInteractionAt)).to.be.at.most(now.getTime());
  });

  it('has balances in USD and EUR, some open', () => {
    expect(new Set(data.customers.map((c) => c.balance.currency))).to.deep.equal(new Set(['USD', 'EUR']));
    expect(data.customers.some((c) => c.balance.amount > 0)).to.equal(true);
  });

  it("gives each customer a balance that is the sum of its unpaid invoices, in the customer's currency", () => {
    for (const seed of [1, 2, 3, 7]) {
      const set = generateDataset({ count: 200, seed });
      for (const c of set.customers) {
        const unpaid = set.invoices.filter((i) => i.customerId === c.id && i.status === 'unpaid');
        const cents = unpaid.reduce((sum, i) => sum + Math.round(i.total.amount * 100), 0);
        expect(Math.round(c.balance.amount * 100), `${c.id} (seed ${seed})`).to.equal(cents);
        for (const i of unpaid) expect(i.total.currency, i.id).to.equal(c.balance.currency);
      }
    }
  });

  it('has invoices in every status, and open ones on hold', () => {
    expect(new Set(data.invoices.map((i) => i.status))).to.deep.equal(new Set(['draft', 'unpaid', 'paid', 'void']));
    const held = data.invoices.filter((i) => i.onHold);
    expect(held.length).to.be.greaterThan(0);
    for (const invoice of held) expect(['draft', 'unpaid']).to.include(invoice.status);
  });

  it('has active and cancelled subscriptions', () => {
    expect(new Set(data.subscriptions.map((s) => s.status))).to.deep.equal(new Set(['active', 'cancelled']));
  });

  it('has locations with addresses, and recurring and on-request services started in the past', () => {
    expect(data.locations.some((l) => l.address)).to.equal(true);
    expect(new Set(data.services.map((s) => s.kind))).to.deep.equal(new Set(['recurring', 'on-request']));
    for (const s of data.services) expect(s.schedule.startDate < '2026-11-01', s.id).to.equal(true);
    expect(data.services.some((s) => s.status === 'active' && s.schedule.endDate !== null && s.schedule.endDate > '2026-11-01')).to.equal(true);
  });

  it('keeps services with their own customer and location', () => {
    const locations = new Map(data.locations.map((l) => [l.id, l]));
    const customers = new Set(data.customers.map((c) => c.id));
    for (const s of data.services) expect(locations.get(s.locationId)?.customerId, s.id).to.equal(s.customerId);
    for (const table of [data.locations, data.invoices, data.subscriptions, data.audit]) {
      for (const row of table) expect(customers.has(row.customerId), row.id).to.equal(true);
    }
  });

  it('gives every inactive customer a consistent cascaded deactivation', () => {
    const inactive = data.customers.filter((c) => c.status === 'inactive');
    expect(inactive.length).to.be.greaterThan(0);
    for (const c of inactive) {
      const op = c.deactivation!.operationId;
      const entry = data.audit.find((a) => a.customerId === c.id && a.action === 'deactivated' && a.operationId === op);
      expect(entry, c.id).not.to.equal(undefined);
      expect(entry!.at).to.equal(c.deactivation!.at);
      for (const l of data.locations.filter((x) => x.customerId === c.id)) expect(l.status, l.id).to.equal('inactive');
      for (const s of data.services.filter((x) => x.customerId === c.id)) expect(s.status, s.id).to.equal('inactive');
      const marked = data.services.filter((s) => s.deactivatedByOperation === op);
      expect(marked.map((s) => s.id)).to.deep.equal(entry!.cascade.services);
      for (const s of marked.filter((x) => x.kind === 'recurring')) {
        expect(s.schedule.endDate, s.id).to.equal(c.deactivation!.at.slice(0, 10));
        expect(s.schedule.deactivateOnEndDate).to.equal(true);
      }
    }
  });

  it('starts every record at version 1', () => {
    for (const row of [...data.customers, ...data.locations, ...data.services]) expect(row.version, row.id).to.equal(1);
  });

  it('generates as many customers as asked, each id once', () => {
    const { customers } = generateDataset({ count: 5_000 });
    expect(customers).to.have.length(5_000);
    expect(new Set(customers.map((c) => c.id)).size).to.equal(5_000);
  });

  it('leaves the test fixture valid', () => {
    expect(DatasetSchema.safeParse(fixture()).success).to.equal(true);
  });
});
