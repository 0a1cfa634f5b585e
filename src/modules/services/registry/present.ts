// The registry's JSON for its write endpoints and the incubators' list (explicit fields: the lead by name, never by
// email or person id), and the paths of its pages, in one place.
import { Type, type Static } from '@sinclair/typebox';
import { INCUBATOR_KINDS } from './schema.js';
import { PHASES } from '../phases.js';
import type { IncubatorListItem, PhaseRow, ServiceRecord } from './queries.js';

export const servicePath = (slug: string) => `/servicios/${slug}`;
export const phasesPath = (slug: string) => `${servicePath(slug)}/fases`;
export const editPath = (slug: string) => `${servicePath(slug)}/editar`;
export const INCUBATORS_PATH = '/servicios/incubadoras';
export const incubatorEditPath = (slug: string) => `${INCUBATORS_PATH}/${slug}/editar`;

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Day = Type.String({ format: 'date', description: 'A Santiago calendar day' });

export const PhaseJson = Type.Object({ id: Type.Integer(), phase: literals(PHASES), startedOn: Day, note: Type.String() });
export const presentPhase = (p: PhaseRow): Static<typeof PhaseJson> => ({ id: p.id, phase: p.phase, startedOn: p.startedOn, note: p.note });

/** What the write endpoints answer: the record as stored, with its phases (the public area serves the full page and JSON). */
export const ServiceWrittenJson = Type.Object({
  slug: Type.String(), title: Type.String(), url: Type.String(), incubator: Type.String({ description: 'The incubator\'s slug' }),
  lead: Type.Object({ name: Type.String(), title: Type.String() }), sponsors: Type.Array(Type.String({ description: 'Institution slug' })),
  team: Type.Array(Type.Object({ name: Type.String(), role: Type.String() })),
  currentPhase: Type.Union([literals(PHASES), Type.Null()]), phases: Type.Array(PhaseJson, { description: 'Oldest first' }),
});
export const presentWrittenService = (s: ServiceRecord, baseUrl: string): Static<typeof ServiceWrittenJson> => ({
  slug: s.slug, title: s.title, url: new URL(servicePath(s.slug), baseUrl).href, incubator: s.incubator.slug,
  lead: { name: s.leadName, title: s.leadTitle }, sponsors: s.sponsors.map((x) => x.slug), team: s.team,
  currentPhase: s.current?.phase ?? null, phases: s.phases.map(presentPhase),
});

export const IncubatorJson = Type.Object({
  slug: Type.String(), name: Type.String(), kind: literals(INCUBATOR_KINDS), description: Type.String(),
  host: Type.Object({ slug: Type.String(), name: Type.String() }),
  regionCode: Type.Union([Type.String(), Type.Null()], { description: 'A regional programme\'s region, or the host\'s region for an institution\'s lab' }),
  services: Type.Integer({ description: 'Services registered in it' }),
});
export const presentIncubator = (i: IncubatorListItem): Static<typeof IncubatorJson> => ({
  slug: i.slug, name: i.name, kind: i.kind, description: i.description, host: { slug: i.institutionSlug, name: i.institutionName },
  regionCode: i.regionCode ?? i.hostRegionCode, services: i.services,
});
