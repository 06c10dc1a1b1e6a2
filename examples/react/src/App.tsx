import { useEffect, useRef, useState } from 'react';
// Each module registers its tag: import them before the first render, so that
// React sets `adapter`, `customerIds`… as properties.
import 'customer-lifecycle-kit/lifecycle-provider';
import 'customer-lifecycle-kit/customer-status-badge';
import 'customer-lifecycle-kit/inactive-filter';
import 'customer-lifecycle-kit/deactivate-dialog';
import 'customer-lifecycle-kit/service-reactivate-form';
import type {
  Customer, CustomerDeactivatedEvent, CustomerReactivatedEvent, CustomersDeletedEvent, DeactivateDialog,
  InactiveFilterChangeEvent, LocationReactivatedEvent, ReactivateCustomerRequestedEvent, ServicesReactivatedEvent, StatusFilter,
} from 'customer-lifecycle-kit';
import { actor, adapter } from './adapter';

export function App() {
  const [status, setStatus] = useState<StatusFilter>('active');
  const [customers, setCustomers] = useState<Customer[]>([]);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [mode, setMode] = useState<'auto' | 'delete'>('auto');
  const [log, setLog] = useState<string[]>([]);
  const [listVersion, setListVersion] = useState(0);
  const dialog = useRef<DeactivateDialog>(null);

  // The host's own list, from the adapter: again when the filter or the data changes.
  useEffect(() => {
    const controller = new AbortController();
    adapter.listCustomers({ status, offset: 0, limit: 100 }, { signal: controller.signal }).then(
      (page) => setCustomers(page.items),
      (error: unknown) => {
        if (!controller.signal.aborted) throw error;
      },
    );
    return () => controller.abort();
  }, [status, listVersion]);

  const reload = () => setListVersion((v) => v + 1);
  const heard = (event: Event, ids: string[]) => setLog((entries) => [...entries, `${event.type}: ${ids.join(', ')}`]);
  const toggle = (id: string, selected: boolean) =>
    setSelectedIds((ids) => (selected ? [...ids, id] : ids.filter((x) => x !== id)));
  const openDialog = (next: 'auto' | 'delete') => {
    setMode(next);
    dialog.current?.show();
  };

  return (
    <lifecycle-provider adapter={adapter} actor={actor}>
      <h1>Customers</h1>
      <inactive-filter
        value={status}
        oninactive-filter-change={(e: InactiveFilterChangeEvent) => setStatus(e.detail.criteria.status)}
      />

      <table>
        <caption>Customers</caption>
        <thead>
          <tr><th scope="col">Select</th><th scope="col">Name</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          {customers.map((customer) => (
            <tr key={customer.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${customer.name}`}
                  checked={selectedIds.includes(customer.id)}
                  onChange={(e) => toggle(customer.id, e.target.checked)}
                />
              </td>
              <td>{customer.name}</td>
              <td><customer-status-badge status={customer.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>

      <p>
        <output>{selectedIds.length} selected</output>
        <button type="button" disabled={selectedIds.length === 0} onClick={() => openDialog('auto')}>Deactivate or reactivate…</button>
        <button type="button" disabled={selectedIds.length === 0} onClick={() => openDialog('delete')}>Delete…</button>
      </p>

      {selectedIds.length === 1 && (
        <section>
          <h2>Services</h2>
          <service-reactivate-form
            customerId={selectedIds[0]}
            onreactivate-customer-requested={(e: ReactivateCustomerRequestedEvent) => {
              heard(e, [e.detail.customerId]);
              openDialog('auto');
            }}
            onlocation-reactivated={(e: LocationReactivatedEvent) => heard(e, [e.detail.locationId])}
            onservices-reactivated={(e: ServicesReactivatedEvent) => heard(e, e.detail.serviceIds)}
          />
        </section>
      )}

      <deactivate-dialog
        ref={dialog}
        customerIds={selectedIds}
        mode={mode}
        oncustomer-deactivated={(e: CustomerDeactivatedEvent) => {
          heard(e, e.detail.customerIds);
          reload();
        }}
        oncustomer-reactivated={(e: CustomerReactivatedEvent) => {
          heard(e, e.detail.customerIds);
          reload();
        }}
        oncustomers-deleted={(e: CustomersDeletedEvent) => {
          const deleted = e.detail.customerIds;
          heard(e, deleted);
          setCustomers((list) => list.filter((c) => !deleted.includes(c.id)));
          setSelectedIds([]);
        }}
      />

      <h2 id="log-title">Events the host heard</h2>
      <ol aria-labelledby="log-title">
        {log.map((entry, i) => <li key={i}>{entry}</li>)}
      </ol>
    </lifecycle-provider>
  );
}
