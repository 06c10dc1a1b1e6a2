/**
 * The memory adapter's tables and indexes. Records are replaced, never
 * mutated, so a reference handed to a rule function stays as it was; the
 * adapter deep-copies whatever leaves it.
 */
import type {
  AuditEntry, Customer, CustomerDetail, CustomerRef, Dataset, Invoice, Location, Service, Subscription,
} from '../../adapter/types.js';

/** Lower case, accents and other combining marks removed: how names and queries are compared. */
export function normalizeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the ASCII fast path
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What a deactivation changed for one customer. */
export interface UndoState {
  /** The locations and services as they were before the cascade. */
  locations: Location[];
  services: Service[];
  /** The invoices this deactivation put on hold. */
  heldInvoices: string[];
}

/** What a deactivation changed, kept so that undo (G4) can revert exactly that. */
export interface UndoRecord {
  undoUntil: string | null;
  customers: Map<string, UndoState>;
}

interface IndexEntry {
  /** The customer as it is now (kept up to date by `putCustomer`). */
  customer: Customer;
  /** The normalized name: matched by queries and used for sorting. */
  key: string;
}

type Owned = 'locations' | 'services' | 'invoices' | 'subscriptions';

export class MemoryStore {
  readonly customers = new Map<string, Customer>();
  readonly locations = new Map<string, Location>();
  readonly services = new Map<string, Service>();
  readonly invoices = new Map<string, Invoice>();
  readonly subscriptions = new Map<string, Subscription>();
  readonly audit: AuditEntry[] = [];
  /** Deactivations made by this adapter, by operation id (G4). */
  readonly undoRecords = new Map<string, UndoRecord>();
  private readonly owned: Record<Owned, Map<string, string[]>> = {
    locations: new Map(), services: new Map(), invoices: new Map(), subscriptions: new Map(),
  };
  private readonly auditOf = new Map<string, AuditEntry[]>();
  private readonly contactsOf = new Map<string, string[]>();
  private readonly usedIds = new Set<string>();
  private counter = 0;
  private sorted: IndexEntry[] | null = null;
  private readonly entries = new Map<string, IndexEntry>();

  /** Takes ownership of `data`: the caller must not keep or change it. */
  constructor(data: Dataset) {
    for (const c of data.customers) {
      this.customers.set(c.id, c);
      if (c.companyId !== null) this.link(this.contactsOf, c.companyId, c.id);
      if (c.deactivation) this.usedIds.add(c.deactivation.operationId);
    }
    load(this.locations, this.owned.locations, data.locations);
    load(this.services, this.owned.services, data.services);
    load(this.invoices, this.owned.invoices, data.invoices);
    load(this.subscriptions, this.owned.subscriptions, data.subscriptions);
    for (const l of [...data.locations, ...data.services]) if (l.deactivatedByOperation) this.usedIds.add(l.deactivatedByOperation);
    for (const entry of data.audit) this.appendAudit(entry);
  }

  /** A fresh id `<prefix>-<n>` from the counter, skipping ids the data already uses. */
  nextId(prefix: 'op' | 'aud'): string {
    let id: string;
    do id = `${prefix}-${(this.counter += 1)}`;
    while (this.usedIds.has(id));
    this.usedIds.add(id);
    return id;
  }

  /** Inserts or replaces a location, service, invoice or subscription. */
  put<T extends Owned>(table: T, record: Dataset[T][number]): void {
    const map = this[table] as Map<string, Dataset[T][number]>;
    if (!map.has(record.id)) this.link(this.owned[table], record.customerId, record.id);
    map.set(record.id, record);
  }

  /** Replaces a customer (its name never changes through the adapter). */
  putCustomer(customer: Customer): void {
    this.customers.set(customer.id, customer);
    const entry = this.entries.get(customer.id);
    if (entry) entry.customer = customer;
  }

  appendAudit(entry: AuditEntry): void {
    this.audit.push(entry);
    this.usedIds.add(entry.id);
    this.usedIds.add(entry.operationId);
    const list = this.auditOf.get(entry.customerId);
    if (list) list.push(entry);
    else this.auditOf.set(entry.customerId, [entry]);
  }

