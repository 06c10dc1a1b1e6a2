/**
 * A deterministic, realistic data set for the demo, the tests and the
 * benchmarks: the same options always give the same tables.
 */
import type {
  AuditEntry, Customer, CustomerDetail, Dataset, Invoice, InvoiceStatus, Location, Money, Service, Subscription,
} from '../../adapter/types.js';
import { auditEntry } from '../../rules/audit.js';
import { toDateString } from '../../rules/dates.js';
import { cascadeTargets, deactivateLocation, deactivateService, isOpenInvoice } from '../../rules/deactivate.js';
import { DEFAULT_POLICY } from '../../rules/policy.js';
import { undoDeadline } from '../../rules/undo.js';
import {
  CITIES, COMPANY_PATTERNS, DEACTIVATION_REASONS, FIRST_NAMES, LAST_NAMES, LOCATION_LABELS, SERVICE_NAMES,
  STAFF, STREETS, SUBSCRIPTION_NAMES,
} from './names.js';
import { Random } from './random.js';

export interface GenerateOptions {
  /** How many customers (default 50). */
  count?: number;
  /** The seed of the pseudo-random sequence (default 1). */
  seed?: number;
  /** The instant the data is relative to (default 2026-11-01T12:00:00Z). */
  now?: Date;
}

/** The default `now` of `generateDataset`. */
export const GENERATOR_NOW = '2026-11-01T12:00:00.000Z';

const DAY = 86_400_000;
const INVOICE_STATUS_WEIGHTS: readonly [InvoiceStatus, number][] = [['paid', 0.45], ['unpaid', 0.25], ['draft', 0.15], ['void', 0.15]];

/**
 * Fixed profiles of the first customers, so that even a small data set has
 * every state: an accented person linked to a company, that company, a
 * cascaded deactivation with held invoices and cancelled subscriptions,
 * suspended, suspended and inactive, and dormant.
 */
const SHOWCASE: readonly Partial<{ name: string; kind: Customer['kind']; inactive: boolean; suspended: boolean; idleDays: number; rich: boolean }>[] = [
  { name: 'José Álvarez', kind: 'person', inactive: false, suspended: false, idleDays: 3, rich: true },
  { name: 'Müller & Söhne GmbH', kind: 'company', inactive: false, suspended: false, idleDays: 12 },
  { kind: 'person', inactive: true, suspended: false, rich: true },
  { kind: 'person', inactive: false, suspended: true, idleDays: 40 },
  { kind: 'company', inactive: true, suspended: true },
  { kind: 'person', inactive: false, suspended: false, idleDays: 400 },
];

/**
 * Generates `count` customers with their locations, services, invoices,
 * subscriptions and audit trail — about one company per five customers, half
 * of the persons linked to one; about 20% inactive with a consistent cascaded
 * deactivation (D3, G3, G7); some suspended; interactions spread over two
 * years so that some active customers are dormant (G8). Seeded (mulberry32):
 * no `Math.random`. All versions are 1. The result passes `DatasetSchema`.
 */
