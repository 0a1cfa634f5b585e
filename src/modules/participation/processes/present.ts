// The public JSON of processes (DESIGN.md rule 5): explicit fields; who created a process is in the public audit log,
// not here. Times are UTC ISO strings; pages show them in America/Santiago.
import { Type, type Static } from '@sinclair/typebox';
import { COMPONENTS, SCOPES } from './schema.js';
import { activePhase, PROCESS_STATES, processState, stateOfSpan } from './phases.js';
import type { ProcessDetail, ProcessRow } from './queries.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Component = Type.Union(COMPONENTS.map((c) => Type.Literal(c)));

export const processPath = (id: number) => `/participacion/procesos/${id}`;

const ProcessFields = {
  id: Type.Integer(),
  institution: Type.Object({ slug: Type.String(), name: Type.String() }),
  title: Type.String(),
  description: Type.String(),
  scope: Type.Union(SCOPES.map((s) => Type.Literal(s))),
  scopeCode: Type.String({ description: 'CUT: 5 digits (comuna) or 2 (region)' }),
  scopeName: Nullable(Type.String()),
  state: Type.Union(PROCESS_STATES.map((s) => Type.Literal(s))),
  startsAt: Nullable(Type.String({ format: 'date-time', description: 'Start of the first phase' })),
  endsAt: Nullable(Type.String({ format: 'date-time', description: 'End of the last phase (exclusive)' })),
  url: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
};

export const ProcessSummaryJson = Type.Object(ProcessFields, { additionalProperties: false });

const PhaseJson = Type.Object({
  id: Type.Integer(), title: Type.String(), description: Type.String(),
  startsAt: Type.String({ format: 'date-time' }), endsAt: Type.String({ format: 'date-time', description: 'Exclusive' }),
  components: Type.Array(Component), active: Type.Boolean(),
}, { additionalProperties: false });

export const ProcessJson = Type.Object({
  ...ProcessFields,
  phases: Type.Array(PhaseJson),
  activePhaseId: Type.Union([Type.Integer(), Type.Null()]),
  enabled: Type.Array(Component, { description: 'What the active phase allows now: writes elsewhere are refused with 409' }),
}, { additionalProperties: false });
export type ProcessJson = Static<typeof ProcessJson>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

function common(r: ProcessRow | ProcessDetail) {
  return {
    id: r.id, institution: { slug: r.institutionSlug, name: r.institutionName }, title: r.title, description: r.description,
    scope: r.scope, scopeCode: r.scopeCode, scopeName: r.scopeName, url: processPath(r.id), updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentProcessSummary(r: ProcessRow, now: Date): Static<typeof ProcessSummaryJson> {
  return { ...common(r), state: stateOfSpan(r.startsAt, r.endsAt, now), startsAt: iso(r.startsAt), endsAt: iso(r.endsAt) };
}

export function presentProcess(r: ProcessDetail, now: Date): ProcessJson {
  const active = activePhase(r.phases, now);
  return {
    ...common(r), state: processState(r.phases, now),
    startsAt: iso(r.startsAt), endsAt: iso(r.endsAt),
    phases: r.phases.map((p) => ({
      id: p.id, title: p.title, description: p.description, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString(),
      components: [...p.components], active: p.id === active?.id,
    })),
    activePhaseId: active?.id ?? null,
    enabled: active ? [...active.components] : [],
  };
}

/** Columns of the CSV export (paths into ProcessSummaryJson). */
export const PROCESS_CSV_COLUMNS = ['id', 'institution.slug', 'institution.name', 'title', 'scope', 'scopeCode', 'scopeName', 'state', 'startsAt', 'endsAt', 'url', 'updatedAt'];
