/**
 * The messages of `<inactive-filter>` (F1, F3, G8), in English: their own
 * module so the filter carries only these. `en.ts` includes them; `es.ts`
 * translates them.
 */
export const filterMessages = {
  'filter.label': 'Customer status',
  'filter.active': 'Active',
  'filter.inactive': 'Inactive',
  'filter.all': 'All',
  'filter.dormant': 'Dormant',
  'filter.dormant-means': '{days, plural, one {Active, with no interaction for # day} other {Active, with no interaction for # days}}',
  'filter.show-inactive': 'Show inactive customers',
  'filter.show-active': 'Show active customers',
  'filter.active-yes': 'Active: yes',
  'filter.active-no': 'Active: no',
  'filter.counts-error': 'The counts could not be loaded.',
  'filter.count': '{count, plural, one {# customer} other {# customers}}',
  'filter.recount': 'Count again',
} as const;
