// The public JSON of the oversight body (DESIGN.md convention 5): explicit fields only. People appear by display name
// and public id; never an email, a RUN or an account id. Observations carry their deadline with its provenance and
// the overdue flag of today's Santiago date.
import { Type, type Static } from '@sinclair/typebox';
import type { CalendarDate } from '../../../core/calendar/index.js';
import { OBSERVATION_STATUSES, OBSERVATION_TARGETS, MESSAGE_KINDS } from './schema.js';
import type { Body, Draw, Member, Message, ObservationDetail, ObservationRow, Report, Volunteer } from './queries.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const bodyPath = (slug: string) => `/instituciones/${slug}/participacion/organo-contralor`;
export const observationPath = (id: number) => `/participacion/organo-contralor/observaciones/${id}`;
export const reportPath = (id: number) => `/participacion/organo-contralor/informes/${id}`;

export const MemberJson = Type.Object({ publicId: Type.String(), name: Type.String(), rank: Type.Integer(), termStart: Type.String(), termEnd: Type.String(), inTerm: Type.Boolean() });
export const DrawJson = Type.Object({
  id: Type.Integer(), seats: Type.Integer(), termStart: Type.String(), termEnd: Type.String(), closesAt: DateTime, announcedAt: DateTime,
  seedHash: Type.String(), seed: Nullable(Type.String()), listHash: Nullable(Type.String()), drawnAt: Nullable(DateTime),
  volunteers: Type.Array(Type.Object({ publicId: Type.String(), name: Type.String() })),
  members: Type.Array(Type.String(), { description: 'Public ids drawn, in order' }),
  recipe: Type.String(),
});
export const BodyJson = Type.Object({
  id: Type.Integer(), institution: Type.Object({ id: Type.Integer(), slug: Type.String(), name: Type.String() }),
  seats: Type.Integer(), termMonths: Type.Integer(), answerDays: Type.Integer(), members: Type.Array(MemberJson), draws: Type.Array(DrawJson), url: Type.String(),
});

export const DRAW_RECIPE = 'listHash = SHA-256(hex) of the public ids sorted ascending, each followed by "\\n"; key(id) = SHA-256(hex) of seed + ":" + listHash + ":" + id; '
  + 'order by key ascending; the first `seats` are members.';

export function presentMember(m: Member, today: CalendarDate) {
  return { publicId: m.publicId, name: m.displayName, rank: m.rank, termStart: m.termStart, termEnd: m.termEnd, inTerm: m.termStart <= today && today <= m.termEnd };
}

export function presentDraw(d: Draw, volunteers: Volunteer[], members: Member[]) {
  return {
    id: d.id, seats: d.seats, termStart: d.termStart, termEnd: d.termEnd, closesAt: d.closesAt.toISOString(), announcedAt: d.announcedAt.toISOString(),
    seedHash: d.seedHash, seed: d.seed, listHash: d.listHash, drawnAt: d.drawnAt?.toISOString() ?? null,
    volunteers: volunteers.map((v) => ({ publicId: v.publicId, name: v.displayName })),
    members: members.filter((m) => m.drawId === d.id).sort((a, b) => a.rank - b.rank).map((m) => m.publicId), recipe: DRAW_RECIPE,
  };
}

export const ObservationListItemJson = Type.Object({
  id: Type.Integer(), title: Type.String(), targetType: Type.Union(OBSERVATION_TARGETS.map((t) => Type.Literal(t))), targetId: Type.Union([Type.Integer(), Type.Null()]),
  targetRef: Nullable(Type.String()), targetLabel: Type.String(), targetUrl: Nullable(Type.String()), status: Type.Union(OBSERVATION_STATUSES.map((s) => Type.Literal(s))),
  member: Type.String(), openedAt: DateTime, dueDate: Type.String(), answerDays: Type.Integer(), overdue: Type.Boolean(),
  answeredAt: Nullable(DateTime), closedAt: Nullable(DateTime), url: Type.String(),
});
export const SkippedJson = Type.Object({ date: Type.String(), reason: Type.String(), name: Type.Optional(Type.String()), law: Type.Optional(Type.String()) });
export const MessageJson = Type.Object({ kind: Type.Union(MESSAGE_KINDS.map((k) => Type.Literal(k))), author: Type.String(), body: Type.String(), url: Nullable(Type.String()), at: DateTime });
export const ObservationJson = Type.Composite([ObservationListItemJson, Type.Object({ body: Type.String(), skippedDays: Type.Array(SkippedJson), messages: Type.Array(MessageJson) })]);
export const ReportJson = Type.Object({ id: Type.Integer(), title: Type.String(), periodFrom: Type.String(), periodTo: Type.String(), author: Type.String(), body: Type.String(), publishedAt: DateTime, url: Type.String() });

/** Overdue: still waiting for the institution's first answer after the due date's last day in Santiago. */
export const isOverdue = (o: Pick<ObservationRow, 'status' | 'dueDate'>, today: CalendarDate) => o.status === 'open' && o.dueDate < today;

export function presentListItem(o: ObservationRow, today: CalendarDate): Static<typeof ObservationListItemJson> {
  return {
    id: o.id, title: o.title, targetType: o.targetType, targetId: o.targetId, targetRef: o.targetRef, targetLabel: o.targetLabel, targetUrl: o.targetUrl,
    status: o.status, member: o.memberName, openedAt: o.openedAt.toISOString(), dueDate: o.dueDate, answerDays: o.answerDays, overdue: isOverdue(o, today),
    answeredAt: o.answeredAt?.toISOString() ?? null, closedAt: o.closedAt?.toISOString() ?? null, url: observationPath(o.id),
  };
}

export function presentObservation(o: ObservationDetail, messages: Message[], today: CalendarDate): Static<typeof ObservationJson> {
  return {
    ...presentListItem(o, today), body: o.body, skippedDays: o.skippedDays,
    messages: messages.map((m) => ({ kind: m.kind, author: m.authorName, body: m.body, url: m.url, at: m.at.toISOString() })),
  };
}

export const presentReport = (r: Report): Static<typeof ReportJson> => ({
  id: r.id, title: r.title, periodFrom: r.periodFrom, periodTo: r.periodTo, author: r.authorName, body: r.body, publishedAt: r.publishedAt.toISOString(), url: reportPath(r.id),
});

export const presentBodySettings = (b: Body) => ({ seats: b.seats, termMonths: b.termMonths, answerDays: b.answerDays });

export const EXPORT_COLUMNS = ['id', 'title', 'targetType', 'targetId', 'targetRef', 'targetLabel', 'status', 'overdue', 'member', 'openedAt', 'dueDate', 'answerDays', 'answeredAt', 'closedAt', 'url'];
