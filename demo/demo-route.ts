/**
 * The demo's two views in the URL hash, so back/forward and reload work:
 * `#/` (or nothing) is the customer list, `#/<customer-id>` a profile and
 * `#/<customer-id>/<tab>` one of its tabs. The query string is the filter's
 * (`?status=inactive`), so the two never collide.
 */
export type ProfileTab = 'account' | 'services' | 'billing';
export const PROFILE_TABS: readonly ProfileTab[] = ['account', 'services', 'billing'];

export interface Route {
  customerId: string | null;
  tab: ProfileTab;
}

export function currentRoute(): Route {
  const [id, tab] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return { customerId: id || null, tab: PROFILE_TABS.find((t) => t === tab) ?? 'account' };
}

/** Opens a profile (and tab), or the list with `null`. */
export function go(customerId: string | null, tab: ProfileTab = 'account'): void {
  const hash = customerId ? `#/${encodeURIComponent(customerId)}${tab === 'account' ? '' : `/${tab}`}` : '#/';
  if (location.hash !== hash) location.hash = hash;
}

/** Replaces the tab without a new history entry. */
export function replaceTab(customerId: string, tab: ProfileTab): void {
  const hash = `#/${encodeURIComponent(customerId)}${tab === 'account' ? '' : `/${tab}`}`;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}
