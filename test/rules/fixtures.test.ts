import { expect } from '@open-wc/testing';
import { CustomerDetailSchema } from '../../src/adapter/schemas.js';
import {
  auditEntry, customerDetail, customerRef, inactiveCustomer, invoice, location, service, subscription,
} from './fixtures.js';

describe('rule test fixtures', () => {
  it('builds an empty customer detail that passes CustomerDetailSchema', () => {
    const result = CustomerDetailSchema.safeParse(customerDetail());
    expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
  });

  it('builds a customer detail with every kind of record that passes CustomerDetailSchema', () => {
    const detail = customerDetail({
      customer: inactiveCustomer(),
      locations: [location()],
      services: [service(), service({ id: 's-2', kind: 'on-request' })],
      invoices: [invoice()],
      subscriptions: [subscription()],
      links: { contacts: [customerRef()] },
      audit: [auditEntry()],
    });
    const result = CustomerDetailSchema.safeParse(detail);
    expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
  });
});
