// The debate's HTML forms as TypeBox schemas (core/http/form.ts parses them and keeps values on errors).
import { Type } from '@sinclair/typebox';
import { SUBMISSION_FIELD, SubmissionField } from '../../../core/http/idempotency.js';
import { ALIGNMENTS, MODERATION_ACTIONS, REPORT_REASONS } from './schema.js';
import { BODY_MAX } from './rules.js';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const body = Type.String({ minLength: 2, maxLength: BODY_MAX });

export const CommentFormSchema = Type.Object({
  body, alignment: lit(ALIGNMENTS), parentId: Type.Optional(Type.Integer({ minimum: 1 })), [SUBMISSION_FIELD]: SubmissionField,
});
export const EditFormSchema = Type.Object({ body, alignment: lit(ALIGNMENTS) });
export const VoteFormSchema = Type.Object({ value: lit(['1', '-1', '0'] as const) });
export const ReportFormSchema = Type.Object({ reason: lit(REPORT_REASONS), text: Type.Optional(Type.String({ maxLength: 1000 })) });
export const ModerationFormSchema = Type.Object({ action: lit(MODERATION_ACTIONS), reason: Type.String({ minLength: 3, maxLength: 1000 }) });
