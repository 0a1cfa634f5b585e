// The public JSON of calls: explicit fields only. Questions carry no asker; the creator of a call is not shown (the
// institution is the author of its acts).
import { Type } from '@sinclair/typebox';
import type { CallDetail, CallListRow, EventRow, QuestionRow } from './queries.js';
import { minimumBidsOf } from './rules.js';

export const callPath = (slug: string, id: number) => `/instituciones/${slug}/compras/llamados/${id}`;
export const ocdsRecordPath = (ocid: string) => `/api/v1/procurement/ocds/records/${encodeURIComponent(ocid)}`;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Institution = Type.Object({ slug: Type.String(), name: Type.String() });

export const CallListItemJson = Type.Object({
  id: Type.Integer(), ocid: Type.String(), kind: Type.String(), title: Type.String(), state: Type.String(), institution: Institution,
  publishedAt: Nullable(Type.String()), lotCount: Type.Integer(), totalBudget: Type.Integer(), bidsUntil: Nullable(Type.String()), url: Type.String(),
});

export const CallJson = Type.Object({
  id: Type.Integer(), ocid: Type.String(), kind: Type.String(), title: Type.String(), description: Type.String(), state: Type.String(),
  institution: Institution, maxLotsBid: Nullable(Type.Integer()), maxLotsWon: Nullable(Type.Integer()), standstillDays: Type.Integer(),
  minimumBids: Type.Integer({ description: 'Fewest bids a lot needs to be evaluated (3 for a quick purchase)' }),
  publishedAt: Nullable(Type.String()), url: Type.String(), ocdsRecord: Type.String(),
  lots: Type.Array(Type.Object({
    id: Type.Integer(), number: Type.Integer(), title: Type.String(), description: Type.String(), budgetAmount: Type.Integer(), currency: Type.Literal('CLP'),
    regionCode: Nullable(Type.String()), category: Type.String(), questionsUntil: Type.String(), bidsUntil: Type.String(), awardBy: Type.String(),
    deliveryStart: Type.String(), deliveryEnd: Type.String(), admitCount: Type.Integer(), budgetLine: Nullable(Type.String()), state: Type.String(),
    reason: Nullable(Type.String()),
  })),
  criteria: Type.Array(Type.Object({
    kind: Type.String(), name: Type.String(), description: Type.String(), weight: Type.Integer(), minScore: Nullable(Type.Number()),
  })),
  questions: Type.Array(Type.Object({
    id: Type.Integer(), lotId: Nullable(Type.Integer()), question: Type.String(), askedAt: Type.String(), answer: Nullable(Type.String()), answeredAt: Nullable(Type.String()),
  })),
  events: Type.Array(Type.Object({ kind: Type.String(), lotId: Nullable(Type.Integer()), at: Type.String(), summary: Nullable(Type.String()) })),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const presentListItem = (c: CallListRow) => ({
  id: c.id, ocid: c.ocid, kind: c.kind, title: c.title, state: c.state, institution: c.institution, publishedAt: iso(c.publishedAt),
  lotCount: c.lotCount, totalBudget: c.totalBudget, bidsUntil: iso(c.bidsUntil), url: callPath(c.institution.slug, c.id),
});

/** The public summary or reason an event carries (amended, cancelled …), never other data. */
export const summaryOf = (e: EventRow) => {
  const d = e.data as { summary?: string; reason?: string };
  return d.summary ?? d.reason ?? null;
};

export const presentCall = (c: CallDetail, questions: QuestionRow[], events: EventRow[]) => ({
  id: c.id, ocid: c.ocid, kind: c.kind, title: c.title, description: c.description, state: c.state,
  institution: { slug: c.institution.slug, name: c.institution.name }, maxLotsBid: c.maxLotsBid, maxLotsWon: c.maxLotsWon, standstillDays: c.standstillDays,
  minimumBids: minimumBidsOf(c), publishedAt: iso(c.publishedAt), url: callPath(c.institution.slug, c.id), ocdsRecord: ocdsRecordPath(c.ocid),
  lots: c.lots.map((l) => ({
    id: l.id, number: l.number, title: l.title, description: l.description, budgetAmount: l.budgetAmount, currency: 'CLP' as const, regionCode: l.regionCode,
    category: l.category, questionsUntil: l.questionsUntil.toISOString(), bidsUntil: l.bidsUntil.toISOString(), awardBy: l.awardBy,
    deliveryStart: l.deliveryStart, deliveryEnd: l.deliveryEnd, admitCount: l.admitCount, budgetLine: l.budgetLine, state: l.state, reason: l.reason,
  })),
  criteria: c.criteria.map((k) => ({ kind: k.kind, name: k.name, description: k.description, weight: k.weight, minScore: k.minScore })),
  questions: questions.map((q) => ({ ...q, askedAt: q.askedAt.toISOString(), answeredAt: iso(q.answeredAt) })),
  events: events.map((e) => ({ kind: e.kind, lotId: e.lotId, at: e.at.toISOString(), summary: summaryOf(e) })),
});
