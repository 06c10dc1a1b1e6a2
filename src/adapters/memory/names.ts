/** Word lists of the generator: English and Spanish / Latin names, with accents on purpose. */

export const FIRST_NAMES = [
  'José', 'María', 'Ana', 'Lucía', 'Sofía', 'Martín', 'Andrés', 'Inés', 'Ramón', 'Begoña',
  'Jesús', 'Íñigo', 'Raúl', 'Mónica', 'Héctor', 'Nuria', 'Óscar', 'Valentina', 'Camila', 'Joaquín',
  'James', 'Olivia', 'Emma', 'Liam', 'Noah', 'Ava', 'Grace', 'Oliver', 'Chloe', 'Henry',
  'Zoë', 'Renée', 'Chloé', 'Noël', 'Björn', 'Jürgen', 'François', 'Amélie', 'Siobhán', 'Ethan',
] as const;

export const LAST_NAMES = [
  'Álvarez', 'García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Díaz', 'Muñoz',
  'Hernández', 'Jiménez', 'Ruiz', 'Núñez', 'Castaño', 'Ibáñez', 'Peña', 'Ortega', 'Torres', 'Vázquez',
  'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', "O'Brien", 'Clarke', 'Walker',
  'Müller', 'Schröder', 'Kovač', 'Dvořák', 'Nguyễn', 'Łukasiewicz', 'Sørensen', 'Lefèvre', 'Byrne', 'Reid',
] as const;

export const COMPANY_PATTERNS: readonly ((last: string, other: string) => string)[] = [
  (last) => `${last} & Söhne GmbH`,
  (last) => `${last} Consulting LLC`,
  (last, other) => `${last} & ${other} Ltd`,
  (last) => `Grupo ${last} S.A.`,
  (last) => `Construcciones ${last} S.L.`,
  (last) => `${last} Landscaping Inc.`,
  (last) => `Talleres ${last}`,
  (last, other) => `${last}, ${other} y Asociados`,
  (last) => `${last} Facility Services`,
  (last) => `Distribuciones ${last} S.A. de C.V.`,
];

export const STREETS = [
  'Calle de Alcalá', 'Avenida de la Constitución', 'Paseo de Gràcia', 'Calle Mayor', 'Rúa do Franco',
  'Avenida Insurgentes Sur', 'Calle Florida', 'Main Street', 'Oak Avenue', 'Elm Street',
  'Market Street', 'Königstraße', 'Rue de la Paix', 'Harbour Road', 'Camino Real',
] as const;

export const CITIES = [
  '28014 Madrid', '41001 Sevilla', '08007 Barcelona', '15704 Santiago de Compostela', 'Ciudad de México',
  'Bogotá', 'Buenos Aires', 'Springfield, IL 62701', 'Austin, TX 78701', 'Portland, OR 97205',
  '70173 Stuttgart', '75002 Paris', 'Cork', 'Málaga', 'Medellín',
] as const;

export const LOCATION_LABELS = [
  'Head office', 'Warehouse', 'Home', 'Branch', 'Oficina central', 'Almacén', 'Sucursal', 'Workshop', 'Store', 'Depot',
] as const;

export const SERVICE_NAMES = [
  'Lawn care', 'Pool cleaning', 'HVAC maintenance', 'Pest control', 'Window cleaning',
  'Limpieza de oficinas', 'Mantenimiento de jardines', 'Revisión de calderas', 'Gutter cleaning', 'Snow removal',
  'Security patrol', 'Recogida de residuos', 'Carpet cleaning', 'Fire extinguisher check', 'Desinfección',
] as const;

export const SUBSCRIPTION_NAMES = ['Pro plan', 'Premium support', 'Plan Básico', 'Plan Empresa', 'Analytics add-on'] as const;

export const STAFF = [
  { id: 'u-1', name: 'Ana Torres' },
  { id: 'u-2', name: 'Tom Becker' },
  { id: 'u-3', name: 'Lucía Peña' },
  { id: 'u-4', name: 'Priya Shah' },
] as const;

export const DEACTIVATION_REASONS = [
  'Moved away', 'Cliente se mudó', 'Switched to a competitor', 'Contrato finalizado', 'Duplicate record',
  'Business closed', 'No longer needs the service',
] as const;
