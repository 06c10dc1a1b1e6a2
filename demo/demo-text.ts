/** The demo page's own labels (the host's text, not the kit's: the kit's strings come from its catalogue). */
export type DemoLang = 'en' | 'es';

const TEXT = {
  en: {
    customers: 'Customers', name: 'Name', status: 'Status', lastInteraction: 'Last interaction', balance: 'Balance',
    company: 'company', person: 'person',
    loadFailed: 'The customers could not be loaded.', retry: 'Retry',
    actions: 'Actions', deactivate: 'Deactivate…', reactivate: 'Reactivate…',
  },
  es: {
    customers: 'Clientes', name: 'Nombre', status: 'Estado', lastInteraction: 'Última interacción', balance: 'Saldo',
    company: 'empresa', person: 'persona',
    loadFailed: 'No se pudieron cargar los clientes.', retry: 'Reintentar',
    actions: 'Acciones', deactivate: 'Desactivar…', reactivate: 'Reactivar…',
  },
} as const;

export function demoText(lang: DemoLang) {
  return TEXT[lang];
}
