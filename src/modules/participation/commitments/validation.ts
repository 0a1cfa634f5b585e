// The shapes of commitment input, one source for the API bodies (TypeBox, hence OpenAPI) and the pages' forms
// (parseForm converts the strings), and the list filters shared by the API and the index page.
import { Type } from '@sinclair/typebox';
import { COMMITMENT_STATUSES, EVIDENCE_KINDS, ORIGIN_TYPES } from './schema.js';
import { URL_PATTERN } from './commands/milestones.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const CalendarDate = (description: string) => Type.String({ pattern: DATE_PATTERN, description: `${description} (YYYY-MM-DD, a Chilean calendar date)` });
const Id = Type.Integer({ minimum: 1 });
const Note = Type.String({ maxLength: 2000, description: 'Why it changed: shown in the public history' });

/** What an official may change after creation (origin and parent are fixed). */
export const EditableFields = {
  title: Type.String({ minLength: 3, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  responsibleUnit: Type.String({ minLength: 2, maxLength: 200, description: 'The unit in charge, e.g. "Dirección de Obras"' }),
  dueDate: CalendarDate('Due date'),
  weight: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Weight within its parent\'s progress' })),
  progress: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, description: 'Percent; only for commitments without children' })),
  status: Type.Optional(literals(COMMITMENT_STATUSES)),
  pillarId: Type.Optional(Id),
  axisIds: Type.Optional(Type.Array(Id, { maxItems: 50 })),
  note: Type.Optional(Note),
};

export const OriginFields = {
  parentId: Type.Optional(Id),
  originType: literals(ORIGIN_TYPES),
  originId: Type.Optional(Id),
  originRef: Type.Optional(Type.String({ maxLength: 200, description: 'OCDS ocid of a procurement contract' })),
  processId: Type.Optional(Id),
  actionPlanId: Type.Optional(Id),
};

export const MilestoneFields = { title: Type.String({ minLength: 3, maxLength: 300 }), dueDate: CalendarDate('Due date'), note: Type.Optional(Note) };
export const MilestoneDoneFields = { doneDate: Type.Optional(CalendarDate('Done date; absent marks it not done')), note: Type.Optional(Note) };
export const EvidenceFields = {
  kind: literals(EVIDENCE_KINDS), title: Type.String({ minLength: 3, maxLength: 300 }),
  url: Type.String({ pattern: URL_PATTERN, maxLength: 2000, description: 'A link, or the URL of a published document' }),
  milestoneId: Type.Optional(Id), note: Type.Optional(Note),
};

export const PlanFields = {
  title: Type.String({ minLength: 3, maxLength: 300 }), description: Type.Optional(Type.String({ maxLength: 5000 })),
  period: Type.Optional(Type.String({ maxLength: 40 })),
  pillars: Type.Array(Type.String({ minLength: 2, maxLength: 100 }), { minItems: 1, maxItems: 20 }),
  axes: Type.Array(Type.String({ minLength: 2, maxLength: 100 }), { maxItems: 20 }),
};

export const FilterFields = {
  status: Type.Optional(literals(COMMITMENT_STATUSES)),
  overdue: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  origin: Type.Optional(literals(ORIGIN_TYPES)),
  plan: Type.Optional(Id), pillar: Type.Optional(Id), axis: Type.Optional(Id),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])),
};
