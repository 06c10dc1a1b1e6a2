/** Contract checks: reading one customer (getCustomer). */
import {
  assert, assertDeepEqual, assertEqual, assertSameMembers, rejectsWithCode,
} from '../assert.js';
import {
  CONTRACT_IDS as C, CONTRACT_LOCATIONS as L, CONTRACT_OPERATIONS as OPS, CONTRACT_RECORDS as REC,
  CONTRACT_SERVICES as S, UNKNOWN_ID,
} from '../fixtures.js';
import { idsOf, type CheckDefinition } from './harness.js';

export const readingChecks: CheckDefinition[] = [
  {
    name: 'getCustomer returns the customer with its locations, services, invoices and subscriptions',
    async run({ start }) {
      const s = await start();
      const detail = await s.get(C.activePerson);
      assertEqual(detail.customer.id, C.activePerson);
      assertEqual(detail.customer.name, 'Ana Núñez García', 'the name, accents kept');
      assertEqual(detail.customer.status, 'active');
      assertDeepEqual(detail.customer.balance, { amount: 120.5, currency: 'EUR' }, 'the balance');
      assertSameMembers(idsOf(detail.locations), [L.anaHome, L.anaOffice], 'the locations');
      assertSameMembers(idsOf(detail.services), [S.anaCleaning, S.anaGarden, S.anaRepair], 'the services');
      assertSameMembers(idsOf(detail.invoices), [REC.anaUnpaid, REC.anaDraft, REC.anaPaid], 'the invoices');
      assertSameMembers(idsOf(detail.subscriptions), [REC.anaSubscription], 'the subscriptions');
    },
  },
  {
    name: 'getCustomer of an unknown id rejects with not-found',
    async run({ start }) {
      const s = await start();
      await rejectsWithCode(s.get(UNKNOWN_ID), 'not-found');
    },
  },
  {
    name: 'getCustomer returns copies: changing a result changes nothing in the adapter',
    async run({ start }) {
      const s = await start();
      const signal = new AbortController().signal;
      const first = await s.raw.getCustomer(C.activePerson, { signal });
      first.customer.status = 'inactive';
      first.customer.name = 'Changed';
      first.locations.splice(0, first.locations.length);
      first.invoices.forEach((i) => { i.onHold = true; });
      const again = await s.get(C.activePerson);
      assertEqual(again.customer.status, 'active');
      assertEqual(again.customer.name, 'Ana Núñez García');
      assertEqual(again.locations.length, 2, 'the locations');
      assert(again.invoices.every((i) => !i.onHold), 'no invoice on hold');
    },
  },
  {
    name: 'D6 getCustomer links a company to its contacts and a contact to its company',
    async run({ start }) {
      const s = await start();
      const company = await s.get(C.activeCompany);
      assertSameMembers(idsOf(company.links.contacts), [C.contactZoe, C.contactJurgen], 'the company\'s contacts');
      assertEqual(company.links.company, null, 'a company has no company');
      const contact = await s.get(C.contactZoe);
      assertEqual(contact.links.company?.id, C.activeCompany, 'the contact\'s company');
      assertEqual(contact.links.company?.status, 'active');
      assertDeepEqual(contact.links.contacts, [], 'a person has no contacts');
    },
  },
  {
    name: 'D7 getCustomer tells who deactivated an inactive customer, when and why',
    async run({ start }) {
      const s = await start();
      const { customer } = await s.get(C.inactiveCascaded);
      assertEqual(customer.status, 'inactive');
      assert(customer.deactivation !== null, 'a deactivation record');
      assertEqual(customer.deactivation.by.name, 'Marta Solís');
      assertEqual(customer.deactivation.reason, 'Moved abroad');
      assertEqual(customer.deactivation.operationId, OPS.brunoDeactivation);
      assertEqual(Date.parse(customer.deactivation.at), s.clock.now().getTime() - 54 * 86_400_000, 'when');
    },
  },
  {
    name: 'G7 getCustomer returns the audit trail newest first',
    async run({ start }) {
      const s = await start();
      const { audit } = await s.get(C.inactiveCascaded);
      assertDeepEqual(audit.map((a) => a.operationId), [OPS.brunoDeactivation, 'op-fixture-bruno-1', 'op-fixture-bruno-0']);
      assertDeepEqual(audit.map((a) => a.action), ['deactivated', 'reactivated', 'deactivated']);
      const first = audit[0];
      assert(first, 'an entry');
      assertSameMembers(first.cascade.services, [S.brunoWeekly, S.brunoUrgent], 'what cascaded');
    },
  },
  {
    name: 'S3 suspension is independent of status: suspended and active, suspended and inactive',
    async run({ start }) {
      const s = await start();
      const suspended = (await s.get(C.suspended)).customer;
      assertEqual(suspended.status, 'active');
      assertEqual(suspended.suspended, true);
      const both = (await s.get(C.suspendedInactive)).customer;
      assertEqual(both.status, 'inactive');
      assertEqual(both.suspended, true);
    },
  },
];
