// La Araucanía's adoption tracker for the demo. The published figures are real (Gobierno Regional de La Araucanía: of
// 32 municipalities, 25 with FirmaGob enabled, 29 with DocDigital in production, 14 allowing ClaveÚnica, all 32 with
// a PISEE interoperability node requested; 28 workshops that trained 245 officials; 86 % rated the support visits
// positively, 6.3 on the 1–7 scale). Which municipality has what, the dates, places and answers are invented to add up
// to exactly those totals (seed.int.test.ts checks every one): every row is marked illustrative.
import type { Platform } from '../pillars.js';

/** Stage reached today per municipality, one digit per platform in PLATFORMS order (firmagob, docdigital, claveunica, pisee). */
export const FINAL_STAGES: Array<[cut: string, stages: string]> = [
  ['09101', '3333'], ['09102', '2322'], ['09103', '2321'], ['09104', '2301'], ['09105', '3332'], ['09106', '2221'], ['09107', '3321'], ['09108', '3322'],
  ['09109', '1311'], ['09110', '2211'], ['09111', '2333'], ['09112', '3333'], ['09113', '2301'], ['09114', '2322'], ['09115', '3321'], ['09116', '1311'],
  ['09117', '1312'], ['09118', '2301'], ['09119', '3321'], ['09120', '3332'], ['09121', '2301'], ['09201', '3333'], ['09202', '3312'], ['09203', '2311'],
  ['09204', '1101'], ['09205', '2311'], ['09206', '0301'], ['09207', '2311'], ['09208', '1311'], ['09209', '0301'], ['09210', '3302'], ['09211', '3312'],
];

/** When each platform's first requests went in: DocDigital first, then PISEE, FirmaGob and ClaveÚnica. */
export const FIRST_REQUESTS: Record<Platform, string> = { docdigital: '2021-03-01', pisee: '2021-06-01', firmagob: '2022-04-04', claveunica: '2023-09-01' };

/** A platform switched off: Saavedra's FirmaGob certificates lapsed, so it went back to "requested" while renewing. */
export const SWITCHED_OFF = { cut: '09116', platform: 'firmagob' as Platform, enabledOn: '2023-08-21', backOn: '2026-03-16',
  evidence: 'Certificados de firma vencidos; renovación solicitada' };

export const EVIDENCE: Record<Platform, [requested: string, enabled: string, inProduction: string]> = {
  firmagob: ['Oficio de solicitud de FirmaGob a la División de Gobierno Digital', 'Correo de habilitación de firmantes del equipo FirmaGob',
    'Primer decreto alcaldicio firmado con FirmaGob'],
  docdigital: ['Solicitud de incorporación a DocDigital', 'Acta de capacitación y habilitación de oficina de partes',
    'Oficios enviados por DocDigital a otros servicios'],
  claveunica: ['Solicitud de integración de ClaveÚnica', 'Credenciales de integración entregadas',
    'Trámites municipales en línea con ingreso por ClaveÚnica'],
  pisee: ['Solicitud de nodo de interoperabilidad PISEE', 'Nodo instalado y certificado',
    'Primer servicio consumido a través del nodo PISEE'],
};

