/**
 * Tabs following the WAI-ARIA tabs pattern, for light-DOM hosts: one tab
 * stop (the selected tab), Left/Right move and select (wrapping), Home/End.
 * The host renders every panel with `tabPanel` so ids and labels match.
 */
import { html, type TemplateResult } from 'lit';

export interface TabSpec<T extends string> {
  id: T;
  label: string | TemplateResult;
}

export interface TabsOptions<T extends string> {
  /** A prefix for the tabs' and panels' ids, unique on the page. */
  prefix: string;
  label: string;
  tabs: readonly TabSpec<T>[];
  selected: T;
  select: (id: T) => void;
  /** Resolves once the host has rendered the new selection. */
  rendered: () => Promise<unknown>;
}

export function renderTabs<T extends string>(o: TabsOptions<T>): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    const index = o.tabs.findIndex((t) => t.id === o.selected);
    const to: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: o.tabs.length - 1 };
    const target = to[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = o.tabs[(target + o.tabs.length) % o.tabs.length]!;
    o.select(next.id);
    void o.rendered().then(() => document.getElementById(`${o.prefix}-tab-${next.id}`)?.focus());
  };
  return html`
    <div role="tablist" aria-label=${o.label} class="tabs" @keydown=${onKey}>
      ${o.tabs.map((t) => html`
        <button type="button" role="tab" id=${`${o.prefix}-tab-${t.id}`} aria-controls=${`${o.prefix}-panel-${t.id}`}
          aria-selected=${t.id === o.selected ? 'true' : 'false'} tabindex=${t.id === o.selected ? '0' : '-1'}
          @click=${() => o.select(t.id)}>${t.label}</button>`)}
    </div>`;
}

/** The panel of tab `id` (hidden unless selected, so a tab keeps its state). */
export function tabPanel<T extends string>(o: Pick<TabsOptions<T>, 'prefix' | 'selected'>, id: T, content: unknown): TemplateResult {
  return html`
    <div role="tabpanel" id=${`${o.prefix}-panel-${id}`} aria-labelledby=${`${o.prefix}-tab-${id}`}
      tabindex="0" class="tabpanel" ?hidden=${id !== o.selected}>${content}</div>`;
}
