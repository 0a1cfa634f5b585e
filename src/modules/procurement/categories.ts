// The capabilities a supplier offers and a lot asks for: one list for both, so the directory and the open calls filter
// by the same words. Technology services first (the roadmap's GovTech market), then the civil-society initiatives a
// grant call funds. Codes are stable identifiers (stored, in URLs and in OCDS `items.classification` under the
// scheme 'CABILDO-CAT'); their names live in the procurement catalogue ('procurement.category.<code>').
export const CATEGORIES = [
  'software-development', 'ux-design', 'data-analytics', 'cloud-infrastructure', 'cybersecurity', 'connectivity',
  'digital-training', 'gis-mapping', 'open-source-support', 'civic-initiative',
] as const;
export type Category = (typeof CATEGORIES)[number];
