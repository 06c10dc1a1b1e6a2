/**
 * The theme switch of the demo and the gallery: `color-scheme` on the root
 * for the page, and a class that sets `--clk-color-scheme` for the kit's
 * elements (they follow `prefers-color-scheme` unless a host forces it; see demo.css).
 */
export type Theme = 'system' | 'light' | 'dark';

export const toTheme = (value: string): Theme => (value === 'light' || value === 'dark' ? value : 'system');

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle('theme-light', theme === 'light');
  root.classList.toggle('theme-dark', theme === 'dark');
  root.style.colorScheme = theme === 'system' ? 'light dark' : theme;
}
