/**
 * The contract data set: ten hand-made customers that between them exercise
 * every rule an adapter enforces. Dates are relative to the `now` passed in,
 * so the set reads the same whatever day it is loaded on; the contract suite
 * loads it with `CONTRACT_NOW`.
 */
import type {
  Actor, AuditEntry, Customer, Dataset, Invoice, Location, Money, Service, Subscription,
} from '../adapter/types.js';

/** The instant the contract suite runs at: every check starts its clock here. */
export const CONTRACT_NOW = '2026-03-15T12:00:00.000Z';

/** The customers of the contract data set, by the part each plays. */
export const CONTRACT_IDS = Object.freeze({
  /** Active person: two locations, recurring and on-request services, an active subscription, unpaid + draft + paid invoices, a positive balance. */
  activePerson: 'c-ana',
  /** Active company with two linked contacts, one active and one inactive location. */
  activeCompany: 'c-acme',
  /** Active person linked to the company (D6). */
  contactZoe: 'c-zoe',
  /** Active person linked to the company (D6). */
  contactJurgen: 'c-jurgen',
  /** Inactive, deactivated by `CONTRACT_OPERATIONS.brunoDeactivation`, whose cascade marks a location and two services (G3). */
  inactiveCascaded: 'c-bruno',
  /** Inactive, with invoices on hold and a cancelled subscription (R4, R5). */
  inactiveHeld: 'c-carla',
  /** Inactive, no balance, nothing attached: deletable (X1, X2). */
  inactiveDeletable: 'c-dario',
  /** Active and suspended (S2). */
  suspended: 'c-elena',
  /** Inactive and suspended (S3). */
  suspendedInactive: 'c-fatima',
  /** Active, no interaction for years (F3, G8). */
  dormant: 'c-gonzalo',
});

/** The locations of the contract data set. */
export const CONTRACT_LOCATIONS = Object.freeze({
  anaHome: 'l-ana-home',
  anaOffice: 'l-ana-office',
  acmeHq: 'l-acme-hq',
  /** Closed on its own before: inactive, not marked by any operation. */
  acmeDepot: 'l-acme-depot',
  /** Switched off by Bruno's deactivation (marked). */
  brunoMain: 'l-bruno-main',
  /** Closed on its own before Bruno's deactivation (not marked). */
  brunoClosed: 'l-bruno-closed',
});

/** The services of the contract data set. */
export const CONTRACT_SERVICES = Object.freeze({
  /** Recurring, no end date. */
  anaCleaning: 's-ana-cleaning',
  /** Recurring, with an end date in the future. */
  anaGarden: 's-ana-garden',
  /** On request. */
  anaRepair: 's-ana-repair',
  /** Recurring, active. */
  acmeSupport: 's-acme-support',
  /** On request, switched off on its own (not marked). */
  acmeAudit: 's-acme-audit',
  /** Recurring, switched off by Bruno's deactivation: end date = that day, deactivate on end date. */
  brunoWeekly: 's-bruno-weekly',
  /** On request, switched off by Bruno's deactivation. */
  brunoUrgent: 's-bruno-urgent',
  /** Recurring, switched off on its own months before (not marked). */
  brunoPruning: 's-bruno-pruning',
});

/** Invoices and subscriptions of the contract data set. */
export const CONTRACT_RECORDS = Object.freeze({
  anaUnpaid: 'inv-ana-1',
  anaDraft: 'inv-ana-2',
  anaPaid: 'inv-ana-3',
  anaSubscription: 'sub-ana-1',
  carlaUnpaidHeld: 'inv-carla-1',
  carlaDraftHeld: 'inv-carla-2',
  carlaPaid: 'inv-carla-3',
  carlaCancelledSubscription: 'sub-carla-1',
});

/** The operations that made the inactive customers of the data set inactive. */
export const CONTRACT_OPERATIONS = Object.freeze({
  brunoDeactivation: 'op-fixture-bruno',
  carlaDeactivation: 'op-fixture-carla',
  darioDeactivation: 'op-fixture-dario',
  fatimaDeactivation: 'op-fixture-fatima',
});

/** An id no record of the data set has. */
export const UNKNOWN_ID = 'c-does-not-exist';

const DAY = 86_400_000;
const STAFF: Actor = { id: 'u-marta', name: 'Marta Solís' };

/**
 * The contract data set as fresh tables (a new copy on every call), dated
 * relative to `now`. Passes `DatasetSchema`.
 */
