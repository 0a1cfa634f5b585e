// The public JSON of a service (API and the registry's JSON export) and its CSV row (DESIGN.md convention 5: explicit
// fields). "Compatible in spirit" with beta.gouv.fr's registry of startups (api/v2.5/startups.json): the same facts
// under our names in English camelCase — the mapping is in each field's description and in the README. Nothing here
// identifies a person beyond what officials publish as officials (Ley 20.285): the lead's name and job title and the
// team's names and roles as shown; never an email, a RUN or a person id.
import { Type, type Static } from '@sinclair/typebox';
import { currentPhase } from '../phases.js';
import type { RegistryRow } from './registry.js';
import { budgetPath, statsPath } from './box.js';

export const servicePath = (slug: string) => `/servicios/${slug}`;
export const institutionPath = (slug: string) => `/instituciones/${slug}`;
export const contractPath = (id: number) => `/compras/contratos/${id}`;
export const proposalPath = (id: number) => `/participacion/propuestas/${id}`;

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Url = (description: string) => Nullable(Type.String({ description }));

export const ServiceJson = Type.Object({
  slug: Type.String({ description: 'beta.gouv.fr: id. The public address /servicios/{slug}' }),
  title: Type.String({ description: 'beta.gouv.fr: name' }),
  mission: Type.String({ description: 'beta.gouv.fr: mission (the users\' problem; beta.gouv.fr\'s pitch has no counterpart)' }),
  url: Type.String({ description: 'The service\'s page here (beta.gouv.fr: the page its content_url_encoding describes)' }),
  currentPhase: Nullable(Type.String({ description: 'The phase with the latest start (beta.gouv.fr: the last of phases)' })),
  phases: Type.Array(Type.Object({
    name: Type.String({ description: 'investigacion, construccion, aceleracion, consolidacion, transferido, operado, abandonado or investigacion_sin_continuacion' }),
    start: Type.String({ format: 'date' }),
    end: Nullable(Type.String({ format: 'date', description: 'The next phase\'s start; null for the current phase' })),
  }), { description: 'beta.gouv.fr: phases [{name, start, end}], oldest first' }),
  incubator: Type.Object({
    slug: Type.String(), name: Type.String(), kind: Type.String({ description: 'institution or regional_programme' }),
    institution: Type.String({ description: 'Host institution slug' }), institutionName: Type.String(),
    region: Nullable(Type.String({ description: '2-digit region CUT' })),
  }, { description: 'beta.gouv.fr: incubator' }),
  sponsors: Type.Array(Type.Object({ slug: Type.String(), name: Type.String(), url: Type.String() }), { description: 'beta.gouv.fr: sponsors' }),
  lead: Type.Object({ name: Type.String(), title: Type.String() }, { description: 'The lead official (beta.gouv.fr: the intrapreneur among the team)' }),
  team: Type.Array(Type.Object({ name: Type.String(), role: Type.String() }), { description: 'beta.gouv.fr: the startup\'s members' }),
  userTypes: Type.Array(Type.String(), { description: 'beta.gouv.fr: usertypes' }),
  themes: Type.Array(Type.String(), { description: 'beta.gouv.fr: thematiques' }),
  reach: Type.String({ description: 'comunal, regional or national (no beta.gouv.fr counterpart)' }),
  link: Url('beta.gouv.fr: link'),
  repository: Url('beta.gouv.fr: repository'),
  contact: Url('A public contact (team mailbox or page), never a person\'s own address (beta.gouv.fr: contact)'),
  accessibility: Nullable(Type.String({ description: 'fully, partially or not_compliant against WCAG 2.1 AA; null: not declared (beta.gouv.fr: accessibility_status)' })),
  accessibilityUrl: Url('The accessibility statement (no beta.gouv.fr counterpart)'),
  riskAnalysis: Type.Boolean({ description: 'beta.gouv.fr: analyse_risques' }),
  riskAnalysisUrl: Url('beta.gouv.fr: analyse_risques_url'),
  stats: Type.Boolean({ description: 'A usage indicator with values (beta.gouv.fr: stats)' }),
  statsUrl: Url('beta.gouv.fr: stats_url'),
  budgetUrl: Url('beta.gouv.fr: budget_url'),
  transparency: Type.Object({
    available: Type.Integer({ minimum: 0, maximum: 6 }), total: Type.Integer(),
    missing: Type.Array(Type.String(), { description: 'code, budget, usage, impact, risk, accessibility' }),
  }, { description: 'The Transparencia box: items published out of six (no beta.gouv.fr counterpart)' }),
  reviewOverdue: Type.Boolean({ description: 'A six-monthly milestone review is overdue' }),
  origin: Type.Object({ grantContractUrl: Url('The procurement grant contract it graduated from'), proposalUrl: Url('The participation proposal it came from') }),
});
export type ServiceJson = Static<typeof ServiceJson>;

export function presentService(r: RegistryRow): ServiceJson {
  const has = (key: string) => !r.box.missing.includes(key as never);
  return {
    slug: r.slug, title: r.title, mission: r.mission, url: servicePath(r.slug), currentPhase: currentPhase(r.phases)?.phase ?? null,
    phases: r.phases.map((p, i) => ({ name: p.phase, start: p.startedOn, end: r.phases[i + 1]?.startedOn ?? null })),
    incubator: { slug: r.incubator.slug, name: r.incubator.name, kind: r.incubator.kind, institution: r.incubator.institutionSlug,
      institutionName: r.incubator.institutionName, region: r.incubator.regionCode },
    sponsors: r.sponsors.map((s) => ({ slug: s.slug, name: s.name, url: institutionPath(s.slug) })),
    lead: { name: r.leadName, title: r.leadTitle }, team: r.team.map((m) => ({ name: m.name, role: m.role })),
    userTypes: [...r.userTypes], themes: [...r.themes], reach: r.reach, link: r.link, repository: r.repository, contact: r.contact,
    accessibility: r.accessibility, accessibilityUrl: r.accessibilityUrl, riskAnalysis: !!r.riskAnalysisUrl, riskAnalysisUrl: r.riskAnalysisUrl,
    stats: has('usage'), statsUrl: has('usage') ? statsPath(r.slug) : null, budgetUrl: has('budget') ? budgetPath(r.slug) : null,
    transparency: { available: r.box.available, total: r.box.total, missing: [...r.box.missing] },
    reviewOverdue: r.overdue,
    origin: { grantContractUrl: r.grantContractId ? contractPath(r.grantContractId) : null, proposalUrl: r.proposalId ? proposalPath(r.proposalId) : null },
  };
}

/** The registry as CSV: one row per service, lists joined with ' | '. */
export const REGISTRY_COLUMNS = ['slug', 'title', 'phase', 'phaseStart', 'incubator', 'sponsors', 'lead', 'reach', 'themes', 'userTypes', 'link',
  'repository', 'accessibility', 'transparency', 'missing', 'reviewOverdue', 'url'];

export function presentCsvRow(r: RegistryRow) {
  const current = currentPhase(r.phases);
  return {
    slug: r.slug, title: r.title, phase: current?.phase ?? '', phaseStart: current?.startedOn ?? '', incubator: r.incubator.name,
    sponsors: r.sponsors.map((s) => s.name).join(' | '), lead: r.leadName, reach: r.reach, themes: r.themes.join(' | '), userTypes: r.userTypes.join(' | '),
    link: r.link, repository: r.repository, accessibility: r.accessibility, transparency: `${r.box.available}/${r.box.total}`,
    missing: r.box.missing.join(' | '), reviewOverdue: r.overdue, url: servicePath(r.slug),
  };
}
