/** The badge's icons (24×24 strokes): one per icon name of rules/status.ts. */
export const ICONS: Record<string, string> = {
  check: '<path d="M5 12l5 5 9-10"/>',
  'person-off': '<circle cx="12" cy="7" r="4"/><path d="M4 21c0-4 4-6 8-6s8 2 8 6M3 3l18 18"/>',
  suspended: '<circle cx="12" cy="12" r="9"/><path d="M6 6l12 12"/>',
  dormant: '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>',
  unknown: '<circle cx="12" cy="12" r="9"/><path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 1-1 1.7M12 17h.01"/>',
  loading: '<circle cx="12" cy="12" r="9" stroke-dasharray="4 4"/>',
};