export function contractDataset(now: Date): Dataset {
  const t = now.getTime();
  if (!Number.isFinite(t)) throw new RangeError('contractDataset needs a valid date');
  const instant = (days: number) => new Date(t + days * DAY).toISOString();
  const date = (days: number) => instant(days).slice(0, 10);
  const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
  const usd = (amount: number): Money => ({ amount, currency: 'USD' });

  const customer = (c: Pick<Customer, 'id' | 'kind' | 'name'> & Partial<Customer>): Customer => ({
    status: 'active', suspended: false, deactivation: null, lastInteractionAt: instant(-5),
    balance: usd(0), companyId: null, version: 1, ...c,
  });
  const deactivated = (days: number, operationId: string, reason: string | null) => ({
    status: 'inactive' as const,
    deactivation: { at: instant(days), by: { ...STAFF }, reason, operationId, undoUntil: null },
  });
  const location = (l: Pick<Location, 'id' | 'customerId' | 'label'> & Partial<Location>): Location => ({
    address: null, status: 'active', deactivatedByOperation: null, version: 1, ...l,
  });
  const service = (s: Pick<Service, 'id' | 'customerId' | 'locationId' | 'name' | 'kind'> & Partial<Service>): Service => ({
    status: 'active', schedule: { startDate: date(-400), endDate: null, deactivateOnEndDate: false },
    deactivatedByOperation: null, version: 1, ...s,
  });
  const invoice = (i: Pick<Invoice, 'id' | 'customerId' | 'number' | 'status' | 'total'> & Partial<Invoice>): Invoice => ({
    onHold: false, ...i,
  });
  const subscription = (s: Subscription): Subscription => s;
  const audit = (a: Pick<AuditEntry, 'id' | 'customerId' | 'action' | 'operationId'> & { days: number } & Partial<AuditEntry>): AuditEntry => {
    const { days, ...rest } = a;
    const transition = a.action === 'deactivated' ? { from: 'active' as const, to: 'inactive' as const }
      : a.action === 'reactivated' ? { from: 'inactive' as const, to: 'active' as const }
      : { from: null, to: null };
    return {
      at: instant(days), actor: { ...STAFF }, ...transition, reason: null,
      cascade: { locations: [], services: [], invoices: [], subscriptions: [] }, ...rest,
    };
  };

  const ids = CONTRACT_IDS;
  const loc = CONTRACT_LOCATIONS;
  const svc = CONTRACT_SERVICES;
  const rec = CONTRACT_RECORDS;
  const ops = CONTRACT_OPERATIONS;
  const brunoOffDay = -54;
  const carlaOffDay = -33;

  return {
    customers: [
      customer({ id: ids.activePerson, kind: 'person', name: 'Ana Núñez García', balance: eur(120.5), lastInteractionAt: instant(-2) }),
      customer({ id: ids.activeCompany, kind: 'company', name: 'Équipe Lumière SARL', balance: eur(0), lastInteractionAt: instant(-5) }),
      customer({ id: ids.contactZoe, kind: 'person', name: 'Zoë Lefèvre', companyId: ids.activeCompany, balance: eur(0), lastInteractionAt: instant(-14) }),
      customer({ id: ids.contactJurgen, kind: 'person', name: 'Jürgen Müller', companyId: ids.activeCompany, balance: eur(0), lastInteractionAt: instant(-30) }),
      customer({
        id: ids.inactiveCascaded, kind: 'person', name: 'Bruno Peña', lastInteractionAt: instant(brunoOffDay - 2), version: 3,
        ...deactivated(brunoOffDay, ops.brunoDeactivation, 'Moved abroad'),
      }),
      customer({
        id: ids.inactiveHeld, kind: 'person', name: 'Carla Ibáñez', balance: usd(80), lastInteractionAt: instant(carlaOffDay - 10), version: 2,
        ...deactivated(carlaOffDay, ops.carlaDeactivation, null),
      }),
      customer({
        id: ids.inactiveDeletable, kind: 'person', name: 'Darío Fernández', lastInteractionAt: instant(-200), version: 2,
        ...deactivated(-130, ops.darioDeactivation, 'Duplicate record'),
      }),
      customer({ id: ids.suspended, kind: 'person', name: 'Elena Suárez', suspended: true, balance: usd(55), lastInteractionAt: instant(-20) }),
      customer({
        id: ids.suspendedInactive, kind: 'company', name: 'Fátima Oliveira Lda', suspended: true, lastInteractionAt: instant(-120), version: 2,
        ...deactivated(-100, ops.fatimaDeactivation, 'Unpaid for six months'),
      }),
      customer({ id: ids.dormant, kind: 'person', name: 'Gonzalo Ruíz', lastInteractionAt: instant(-1400) }),
    ],
    locations: [
      location({ id: loc.anaHome, customerId: ids.activePerson, label: 'Casa', address: 'Calle Alcalá 4, Madrid' }),
      location({ id: loc.anaOffice, customerId: ids.activePerson, label: 'Oficina Málaga', address: 'Avenida de Andalucía 20, Málaga' }),
      location({ id: loc.acmeHq, customerId: ids.activeCompany, label: 'Siège, Lyon', address: '3 rue de la République, Lyon' }),
      location({ id: loc.acmeDepot, customerId: ids.activeCompany, label: 'Dépôt Villeurbanne', status: 'inactive', version: 2 }),
      location({
        id: loc.brunoMain, customerId: ids.inactiveCascaded, label: 'Calle Mayor 12, Sevilla', status: 'inactive',
        deactivatedByOperation: ops.brunoDeactivation, version: 2,
      }),
      location({ id: loc.brunoClosed, customerId: ids.inactiveCascaded, label: 'Almacén Triana', status: 'inactive', version: 2 }),
    ],
    services: [
      service({ id: svc.anaCleaning, customerId: ids.activePerson, locationId: loc.anaHome, name: 'Limpieza semanal', kind: 'recurring' }),
      service({
        id: svc.anaGarden, customerId: ids.activePerson, locationId: loc.anaOffice, name: 'Jardinería mensual', kind: 'recurring',
        schedule: { startDate: date(-300), endDate: date(200), deactivateOnEndDate: false },
      }),
      service({ id: svc.anaRepair, customerId: ids.activePerson, locationId: loc.anaOffice, name: 'Reparación a demanda', kind: 'on-request' }),
      service({ id: svc.acmeSupport, customerId: ids.activeCompany, locationId: loc.acmeHq, name: 'Maintenance mensuelle', kind: 'recurring' }),
      service({
        id: svc.acmeAudit, customerId: ids.activeCompany, locationId: loc.acmeDepot, name: 'Audit sécurité', kind: 'on-request',
        status: 'inactive', version: 2,
      }),
      service({
        id: svc.brunoWeekly, customerId: ids.inactiveCascaded, locationId: loc.brunoMain, name: 'Limpieza semanal', kind: 'recurring',
        status: 'inactive', deactivatedByOperation: ops.brunoDeactivation, version: 2,
        schedule: { startDate: date(-420), endDate: date(brunoOffDay), deactivateOnEndDate: true },
      }),
      service({
        id: svc.brunoUrgent, customerId: ids.inactiveCascaded, locationId: loc.brunoMain, name: 'Reparación urgente', kind: 'on-request',
        status: 'inactive', deactivatedByOperation: ops.brunoDeactivation, version: 2,
      }),
      service({
        id: svc.brunoPruning, customerId: ids.inactiveCascaded, locationId: loc.brunoMain, name: 'Poda anual', kind: 'recurring',
        status: 'inactive', version: 2,
        schedule: { startDate: date(-700), endDate: date(-260), deactivateOnEndDate: true },
      }),
    ],
    invoices: [
      invoice({ id: rec.anaUnpaid, customerId: ids.activePerson, number: 'F-2026-0012', status: 'unpaid', total: eur(120.5) }),
      invoice({ id: rec.anaDraft, customerId: ids.activePerson, number: 'F-2026-0019', status: 'draft', total: eur(45) }),
      invoice({ id: rec.anaPaid, customerId: ids.activePerson, number: 'F-2025-0188', status: 'paid', total: eur(300) }),
      invoice({ id: 'inv-acme-1', customerId: ids.activeCompany, number: 'F-2026-0007', status: 'paid', total: eur(980) }),
      invoice({ id: rec.carlaUnpaidHeld, customerId: ids.inactiveHeld, number: 'INV-1042', status: 'unpaid', total: usd(80), onHold: true }),
      invoice({ id: rec.carlaDraftHeld, customerId: ids.inactiveHeld, number: 'INV-1057', status: 'draft', total: usd(35), onHold: true }),
      invoice({ id: rec.carlaPaid, customerId: ids.inactiveHeld, number: 'INV-0991', status: 'paid', total: usd(60) }),
      invoice({ id: 'inv-elena-1', customerId: ids.suspended, number: 'INV-1101', status: 'unpaid', total: usd(55) }),
    ],
    subscriptions: [
      subscription({ id: rec.anaSubscription, customerId: ids.activePerson, name: 'Plan Hogar', status: 'active' }),
      subscription({ id: rec.carlaCancelledSubscription, customerId: ids.inactiveHeld, name: 'Plan Pro', status: 'cancelled' }),
    ],
    // Oldest first, as a log is written; getCustomer returns each trail newest first.
    audit: [
      audit({ id: 'aud-fixture-1', customerId: ids.inactiveCascaded, action: 'deactivated', operationId: 'op-fixture-bruno-0', days: -300, reason: 'Seasonal pause' }),
      audit({ id: 'aud-fixture-2', customerId: ids.inactiveCascaded, action: 'reactivated', operationId: 'op-fixture-bruno-1', days: -280 }),
      audit({
        id: 'aud-fixture-3', customerId: ids.inactiveCascaded, action: 'deactivated', operationId: ops.brunoDeactivation, days: brunoOffDay,
        reason: 'Moved abroad', cascade: { locations: [loc.brunoMain], services: [svc.brunoWeekly, svc.brunoUrgent], invoices: [], subscriptions: [] },
      }),
      audit({
        id: 'aud-fixture-4', customerId: ids.inactiveHeld, action: 'deactivated', operationId: ops.carlaDeactivation, days: carlaOffDay,
        cascade: { locations: [], services: [], invoices: [rec.carlaUnpaidHeld, rec.carlaDraftHeld], subscriptions: [rec.carlaCancelledSubscription] },
      }),
      audit({ id: 'aud-fixture-5', customerId: ids.inactiveDeletable, action: 'deactivated', operationId: ops.darioDeactivation, days: -130, reason: 'Duplicate record' }),
      audit({ id: 'aud-fixture-6', customerId: ids.suspendedInactive, action: 'deactivated', operationId: ops.fatimaDeactivation, days: -100, reason: 'Unpaid for six months' }),
    ],
  };
}
