// Every tag, property and event of the kit, as a React 19 app writes them,
// with no declarations of its own: the types come from the package.
import { useRef, useState } from 'react';
import type {} from 'customer-lifecycle-kit/react';
import 'customer-lifecycle-kit/lifecycle-provider';
import 'customer-lifecycle-kit/customer-status-badge';
import 'customer-lifecycle-kit/deactivate-dialog';
import 'customer-lifecycle-kit/inactive-filter';
import 'customer-lifecycle-kit/service-reactivate-form';
import { createMemoryAdapter } from 'customer-lifecycle-kit/adapters/memory';
import type { DeactivateDialog, LifecycleError, StatusFilter } from 'customer-lifecycle-kit';

const adapter = createMemoryAdapter();
const messages = { 'status.active': 'Live' };

export function Customers() {
  const dialog = useRef<DeactivateDialog>(null);
  const [ids, setIds] = useState<string[]>(['cus-1', 'cus-2']);
  const [filter, setFilter] = useState<StatusFilter>('active');
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);
  const failed = (error: LifecycleError) => note(`${error.code}: ${error.message}`);

  return (
    <lifecycle-provider
      adapter={adapter}
      policy={{ bulkDeactivate: false }}
      preset="seed-001"
      locale="es"
      messages={messages}
      timeout={10_000}
      actor={{ id: 'u-7', name: 'Ana Torres' }}
    >
      <customer-status-badge status="inactive" suspended dormant={false} compact />
      <customer-status-badge
        customer-id="cus-1"
        customerId="cus-1"
        dormant-days={90}
        dormantDays={90}
        adapter={adapter}
        messages={messages}
        onlifecycle-error={(e) => failed(e.detail.error)}
      />
      <inactive-filter
        value={filter}
        dormant-days={60}
        dormantDays={60}
        for="customers"
        sync-url="status"
        syncUrl="status"
        name="status"
        disabled={false}
        appearance="toggle"
        wording="yes-no"
        segments={['active', 'inactive', 'all']}
        label="Customer status"
        adapter={adapter}
        messages={messages}
        oninactive-filter-change={(e) => setFilter(e.detail.value)}
        onlifecycle-error={(e) => failed(e.detail.error)}
      />
      <button type="button" onClick={() => dialog.current?.show()}>Deactivate…</button>
      <deactivate-dialog
        ref={dialog}
        open={false}
        customer-id="cus-1"
        customerId="cus-1"
        customerIds={ids}
        mode="delete"
        adapter={adapter}
        messages={messages}
        oncustomer-deactivated={(e) => note(`deactivated ${e.detail.customerIds.join(' ')}`)}
        oncustomer-reactivated={(e) => note(`reactivated ${e.detail.customerIds.join(' ')} ${e.detail.restoreCascade}`)}
        oncustomers-deleted={(e) => setIds((before) => before.filter((id) => !e.detail.customerIds.includes(id)))}
        oncustomer-deactivation-undone={(e) => note(`undone ${e.detail.customerIds.join(' ')}`)}
        ondeactivate-dialog-cancel={() => note('dismissed')}
        ondeactivate-dialog-closed={(e) => note(`closed, focus returned: ${e.detail.focusReturned}`)}
        onlifecycle-error={(e) => failed(e.detail.error)}
      />
      <service-reactivate-form
        customer-id="cus-1"
        customerId="cus-1"
        view="active"
        today="2026-12-01"
        adapter={adapter}
        messages={messages}
        onreactivate-customer-requested={(e) => note(`reactivate ${e.detail.customerId} first`)}
        onlocation-reactivated={(e) => note(`location ${e.detail.locationId}`)}
        onservices-reactivated={(e) => note(`services ${e.detail.serviceIds.join(' ')}`)}
        oninvoices-released={(e) => note(`no longer on hold: ${e.detail.invoiceIds.join(' ')}`)}
        onservice-form-dirty-change={(e) => note(`dirty: ${e.detail.dirty}`)}
        onlifecycle-error={(e) => failed(e.detail.error)}
      />
      <output>{log.join('\n')}</output>
    </lifecycle-provider>
  );
}
