// es-CL (default) and en catalogues. Every UI string lives in messages/*.ts; each area owns one file, and the
// English catalogue must define every key of the Spanish one (checked by the type below and by a test).
import { common } from './messages/common.js';
import { auth } from './messages/auth.js';
import { audit } from './messages/audit.js';
import { institutions } from './messages/institutions.js';
import { identity } from './messages/identity.js';
import { claveunica } from './messages/claveunica.js';
import { calendar } from './messages/calendar.js';
import { budget } from './messages/budget.js';
import { budgetExplorer } from './messages/budget-explorer.js';
import { budgetAdmin } from './messages/budget-admin.js';
import { budgetDownloads } from './messages/budget-downloads.js';
import { participationProcesses } from './messages/participation-processes.js';
import { participationVotes } from './messages/participation-votes.js';
import { participationConsultations } from './messages/participation-consultations.js';
import { participationProposals } from './messages/participation-proposals.js';
import { participationDebate } from './messages/participation-debate.js';
import { participationNotifications } from './messages/participation-notifications.js';
import { participationSearch } from './messages/participation-search.js';
import { participationBudgets } from './messages/participation-budgets.js';
import { participationCommitments } from './messages/participation-commitments.js';
import { participationOversight } from './messages/participation-oversight.js';
import { transparencyRequests } from './messages/transparency-requests.js';
import { transparencyDocuments } from './messages/transparency-documents.js';
import { transparencyStatistics } from './messages/transparency-statistics.js';
import { transparencyActive } from './messages/transparency-active.js';
import { transparencyCatalogue } from './messages/transparency-catalogue.js';
import { procurementProcess } from './messages/procurement-process.js';
import { procurementSuppliers } from './messages/procurement-suppliers.js';
import { procurementCalls } from './messages/procurement-calls.js';
import { procurementBids } from './messages/procurement-bids.js';
import { procurementEvaluation } from './messages/procurement-evaluation.js';
import { procurementContracts } from './messages/procurement-contracts.js';
import { procurementMarketplace } from './messages/procurement-marketplace.js';
import { procurementOcds } from './messages/procurement-ocds.js';
import { observatoryCommon } from './messages/observatory-common.js';
import { observatoryIndicators } from './messages/observatory-indicators.js';
import { observatoryIndex } from './messages/observatory-index.js';
import { observatoryMethod } from './messages/observatory-method.js';
import { observatoryAdoption } from './messages/observatory-adoption.js';
import { observatoryPublications } from './messages/observatory-publications.js';
import { observatoryMaps } from './messages/observatory-maps.js';
import { servicesCommon } from './messages/services-common.js';
import { servicesRegistry } from './messages/services-registry.js';
import { servicesPublic } from './messages/services-public.js';
import { servicesImpact } from './messages/services-impact.js';
import { servicesReviews } from './messages/services-reviews.js';
import { servicesEngagement } from './messages/services-engagement.js';
import { servicesProgramme } from './messages/services-programme.js';
import { servicesFunding } from './messages/services-funding.js';

export const LOCALES = ['es-CL', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'es-CL';

const es = { ...common.es, ...auth.es, ...audit.es, ...institutions.es, ...identity.es, ...claveunica.es, ...calendar.es, ...budget.es,
  ...budgetExplorer.es, ...budgetAdmin.es, ...budgetDownloads.es,
  ...participationProcesses.es, ...participationVotes.es, ...participationConsultations.es, ...participationProposals.es, ...participationDebate.es, ...participationNotifications.es, ...participationSearch.es,
  ...participationBudgets.es, ...participationCommitments.es, ...participationOversight.es,
  ...transparencyRequests.es, ...transparencyDocuments.es, ...transparencyStatistics.es, ...transparencyActive.es, ...transparencyCatalogue.es,
  ...procurementProcess.es, ...procurementSuppliers.es, ...procurementCalls.es, ...procurementBids.es, ...procurementEvaluation.es, ...procurementContracts.es, ...procurementMarketplace.es, ...procurementOcds.es,
  ...observatoryCommon.es, ...observatoryIndicators.es, ...observatoryIndex.es, ...observatoryMethod.es, ...observatoryAdoption.es, ...observatoryPublications.es, ...observatoryMaps.es,
  ...servicesCommon.es, ...servicesRegistry.es, ...servicesPublic.es, ...servicesImpact.es, ...servicesReviews.es, ...servicesEngagement.es, ...servicesProgramme.es, ...servicesFunding.es };
export type MessageKey = keyof typeof es;
const en: Record<MessageKey, string> = { ...common.en, ...auth.en, ...audit.en, ...institutions.en, ...identity.en, ...claveunica.en, ...calendar.en, ...budget.en,
  ...budgetExplorer.en, ...budgetAdmin.en, ...budgetDownloads.en,
  ...participationProcesses.en, ...participationVotes.en, ...participationConsultations.en, ...participationProposals.en, ...participationDebate.en, ...participationNotifications.en, ...participationSearch.en,
  ...participationBudgets.en, ...participationCommitments.en, ...participationOversight.en,
  ...transparencyRequests.en, ...transparencyDocuments.en, ...transparencyStatistics.en, ...transparencyActive.en, ...transparencyCatalogue.en,
  ...procurementProcess.en, ...procurementSuppliers.en, ...procurementCalls.en, ...procurementBids.en, ...procurementEvaluation.en, ...procurementContracts.en, ...procurementMarketplace.en, ...procurementOcds.en,
  ...observatoryCommon.en, ...observatoryIndicators.en, ...observatoryIndex.en, ...observatoryMethod.en, ...observatoryAdoption.en, ...observatoryPublications.en, ...observatoryMaps.en,
  ...servicesCommon.en, ...servicesRegistry.en, ...servicesPublic.en, ...servicesImpact.en, ...servicesReviews.en, ...servicesEngagement.en, ...servicesProgramme.en, ...servicesFunding.en };
export const catalogues: Record<Locale, Record<MessageKey, string>> = { 'es-CL': es, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    const text = catalogue[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
}

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** `?lang=` wins, then the `lang` cookie, then Accept-Language; Spanish (Chile) otherwise. */
export function negotiateLocale(query: unknown, cookie: unknown, acceptLanguage: string | undefined): Locale {
  if (isLocale(query)) return query;
  if (query === 'es') return 'es-CL';
  if (isLocale(cookie)) return cookie;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : DEFAULT_LOCALE;
}

const formats = new Map<Locale, { number: Intl.NumberFormat; date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat }>();
/** Numbers and dates in the reader's language, times always in America/Santiago (DESIGN.md convention 9). */
export function formatters(locale: Locale) {
  let f = formats.get(locale);
  if (!f) {
    const timeZone = 'America/Santiago';
    f = {
      number: new Intl.NumberFormat(locale),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }),
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    };
    formats.set(locale, f);
  }
  return f;
}
