// What the types must refuse: each line below is a mistake a host could make.
// `tsc` fails if any of them compiles (an unused @ts-expect-error is an error).
import type {} from 'customer-lifecycle-kit/react';

export const mistakes = (
  <>
    {/* @ts-expect-error a property the dialog does not have */}
    <deactivate-dialog customerIdz={['cus-1']} />
    {/* @ts-expect-error customerIds is a list, not a string */}
    <deactivate-dialog customerIds="cus-1" />
    {/* @ts-expect-error no such mode */}
    <deactivate-dialog mode="archive" />
    {/* @ts-expect-error no such status filter */}
    <inactive-filter value="archived" />
    {/* @ts-expect-error the event's detail has no `ids` */}
    <deactivate-dialog oncustomers-deleted={(e) => e.detail.ids} />
    {/* @ts-expect-error an actor needs a name */}
    <lifecycle-provider actor={{ id: 'u-7' }} />
    {/* @ts-expect-error no such preset */}
    <lifecycle-provider preset="seed-003" />
    {/* @ts-expect-error the view is active or inactive */}
    <service-reactivate-form view="deleted" />
  </>
);
