// The "Transparencia" box of a service (issue 10 point 2), after the one every beta.gouv.fr startup page carries:
// six items a public service owes the people who pay for it — its source code, its budget, its usage statistics, its
// impact measurement, its risk analysis and its accessibility. Each item is available (with where to see it) or
// "no disponible", and a missing item counts against the service: the registry orders services by how many of the
// six they publish (registry.ts). Pure: the facts come from box-facts.ts, so a test states them by hand.
import type { Accessibility } from '../registry/schema.js';

export const BOX_ITEMS = ['code', 'budget', 'usage', 'impact', 'risk', 'accessibility'] as const;
export type BoxItemKey = (typeof BOX_ITEMS)[number];

/** What the box is computed from: the service's own links and what the other areas hold about it. */
export interface BoxFacts {
  slug: string;
  repository: string | null;
  riskAnalysisUrl: string | null;
  accessibility: Accessibility | null;
  accessibilityUrl: string | null;
  /** A spending entry (services_spending) or a linked procurement contract (services_contracts). */
  hasBudget: boolean;
  /** An indicator of kind 'usage' with at least one monthly value. */
  hasUsage: boolean;
  /** An indicator of kind 'impact' with at least one value AND one target: measuring impact means against an aim. */
  hasImpact: boolean;
}

export interface BoxItem {
  key: BoxItemKey;
  available: boolean;
  /** Where to see it (null when not available, or for an accessibility status declared without its statement). */
  url: string | null;
  /** The declared accessibility status (accessibility item only). */
  status?: Accessibility;
}

export interface Box {
  items: BoxItem[];
  available: number;
  total: number;
  missing: BoxItemKey[];
}

/** The public pages of the other areas the box points at (impact's stats page, funding's budget page). */
export const statsPath = (slug: string) => `/servicios/${slug}/estadisticas`;
export const budgetPath = (slug: string) => `/servicios/${slug}/presupuesto`;

const item = (key: BoxItemKey, available: boolean, url: string | null): BoxItem => ({ key, available, url: available ? url : null });

export function buildBox(f: BoxFacts): Box {
  const items: BoxItem[] = [
    item('code', !!f.repository, f.repository),
    item('budget', f.hasBudget, budgetPath(f.slug)),
    item('usage', f.hasUsage, statsPath(f.slug)),
    item('impact', f.hasImpact, statsPath(f.slug)),
    item('risk', !!f.riskAnalysisUrl, f.riskAnalysisUrl),
    // The status is what the service declares after a WCAG 2.1 AA audit; "not compliant" is still a published status.
    { ...item('accessibility', !!f.accessibility, f.accessibilityUrl), ...(f.accessibility ? { status: f.accessibility } : {}) },
  ];
  const missing = items.filter((i) => !i.available).map((i) => i.key);
  return { items, available: items.length - missing.length, total: items.length, missing };
}
