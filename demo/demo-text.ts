/**
 * The demo page's own labels (the host's text, not the kit's: the kit's
 * strings come from its catalogue, see `kitText`). Placeholders are the
 * kit's message format (`{name}`, `{count, plural, …}`), filled by its `formatMessage`.
 */
import { toLifecycleError } from '../src/adapter/errors.js';
import { createLocalizer, describeError, loadCatalog, type Localizer } from 'customer-lifecycle-kit/i18n';

export type DemoLang = 'en' | 'es';

const en = {
  skip: 'Skip to the customers', pages: 'Pages', stories: 'Stories', settings: 'Demo settings',
  demoCrm: 'Demo CRM', gallerySettings: 'Gallery settings', play: 'Play: {name}', storyFailed: 'This story failed: {error}',
  language: 'Language', policy: 'Policy', theme: 'Theme', themeSystem: 'System', themeLight: 'Light', themeDark: 'Dark',
  presetDefault: 'Kit default', preset000: 'Seed 000 (services, no delete)', preset001: 'Seed 001 (inactive list, delete)',
  preset002: 'Seed 002 (invoices, subscriptions)',
  adapter: 'Adapter', adapterHttp: 'HTTP (msw)', adapterMemory: 'Memory', adapterHttpMissing: 'HTTP (msw) — needs a secure context (https or localhost)',
  adapterFailed: 'The HTTP adapter could not start here (it needs a service worker); using Memory.',
  faults: 'Fault', faultsHint: 'Faults apply to the HTTP adapter only.', faultNone: 'None', faultLatency: 'Slow (2 s latency)',
  faultServer: 'Server error (500)', faultNetwork: 'Network failure', faultTimeout: 'Timeout', faultConflict: 'Conflict (409)',
  faultForbidden: 'Forbidden (403)', faultMalformed: 'Malformed JSON', faultSchema: 'Payload that breaks the schema',
  faultScope: 'On', scopeAll: 'Every call', scopeReads: 'Reads only', scopeChanges: 'Changes only',
  customers: 'Customers', name: 'Name', status: 'Status', lastInteraction: 'Last interaction', balance: 'Balance',
  company: 'company', person: 'person', loading: 'Loading customers…',
  loadFailed: 'The customers could not be loaded.', retry: 'Retry', actions: 'Actions',
  noneShown: 'No customers in this list.', search: 'Search customers', searchHint: 'Name or id', noMatches: 'No customer matches “{query}”.',
  selectAll: 'Select all shown customers', selectRow: 'Select {name}', selectedCount: '{count} selected',
  bulkBar: 'Selected customers', bulkDeactivate: 'Deactivate selected…', bulkDelete: 'Delete selected…',
  clearSelection: 'Clear selection', actionsFor: 'Actions for {name}', open: 'Open profile',
  deactivate: 'Deactivate…', reactivate: 'Reactivate…', delete: 'Delete…',
  back: 'All customers', profileTabs: 'Customer profile', tabAccount: 'Account', tabServices: 'Services', tabBilling: 'Billing',
  loadingCustomer: 'Loading the customer…', profileLoadFailed: 'This customer could not be loaded.', notFound: 'This customer no longer exists.',
  details: 'Details', kind: 'Kind', id: 'Customer id', deactivation: 'Deactivation',
  deactivatedBy: 'Deactivated on {date} by {name}.', reasonIs: 'Reason: {reason}', notDeactivated: 'Active since it was created or last reactivated.',
  links: 'Linked records', linkedCompany: 'Company', linkedContacts: 'Contacts', noLinks: 'No linked contacts or company.',
  locations: 'Locations', locationTabs: 'Locations by status', locActive: 'Active', locDeactivated: 'Deactivated',
  noLocations: 'No locations here.', locationActions: 'Actions for location {name}', reactivateLocation: 'Reactivate location',
  locationDone: '{name} is active again.', locationFailed: 'The location could not be reactivated: {message}',
  audit: 'Notes', noAudit: 'No lifecycle notes yet.', auditWith: 'With it: {list}.',
  servicesIntro: 'Configured services by location. Reactivate the customer, then the location, then its services.',
  invoices: 'Invoices', invoiceNumber: 'Number', invoiceStatus: 'Status', invoiceTotal: 'Total', onHold: 'On hold',
  noInvoices: 'No invoices.', subscriptions: 'Subscriptions', noSubscriptions: 'No subscriptions.',
  billingActions: 'Billing actions',
  billingIntro: "What this customer's billing screens allow, as the kit's rules decide it. The demo sends nothing.",
  billingLabels: {
    'bulk-invoice': 'Include in bulk billing', 'manual-invoice': 'Create a manual invoice',
    'regenerate-invoice': 'Regenerate an invoice', 'resend-to-group': 'Re-send unpaid invoices to its group',
    'pick-in-quote': 'Add to a quote',
  },
  billingAllowed: {
    'bulk-invoice': 'Included in the next bulk billing run.', 'manual-invoice': 'A manual invoice can carry its active services.',
    'regenerate-invoice': 'Regenerating an invoice keeps its services.', 'resend-to-group': "Its unpaid invoices are re-sent with the group's.",
    'pick-in-quote': 'Can be picked in quotes, deals and time tracking.',
  },
  verdicts: { allow: 'Allowed', warn: 'Allowed, with a warning', block: 'Not allowed' },
  billingConfirm: 'Confirm: {action}', billingContinue: 'Continue anyway', billingCancel: 'Cancel',
  billingDone: '{action}: done (the demo sends nothing).', billingCancelled: '{action}: cancelled.',
  auditActions: {
    deactivated: 'Deactivated', reactivated: 'Reactivated', deleted: 'Deleted', 'deactivation-undone': 'Deactivation undone',
    'location-reactivated': 'Location reactivated', 'services-reactivated': 'Services reactivated',
    'invoices-held': 'Invoices put on hold', 'invoices-released': 'Invoices released', 'subscriptions-cancelled': 'Subscriptions cancelled',
  },
  undoOffer: '{name} deactivated.', undoDone: 'Undone: {name} is active again.', undoAction: 'Undo', undoDismiss: 'Dismiss',
  undoCustomers: '{count} customers', undoKeeps: 'Undo does not bring back the cancelled subscriptions.',
  undoTooLate: 'It is too late to undo this.', undoFailed: 'It could not be undone. Try again.',
  invoiceStatuses: { draft: 'Draft', unpaid: 'Unpaid', paid: 'Paid', void: 'Void' },
  subscriptionStatuses: { active: 'Active', cancelled: 'Cancelled' },
};