  /** The records of one table that belong to a customer, in insertion order. */
  ownedBy<T extends Owned>(table: T, customerId: string): Dataset[T] {
    const ids = this.owned[table].get(customerId);
    if (!ids) return [];
    const map = this[table] as Map<string, Dataset[T][number]>;
    return [...ids].flatMap((id) => map.get(id) ?? []) as Dataset[T];
  }

  /** One customer with everything it owns: internal references, for the rules only. */
  detail(customerId: string): CustomerDetail | undefined {
    const customer = this.customers.get(customerId);
    if (!customer) return undefined;
    const company = customer.companyId === null ? undefined : this.customers.get(customer.companyId);
    const contacts = [...(this.contactsOf.get(customerId) ?? [])]
      .flatMap((id) => this.customers.get(id) ?? [])
      .filter((c) => c.kind === 'person' && c.companyId === customerId);
    const audit = [...(this.auditOf.get(customerId) ?? [])].reverse()
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return {
      customer,
      locations: this.ownedBy('locations', customerId),
      services: this.ownedBy('services', customerId),
      invoices: this.ownedBy('invoices', customerId),
      subscriptions: this.ownedBy('subscriptions', customerId),
      links: { company: company ? toRef(company) : null, contacts: contacts.map(toRef) },
      audit,
    };
  }

  /**
   * Removes a customer and everything it owns (its audit entries stay).
   * Returns the ids removed per table.
   */
  removeCustomer(customerId: string): Record<Owned, string[]> {
    const removed: Record<Owned, string[]> = { locations: [], services: [], invoices: [], subscriptions: [] };
    const customer = this.customers.get(customerId);
    if (!customer) return removed;
    for (const table of ['locations', 'services', 'invoices', 'subscriptions'] as const) {
      const ids = [...(this.owned[table].get(customerId) ?? [])];
      for (const id of ids) this[table].delete(id);
      this.owned[table].delete(customerId);
      removed[table] = ids;
    }
    this.customers.delete(customerId);
    if (customer.companyId !== null) {
      const contacts = this.contactsOf.get(customer.companyId);
      if (contacts) this.contactsOf.set(customer.companyId, contacts.filter((id) => id !== customerId));
    }
    if (this.sorted) this.sorted = this.sorted.filter((e) => e.customer.id !== customerId);
    this.entries.delete(customerId);
    return removed;
  }

  /**
   * Customers sorted by normalized name (equal names in data order), with their
   * normalized names: built once, on first use, and kept.
   */
  index(): readonly IndexEntry[] {
    if (!this.sorted) {
      const keys = new Map<string, string>();
      const entries: IndexEntry[] = [];
      for (const customer of this.customers.values()) {
        let key = keys.get(customer.name);
        if (key === undefined) keys.set(customer.name, (key = normalizeText(customer.name)));
        const entry = { customer, key };
        entries.push(entry);
        this.entries.set(customer.id, entry);
      }
      // Stable: equal names keep the order of the data.
      entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      this.sorted = entries;
    }
    return this.sorted;
  }

  /** The tables as plain arrays, in insertion order (shared references: copy before handing out). */
  tables(): Dataset {
    return {
      customers: [...this.customers.values()],
      locations: [...this.locations.values()],
      services: [...this.services.values()],
      invoices: [...this.invoices.values()],
      subscriptions: [...this.subscriptions.values()],
      audit: [...this.audit],
    };
  }

  private link(index: Map<string, string[]>, owner: string, id: string): void {
    const list = index.get(owner);
    if (list) list.push(id);
    else index.set(owner, [id]);
  }
}

function load<T extends { id: string; customerId: string }>(map: Map<string, T>, index: Map<string, string[]>, records: readonly T[]): void {
  for (const record of records) {
    if (!map.has(record.id)) {
      const list = index.get(record.customerId);
      if (list) list.push(record.id);
      else index.set(record.customerId, [record.id]);
    }
    map.set(record.id, record);
  }
}

export function toRef(customer: Customer): CustomerRef {
  return { id: customer.id, kind: customer.kind, name: customer.name, status: customer.status };
}
