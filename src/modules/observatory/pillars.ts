// The pillars of the Índice GovTech Municipal and the shared national platforms the regional adoption tracker follows.
// Pillar names and descriptions live in the catalogues (observatory.pillar.<code>). 'context' holds the figures
// that describe a municipality (population, rurality, poverty…) without being progress: they set its peer group
// and are shown beside the score, but never enter it.

export const PILLARS = [
  'platforms', // FirmaGob, DocDigital, ClaveÚnica, PISEE node (SEGPRES's shared platforms)
  'online_services', // procedures and payments online
  'transparency', // Ley 20.285: requests answered on time, open data (fed by the transparency module)
  'participation', // fed by the participation module
  'procurement', // SME and local share, bidders per lot (fed by the procurement module)
  'capacities', // professionalised staff, training spend (SUBDERE SINIM)
  'digital_spending', // the budget module's technology lens
] as const;
export type Pillar = (typeof PILLARS)[number];
export type IndicatorGroup = Pillar | 'context';

/** The shared platforms of the Estado digital that municipalities adopt (Ley 21.180 de Transformación Digital). */
export const PLATFORMS = ['firmagob', 'docdigital', 'claveunica', 'pisee'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Adoption stages in order: an indicator value is the stage's index (0–3) reached by 31 December of the year. */
export const ADOPTION_STATUSES = ['not_started', 'requested', 'enabled', 'in_production'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];
