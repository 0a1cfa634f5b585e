// The public JSON of proposals (DESIGN.md convention 5): explicit fields; the author by display name only, never an
// email or RUN; the answering official by name (officials act in public). Costs are strings of integer pesos, since
// JSON numbers cannot carry every bigint.
import { Type, type Static } from '@sinclair/typebox';
import { PROPOSAL_CATEGORIES } from './schema.js';
import { PROPOSAL_STATES } from './lifecycle.js';
import type { ProposalDetail, ProposalRow, proposalHistory } from './queries.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const ProposalListItemJson = Type.Object({
  id: Type.Integer(), processId: Type.Integer(), title: Type.String(), category: literals(PROPOSAL_CATEGORIES), state: literals(PROPOSAL_STATES),
  supportsCount: Type.Integer(), author: Type.String({ description: 'Display name' }),
  association: Nullable(Type.String({ description: 'The association the author proposes for, as the author names it' })), createdAt: Type.String({ format: 'date-time' }), url: Type.String(),
});
export const ProposalJson = Type.Composite([ProposalListItemJson, Type.Object({
  body: Type.String(),
  answer: Type.Union([Type.Null(), Type.Object({
    text: Type.String(), estimatedCost: Nullable(Type.String({ description: 'Integer pesos (CLP)' })),
    answeredBy: Nullable(Type.String()), answeredAt: Nullable(Type.String({ format: 'date-time' })),
  })]),
})]);
export const HistoryJson = Type.Array(Type.Object({
  from: Type.Union([literals(PROPOSAL_STATES), Type.Null()]), to: literals(PROPOSAL_STATES),
  official: Nullable(Type.String({ description: 'The official who acted; null for the author\'s or the system\'s steps' })),
  note: Nullable(Type.String()), at: Type.String({ format: 'date-time' }),
}));

export const proposalUrl = (id: number) => `/participacion/propuestas/${id}`;

export function presentListItem(r: ProposalRow): Static<typeof ProposalListItemJson> {
  return {
    id: r.id, processId: r.processId, title: r.title, category: r.category, state: r.state, supportsCount: r.supportsCount,
    author: r.authorName, association: r.association, createdAt: r.createdAt.toISOString(), url: proposalUrl(r.id),
  };
}

export function presentProposal(p: ProposalDetail): Static<typeof ProposalJson> {
  return {
    ...presentListItem(p), body: p.body,
    answer: p.answer === null ? null : {
      text: p.answer, estimatedCost: p.estimatedCost === null ? null : String(p.estimatedCost),
      answeredBy: p.answeredByName, answeredAt: p.answeredAt?.toISOString() ?? null,
    },
  };
}

export const presentHistory = (rows: Awaited<ReturnType<typeof proposalHistory>>): Static<typeof HistoryJson> =>
  rows.map((r) => ({ from: r.fromState, to: r.toState, official: r.officialName, note: r.note, at: r.at.toISOString() }));

/** Flat columns of the CSV export (the JSON export carries the same objects). */
export const EXPORT_COLUMNS = ['id', 'processId', 'title', 'category', 'state', 'supportsCount', 'author', 'association', 'createdAt', 'url'];