export function generateDataset(options: GenerateOptions = {}): Dataset {
  const count = options.count ?? 50;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const rng = new Random(options.seed ?? 1);
  const nowMs = (options.now ?? new Date(GENERATOR_NOW)).getTime();
  const data: Dataset = { customers: [], locations: [], services: [], invoices: [], subscriptions: [], audit: [] };
  const seq = { loc: 0, svc: 0, inv: 0, sub: 0, aud: 0, op: 0 };
  const iso = (ms: number) => new Date(ms).toISOString();
  const days = new Map<number, string>();
  const day = (ms: number) => {
    const n = Math.floor(ms / DAY);
    let text = days.get(n);
    if (text === undefined) days.set(n, (text = toDateString(new Date(n * DAY))));
    return text;
  };

  const kinds = Array.from({ length: count }, (_, i) => SHOWCASE[i]?.kind ?? (rng.chance(0.2) ? 'company' : 'person'));
  const companies = kinds.flatMap((kind, i) => (kind === 'company' ? [`cus-${i + 1}`] : []));

  for (let i = 0; i < count; i += 1) {
    const show = SHOWCASE[i] ?? {};
    const id = `cus-${i + 1}`;
    const kind = kinds[i] as Customer['kind'];
    const inactive = show.inactive ?? rng.chance(0.2);
    const suspended = show.suspended ?? rng.chance(0.05);
    const currency = rng.chance(0.7) ? 'USD' : 'EUR';
    const money = (amount: number): Money => ({ amount, currency });
    const deactMs = inactive ? nowMs - rng.int(1, 540) * DAY - rng.int(0, 86_399) * 1000 : null;
    const refMs = deactMs ?? nowMs;
    let lastMs: number | null;
    if (show.idleDays !== undefined) lastMs = nowMs - show.idleDays * DAY - rng.int(0, 86_399) * 1000;
    else if (rng.chance(0.02)) lastMs = null;
    else lastMs = refMs - Math.floor((inactive ? 200 : 730) * rng.next() ** 3) * DAY - rng.int(0, 86_399) * 1000;
    // The balance is the sum of the unpaid invoices (set below). These draws once gave it, and are
    // kept so that every other generated value stays as it was for a given seed.
    const r = rng.next();
    if (r >= 0.9) rng.amount(5, 300);
    else if (r >= 0.55) rng.amount(10, 4000);
    const customer: Customer = {
      id,
      kind,
      name: show.name ?? (kind === 'company'
        ? rng.pick(COMPANY_PATTERNS)(rng.pick(LAST_NAMES), rng.pick(LAST_NAMES))
        : `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}${rng.chance(0.3) ? ` ${rng.pick(LAST_NAMES)}` : ''}`),
      status: 'active',
      suspended,
      deactivation: null,
      lastInteractionAt: lastMs === null ? null : iso(lastMs),
      balance: money(0),
      companyId: kind === 'person' && companies.length > 0 && (i === 0 || rng.chance(0.5))
        ? (i === 0 && kinds[1] === 'company' ? 'cus-2' : rng.pick(companies))
        : null,
      version: 1,
    };

    // Locations and their services, some switched off on their own.
    const locations: Location[] = [];
    const services: Service[] = [];
    const locationCount = show.rich ? 2 : rng.int(0, 3);
    for (let l = 0; l < locationCount; l += 1) {
      const label = rng.pick(LOCATION_LABELS);
      const location: Location = {
        id: `loc-${(seq.loc += 1)}`,
        customerId: id,
        label: l === 0 ? label : `${label} ${l + 1}`,
        address: rng.chance(0.9) ? `${rng.pick(STREETS)} ${rng.int(1, 250)}, ${rng.pick(CITIES)}` : null,
        status: !show.rich && rng.chance(0.08) ? 'inactive' : 'active',
        deactivatedByOperation: null,
        version: 1,
      };
      locations.push(location);
      const serviceCount = show.rich ? 2 : rng.int(0, 4);
      for (let s = 0; s < serviceCount; s += 1) {
        const recurring = show.rich ? s === 0 : rng.chance(0.7);
        const startMs = refMs - rng.int(30, 1100) * DAY;
        const ended = location.status === 'inactive' || (!show.rich && rng.chance(0.08));
        let endDate: string | null = null;
        let deactivateOnEndDate = false;
        if (recurring && ended) {
          endDate = day(startMs + Math.floor((refMs - startMs) * rng.next()));
          deactivateOnEndDate = true;
        } else if (recurring && rng.chance(0.15)) {
          endDate = day(refMs + rng.int(10, 400) * DAY);
          deactivateOnEndDate = rng.chance(0.7);
        }
        services.push({
          id: `svc-${(seq.svc += 1)}`,
          customerId: id,
          locationId: location.id,
          name: rng.pick(SERVICE_NAMES),
          kind: recurring ? 'recurring' : 'on-request',
          status: ended ? 'inactive' : 'active',
          schedule: { startDate: day(startMs), endDate, deactivateOnEndDate },
          deactivatedByOperation: null,
          version: 1,
        });
      }
    }

    const invoices: Invoice[] = [];
    const invoiceCount = show.rich ? 3 : rng.int(0, 4);
    for (let v = 0; v < invoiceCount; v += 1) {
      const status = show.rich ? (['unpaid', 'draft', 'paid'] as const)[v] ?? 'paid' : weighted(rng, INVOICE_STATUS_WEIGHTS);
      invoices.push({
        id: `inv-${(seq.inv += 1)}`,
        customerId: id,
        number: `INV-${String(seq.inv).padStart(6, '0')}`,
        status,
        total: money(rng.amount(20, 2500)),
        onHold: !inactive && isOpenInvoice({ status }) && rng.chance(0.08),
      });
    }

    const unpaidCents = invoices.reduce((sum, i) => sum + (i.status === 'unpaid' ? Math.round(i.total.amount * 100) : 0), 0);
    customer.balance = money(unpaidCents / 100);

    const subscriptions: Subscription[] = [];
    const subscriptionCount = show.rich ? 1 : rng.chance(0.25) ? rng.int(1, 2) : 0;
    for (let s = 0; s < subscriptionCount; s += 1) {
      subscriptions.push({
        id: `sub-${(seq.sub += 1)}`,
        customerId: id,
        name: rng.pick(SUBSCRIPTION_NAMES),
        status: !inactive && rng.chance(0.15) ? 'cancelled' : 'active',
      });
    }

    const audit: AuditEntry[] = [];
    const entry = (facts: Omit<Parameters<typeof auditEntry>[0], 'id' | 'customerId'>) =>
      audit.push(auditEntry({ ...facts, id: `aud-g${(seq.aud += 1)}`, customerId: id }));

    // An earlier deactivation, undone by a reactivation: history only.
    if (!inactive && lastMs !== null && rng.chance(0.05)) {
      const at = lastMs - rng.int(30, 300) * DAY;
      const actor = rng.pick(STAFF);
      entry({ at: new Date(at), actor, action: 'deactivated', from: 'active', to: 'inactive', reason: rng.pick(DEACTIVATION_REASONS), operationId: `op-g${(seq.op += 1)}` });
      entry({ at: new Date(at + rng.int(1, 20) * DAY), actor, action: 'reactivated', from: 'inactive', to: 'active', operationId: `op-g${(seq.op += 1)}` });
    }

    if (deactMs !== null) {
      // D3, D4, D5, D7, G3, G7: a deactivation as the memory adapter would have made it.
      const operationId = `op-g${(seq.op += 1)}`;
      const at = new Date(deactMs);
      const by = { ...rng.pick(STAFF) };
      const reason = rng.chance(0.6) ? rng.pick(DEACTIVATION_REASONS) : null;
      const undoUntil = undoDeadline(at, DEFAULT_POLICY);
      const detail: CustomerDetail = { customer, locations, services, invoices, subscriptions, links: { company: null, contacts: [] }, audit: [] };
      const cascade = cascadeTargets(detail, DEFAULT_POLICY);
      const today = day(deactMs);
      for (const target of cascade.locations) replace(locations, { ...deactivateLocation(target, operationId), version: 1 });
      for (const target of cascade.services) replace(services, { ...deactivateService(target, operationId, today), version: 1 });
      entry({
        at, actor: by, action: 'deactivated', from: 'active', to: 'inactive', reason, operationId,
        cascade: { locations: cascade.locations.map((x) => x.id), services: cascade.services.map((x) => x.id) },
      });
      const cancelled = show.rich || rng.chance(0.5) ? subscriptions.filter((s) => s.status === 'active') : [];
      for (const s of cancelled) s.status = 'cancelled';
      if (cancelled.length > 0) entry({ at, actor: by, action: 'subscriptions-cancelled', operationId, cascade: { subscriptions: cancelled.map((s) => s.id) } });
      const held = show.rich || rng.chance(0.5) ? invoices.filter((v) => isOpenInvoice(v) && !v.onHold) : [];
      for (const v of held) v.onHold = true;
      if (held.length > 0) entry({ at, actor: by, action: 'invoices-held', operationId, cascade: { invoices: held.map((v) => v.id) } });
      customer.status = 'inactive';
      customer.deactivation = { at: at.toISOString(), by, reason, operationId, undoUntil: undoUntil?.toISOString() ?? null };
    }

    data.customers.push(customer);
    pushAll(data.locations, locations);
    pushAll(data.services, services);
    pushAll(data.invoices, invoices);
    pushAll(data.subscriptions, subscriptions);
    pushAll(data.audit, audit);
  }
  return data;
}

function weighted<T>(rng: Random, weights: readonly [T, number][]): T {
  let r = rng.next();
  for (const [value, weight] of weights) {
    if (r < weight) return value;
    r -= weight;
  }
  return (weights[weights.length - 1] as [T, number])[0];
}

function replace<T extends { id: string }>(list: T[], item: T): void {
  const index = list.findIndex((x) => x.id === item.id);
  if (index >= 0) list[index] = item;
}

function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
