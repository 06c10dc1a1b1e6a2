/** The demo page's own labels (the host's text, not the kit's: the kit's strings come from its catalogue). */
export type DemoLang = 'en' | 'es';

const TEXT = {
  en: {
    customers: 'Customers', name: 'Name', status: 'Status', lastInteraction: 'Last interaction', balance: 'Balance',
    company: 'company', person: 'person',
    loadFailed: 'The customers could not be loaded.', retry: 'Retry',
    actions: 'Actions', deactivate: 'Deactivate…', reactivate: 'Reactivate…',
    pages: 'Pages', stories: 'Stories', settings: 'Demo settings', language: 'Language', policy: 'Policy',
  },
  es: {
    customers: 'Clientes', name: 'Nombre', status: 'Estado', lastInteraction: 'Última interacción', balance: 'Saldo',
    company: 'empresa', person: 'persona',
    loadFailed: 'No se pudieron cargar los clientes.', retry: 'Reintentar',
    actions: 'Acciones', deactivate: 'Desactivar…', reactivate: 'Reactivar…',
    pages: 'Páginas', stories: 'Historias', settings: 'Ajustes de la demo', language: 'Idioma', policy: 'Política',
  },
} as const;

export function demoText(lang: DemoLang) {
  return TEXT[lang];
}

/** Puts the page's own labels (`data-text`, `data-text-label` for aria-label) in `lang`. */
export function translatePage(lang: DemoLang): void {
  const text: Record<string, string> = TEXT[lang];
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = text[el.dataset['text']!] ?? el.textContent;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text-label]')) el.setAttribute('aria-label', text[el.dataset['textLabel']!] ?? '');
}