export type DemoText = typeof en;

const es: DemoText = {
  skip: 'Ir a los clientes', pages: 'Páginas', stories: 'Historias', settings: 'Ajustes de la demo',
  demoCrm: 'CRM de demostración', gallerySettings: 'Ajustes de la galería', play: 'Reproducir: {name}', storyFailed: 'Esta historia ha fallado: {error}',
  language: 'Idioma', policy: 'Política', theme: 'Tema', themeSystem: 'Sistema', themeLight: 'Claro', themeDark: 'Oscuro',
  presetDefault: 'Predeterminada del kit', preset000: 'Semilla 000 (servicios, sin eliminar)', preset001: 'Semilla 001 (lista de inactivos, eliminar)',
  preset002: 'Semilla 002 (facturas, suscripciones)',
  adapter: 'Adaptador', adapterHttp: 'HTTP (msw)', adapterMemory: 'Memoria', adapterHttpMissing: 'HTTP (msw) — necesita un contexto seguro (https o localhost)',
  adapterFailed: 'El adaptador HTTP no ha podido arrancar aquí (necesita un service worker); se usa Memoria.',
  faults: 'Fallo', faultsHint: 'Los fallos solo afectan al adaptador HTTP.', faultNone: 'Ninguno', faultLatency: 'Lento (2 s de latencia)',
  faultServer: 'Error del servidor (500)', faultNetwork: 'Fallo de red', faultTimeout: 'Tiempo agotado', faultConflict: 'Conflicto (409)',
  faultForbidden: 'Prohibido (403)', faultMalformed: 'JSON mal formado', faultSchema: 'Datos que no cumplen el esquema',
  faultScope: 'Ámbito', scopeAll: 'Todas las llamadas', scopeReads: 'Solo lecturas', scopeChanges: 'Solo cambios',
  customers: 'Clientes', name: 'Nombre', status: 'Estado', lastInteraction: 'Última interacción', balance: 'Saldo',
  company: 'empresa', person: 'persona', loading: 'Cargando clientes…',
  loadFailed: 'No se han podido cargar los clientes.', retry: 'Reintentar', actions: 'Acciones',
  noneShown: 'No hay clientes en esta lista.', search: 'Buscar clientes', searchHint: 'Nombre o ID', noMatches: 'Ningún cliente coincide con «{query}».',
  selectAll: 'Seleccionar todos los clientes mostrados', selectRow: 'Seleccionar a {name}', selectedCount: '{count, plural, one {# seleccionado} other {# seleccionados}}',
  bulkBar: 'Clientes seleccionados', bulkDeactivate: 'Desactivar seleccionados…', bulkDelete: 'Eliminar seleccionados…',
  clearSelection: 'Quitar la selección', actionsFor: 'Acciones para {name}', open: 'Abrir el perfil',
  deactivate: 'Desactivar…', reactivate: 'Reactivar…', delete: 'Eliminar…',
  back: 'Todos los clientes', profileTabs: 'Perfil del cliente', tabAccount: 'Cuenta', tabServices: 'Servicios', tabBilling: 'Facturación',
  loadingCustomer: 'Cargando el cliente…', profileLoadFailed: 'No se ha podido cargar este cliente.', notFound: 'Este cliente ya no existe.',
  details: 'Datos', kind: 'Tipo', id: 'ID del cliente', deactivation: 'Desactivación',
  deactivatedBy: 'Desactivado el {date} por {name}.', reasonIs: 'Motivo: {reason}', notDeactivated: 'Activo desde su alta o su última reactivación.',
  links: 'Registros vinculados', linkedCompany: 'Empresa', linkedContacts: 'Contactos', noLinks: 'Sin contactos ni empresa vinculados.',
  locations: 'Ubicaciones', locationTabs: 'Ubicaciones por estado', locActive: 'Activas', locDeactivated: 'Desactivadas',
  noLocations: 'No hay ubicaciones aquí.', locationActions: 'Acciones para la ubicación {name}', reactivateLocation: 'Reactivar la ubicación',
  locationDone: 'Se ha reactivado la ubicación {name}.', locationFailed: 'No se ha podido reactivar la ubicación: {message}',
  audit: 'Notas', noAudit: 'Aún no hay notas del ciclo de vida.', auditWith: 'Incluye: {list}.',
  servicesIntro: 'Servicios configurados por ubicación. Reactiva primero al cliente, después la ubicación y, por último, sus servicios.',
  invoices: 'Facturas', invoiceNumber: 'Número', invoiceStatus: 'Estado', invoiceTotal: 'Total', onHold: 'En espera',
  noInvoices: 'Sin facturas.', subscriptions: 'Suscripciones', noSubscriptions: 'Sin suscripciones.',
  billingActions: 'Acciones de facturación',
  billingIntro: 'Lo que permiten las pantallas de facturación de este cliente, según las reglas del kit. La demo no envía nada.',
  billingLabels: {
    'bulk-invoice': 'Incluir en la facturación masiva', 'manual-invoice': 'Crear una factura manual',
    'regenerate-invoice': 'Regenerar una factura', 'resend-to-group': 'Reenviar las facturas impagadas a su grupo',
    'pick-in-quote': 'Añadir a un presupuesto',
  },
  billingAllowed: {
    'bulk-invoice': 'Se incluirá en la próxima facturación masiva.', 'manual-invoice': 'Una factura manual puede llevar sus servicios activos.',
    'regenerate-invoice': 'Al regenerar una factura, se conservan sus servicios.', 'resend-to-group': 'Sus facturas impagadas se reenvían con las del grupo.',
    'pick-in-quote': 'Se puede elegir en presupuestos, oportunidades y partes de horas.',
  },
  verdicts: { allow: 'Permitido', warn: 'Permitido, con un aviso', block: 'No permitido' },
  billingConfirm: 'Confirmar: {action}', billingContinue: 'Continuar de todos modos', billingCancel: 'Cancelar',
  billingDone: '{action}: hecho (la demo no envía nada).', billingCancelled: '{action}: cancelado.',
  auditActions: {
    deactivated: 'Desactivado', reactivated: 'Reactivado', deleted: 'Eliminado', 'deactivation-undone': 'Desactivación deshecha',
    'location-reactivated': 'Ubicación reactivada', 'services-reactivated': 'Servicios reactivados',
    'invoices-held': 'Facturas puestas en espera', 'invoices-released': 'Facturas liberadas', 'subscriptions-cancelled': 'Suscripciones canceladas',
  },
  undoOffer: 'Se ha desactivado a {name}.', undoDone: 'Deshecho: {name} vuelve a estar activo.', undoAction: 'Deshacer', undoDismiss: 'Cerrar',
  undoCustomers: '{count} clientes', undoKeeps: 'Al deshacerlo no se recuperan las suscripciones canceladas.',
  undoTooLate: 'Ya es tarde para deshacerlo.', undoFailed: 'No se ha podido deshacer. Vuelve a intentarlo.',
  invoiceStatuses: { draft: 'Borrador', unpaid: 'Impagada', paid: 'Pagada', void: 'Anulada' },
  subscriptionStatuses: { active: 'Activa', cancelled: 'Cancelada' },
};

