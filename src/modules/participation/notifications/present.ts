// The JSON of following and notifications. Only the person themselves ever reads these (their own follows and
// notifications); still explicit fields: no one else's identity, no internal ids beyond the subject's.
import { Type, type Static } from '@sinclair/typebox';
import type { Translate } from '../../../core/i18n/index.js';
import { EMAIL_CHOICES, SUBJECT_TYPES } from './schema.js';
import { subjectPath } from './subjects.js';
import { describe } from './describe.js';
import type { FollowRow, NotificationRow } from './queries.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
export const SubjectTypeSchema = Type.Union(SUBJECT_TYPES.map((s) => Type.Literal(s)));
export const EmailChoiceSchema = Type.Union(EMAIL_CHOICES.map((c) => Type.Literal(c)), {
  description: '`immediate`: an email as things happen; `daily`: one digest a day at 8:00 (America/Santiago); `off`: in-app only',
});

const SubjectJson = Type.Object({
  type: SubjectTypeSchema, id: Type.Integer(), title: Nullable(Type.String()), url: Type.String(),
}, { additionalProperties: false });

export const FollowJson = Type.Object({
  subject: SubjectJson, since: Type.String({ format: 'date-time' }),
}, { additionalProperties: false });

export const NotificationJson = Type.Object({
  id: Type.Integer(),
  kind: Type.String({ description: 'phase.started, proposal.answered, proposal.thresholdReached, consultation.results, vote.results, comment.reply' }),
  text: Type.String({ description: 'What happened, in the request\'s language' }),
  url: Type.String({ description: 'Where to see it' }),
  subject: SubjectJson,
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  createdAt: Type.String({ format: 'date-time' }),
  read: Type.Boolean(),
}, { additionalProperties: false });

export const PreferencesJson = Type.Object({
  email: EmailChoiceSchema,
  emailConfirmed: Type.Boolean({ description: 'Without a confirmed address, notifications are in-app only whatever `email` says' }),
}, { additionalProperties: false });

const subjectOf = (type: FollowRow['subjectType'], id: number, title: string | null) => ({ type, id, title, url: subjectPath(type, id) });

export const presentFollow = (f: FollowRow): Static<typeof FollowJson> =>
  ({ subject: subjectOf(f.subjectType, f.subjectId, f.title), since: f.createdAt.toISOString() });

export function presentNotification(t: Translate, r: NotificationRow): Static<typeof NotificationJson> {
  const { text, path } = describe(t, r);
  return {
    id: r.id, kind: r.kind, text, url: path, subject: subjectOf(r.subjectType, r.subjectId, r.title), params: r.params,
    createdAt: r.createdAt.toISOString(), read: r.readAt !== null,
  };
}
