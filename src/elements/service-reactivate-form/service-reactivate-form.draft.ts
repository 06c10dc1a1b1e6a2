/** The form's draft: what the user chose per service, nothing saved until Save. */
import type { Schedule, Service } from '../../adapter/types.js';
import { setEndDate } from '../../rules/reactivate.js';

/** One deactivated service the user chose to reactivate, with the schedule to save. */
export interface Choice {
  schedule: Schedule;
}

/** The chosen services by id. */
export type Draft = ReadonlyMap<string, Choice>;

/** The draft with `service` chosen (with its schedule as it is) or not. */
export function choose(draft: Draft, service: Service, on: boolean, schedule: Schedule = service.schedule): Draft {
  const next = new Map(draft);
  if (on) next.set(service.id, { schedule: { ...schedule } });
  else next.delete(service.id);
  return next;
}

/** R3: a new end date (empty: removed, which unchecks "deactivate on end date"). */
export function withEndDate(draft: Draft, id: string, value: string): Draft {
  const choice = draft.get(id);
  if (!choice) return draft;
  return new Map(draft).set(id, { schedule: setEndDate(choice.schedule, value === '' ? null : value) });
}

/** "Deactivate on end date" checked or not. */
export function withDeactivateOnEnd(draft: Draft, id: string, on: boolean): Draft {
  const choice = draft.get(id);
  if (!choice) return draft;
  return new Map(draft).set(id, { schedule: { ...choice.schedule, deactivateOnEndDate: on } });
}

/** The chosen services that are still deactivated, in the order of `services`. */
export function chosenServices(draft: Draft, services: readonly Service[]): [Service, Choice][] {
  return services.filter((s) => s.status === 'inactive' && draft.has(s.id)).map((s) => [s, draft.get(s.id)!]);
}