const TEXT: Record<DemoLang, DemoText> = { en, es };

export function demoText(lang: DemoLang): DemoText {
  return TEXT[lang];
}

type FlatKey = { [K in keyof DemoText]: DemoText[K] extends string ? K : never }[keyof DemoText];

/** Puts the page's own labels (`data-text`, `data-text-label` for aria-label) in `lang`. */
export function translatePage(lang: DemoLang, root: ParentNode = document): void {
  const text = TEXT[lang];
  const get = (key: string | undefined) => (key && key in text ? text[key as FlatKey] : undefined);
  for (const el of root.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = get(el.dataset['text']) ?? el.textContent;
  for (const el of root.querySelectorAll<HTMLElement>('[data-text-label]')) {
    const label = get(el.dataset['textLabel']);
    if (label) el.setAttribute('aria-label', label);
  }
}

const kit = new Map<DemoLang, Localizer>();

/** The kit's own catalogue in `lang`, for rule reasons the page shows itself (billing notes, menu hints). */
export async function loadKitText(lang: DemoLang): Promise<Localizer> {
  const cached = kit.get(lang);
  if (cached) return cached;
  const localizer = createLocalizer(lang, { catalog: await loadCatalog(lang) });
  kit.set(lang, localizer);
  return localizer;
}

/** The kit's catalogue if already loaded, else the English one (never blank). */
export function kitText(lang: DemoLang): Localizer {
  return kit.get(lang) ?? kit.get('en') ?? createLocalizer('en');
}

/** What went wrong, in the kit's words for the error's code. */
export function errorText(error: unknown, kit: Localizer): string {
  return describeError(kit, toLifecycleError(error));
}