/** 28 workshops: [date, place, topic, officials attending]; 245 officials in all. Attending municipalities rotate. */
export const WORKSHOPS: Array<[string, string, string, number]> = [
  ['2022-04-07', 'Temuco, Gobierno Regional', 'Ley 21.180 de Transformación Digital: plazos y obligaciones', 12],
  ['2022-05-19', 'Angol, Delegación Provincial de Malleco', 'Ley 21.180 de Transformación Digital: plazos y obligaciones', 8],
  ['2022-06-23', 'En línea', 'DocDigital: oficina de partes sin papel', 9],
  ['2022-08-11', 'Villarrica', 'DocDigital: oficina de partes sin papel', 7],
  ['2022-09-29', 'Temuco, Gobierno Regional', 'FirmaGob: firma electrónica avanzada de decretos', 10],
  ['2022-11-17', 'Victoria', 'FirmaGob: firma electrónica avanzada de decretos', 6],
  ['2023-03-23', 'Temuco, Gobierno Regional', 'Nodo PISEE: interoperabilidad con los servicios del Estado', 11],
  ['2023-04-27', 'Lautaro', 'DocDigital: expedientes electrónicos', 8],
  ['2023-06-08', 'En línea', 'ClaveÚnica en los trámites municipales', 9],
  ['2023-07-13', 'Nueva Imperial', 'FirmaGob: firma electrónica avanzada de decretos', 7],
  ['2023-08-31', 'Angol, Delegación Provincial de Malleco', 'Nodo PISEE: interoperabilidad con los servicios del Estado', 10],
  ['2023-10-12', 'Pucón', 'ClaveÚnica en los trámites municipales', 8],
  ['2023-11-23', 'Temuco, Gobierno Regional', 'Gestión documental y archivo electrónico', 9],
  ['2024-03-21', 'En línea', 'Ley 21.180: fases de implementación 2024', 8],
  ['2024-04-25', 'Temuco, Gobierno Regional', 'DocDigital: expedientes electrónicos', 12],
  ['2024-05-30', 'Collipulli', 'FirmaGob: firma electrónica avanzada de decretos', 7],
  ['2024-07-04', 'Villarrica', 'Nodo PISEE: consumo de servicios', 9],
  ['2024-08-22', 'Victoria', 'ClaveÚnica en los trámites municipales', 8],
  ['2024-10-03', 'En línea', 'Seguridad de la información para municipios', 10],
  ['2024-11-14', 'Temuco, Gobierno Regional', 'Gestión documental y archivo electrónico', 7],
  ['2025-03-27', 'Angol, Delegación Provincial de Malleco', 'DocDigital: expedientes electrónicos', 9],
  ['2025-05-08', 'En línea', 'FirmaGob: renovación de certificados', 8],
  ['2025-06-19', 'Lautaro', 'ClaveÚnica en los trámites municipales', 11],
  ['2025-08-14', 'Temuco, Gobierno Regional', 'Nodo PISEE: consumo de servicios', 7],
  ['2025-10-02', 'Pucón', 'Seguridad de la información para municipios', 10],
  ['2026-04-16', 'En línea', 'Ley 21.180: fases de implementación 2026', 8],
  ['2026-06-11', 'Temuco, Gobierno Regional', 'Datos abiertos y transparencia activa', 9],
  ['2026-08-27', 'Nueva Imperial', 'ClaveÚnica en los trámites municipales', 8],
];

/**
 * Satisfaction answers, two per visit, 50 in all: 43 of 5 or more (86 %), summing 315 (mean 6.3): 31 sevens,
 * 12 sixes, 5 fours and 2 threes. Visits go to 25 municipalities, the first 25 of FINAL_STAGES.
 */
export const VISIT_SCORES: Array<[number, number]> = [
  [7, 7], [7, 6], [7, 4], [6, 7], [7, 7], [7, 3], [6, 6], [7, 7], [7, 6], [4, 7], [7, 7], [6, 7], [7, 4],
  [7, 6], [7, 7], [3, 6], [7, 7], [6, 7], [4, 7], [7, 6], [7, 7], [6, 4], [7, 7], [6, 7], [7, 7],
];

export const VISIT_PURPOSES = ['Acompañamiento para habilitar FirmaGob', 'Revisión de la oficina de partes en DocDigital', 'Integración de ClaveÚnica en trámites',
  'Instalación del nodo PISEE', 'Diagnóstico de madurez digital'];

export const VISIT_COMMENTS: Record<number, string> = { 0: 'Muy claro, resolvieron todas las dudas.', 5: 'Faltó tiempo para ver la integración completa.', 12: 'Necesitamos una segunda visita.' };
