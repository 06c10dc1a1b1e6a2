/** The `customer-ids` of `<deactivate-dialog>`: read from the attribute, and compared so that an equal list is no change. */

/** Whether two lists of ids are the same ids in the same order (a host re-binding its selection on every render). */
export const sameIds = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((id, i) => id === b[i]));

/** "a b,c a" → ["a", "b", "c"]: the `customer-ids` attribute, each id once. */
export const idsConverter = {
  fromAttribute: (value: string | null): string[] => [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))],
  toAttribute: (value: string[]): string => value.join(' '),
};

/** The customers a `--show` invoker names (`data-customer-ids`, else `data-customer-id`), as properties to set; none: keep the current ones. */
export function invokedTarget(source: HTMLElement): { customerIds?: string[]; customerId?: string } {
  const ids = source.dataset['customerIds'];
  if (ids !== undefined) return { customerIds: idsConverter.fromAttribute(ids) };
  const id = source.dataset['customerId'];
  return id === undefined ? {} : { customerIds: [], customerId: id };
}
