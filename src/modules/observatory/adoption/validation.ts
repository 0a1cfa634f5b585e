// The shapes of the tracker's input, one source for the API body (TypeBox, hence OpenAPI) and the pages' forms
// (parseForm converts the strings). Ranges that deserve a sentence of their own (a score outside 1–7, a negative
// attendance, a date in the future) are left to the commands, whose refusals name the rule.
import { Type } from '@sinclair/typebox';
import { ADOPTION_STATUSES, PLATFORMS } from '../pillars.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Day = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: `${description} (YYYY-MM-DD, a date in Chile, not in the future)` });
const Cut = Type.String({ pattern: '^\\d{5}$', description: '5-digit CUT of a comuna of the region' });

export const RegionParams = Type.Object({ region: Type.String({ maxLength: 10, description: '2-digit region code, e.g. "09" (La Araucanía)' }) });
export const RecordParams = Type.Object({ region: RegionParams.properties.region, cut: Type.String({ maxLength: 10 }) });

export const StatusFields = {
  platform: literals(PLATFORMS),
  status: literals(ADOPTION_STATUSES),
  effectiveOn: Day('The day the status took effect'),
  evidence: Type.String({ minLength: 3, maxLength: 2000, description: 'What shows it: a resolution, an email from the platform\'s team…' }),
  evidenceUrl: Type.Optional(Type.String({ maxLength: 2000, description: 'An http(s) link to the evidence' })),
};
export const StatusBody = Type.Object({ cut: Cut, ...StatusFields }, { additionalProperties: false });

export const WorkshopForm = Type.Object({
  heldOn: Day('Date of the workshop'), place: Type.String({ maxLength: 200 }), topic: Type.String({ maxLength: 300 }),
  municipalities: Type.Optional(Type.Array(Type.String({ maxLength: 10 }), { maxItems: 400 })), attendees: Type.Integer(),
});
export const VisitForm = Type.Object({ cut: Type.String({ maxLength: 10 }), visitedOn: Day('Date of the visit'), purpose: Type.String({ maxLength: 500 }) });
export const AnswerForm = Type.Object({ visitId: Type.Integer(), score: Type.Integer(), comment: Type.Optional(Type.String({ maxLength: 1000 })) });
export const ExportQuery = Type.Object({ format: Type.Optional(literals(['csv', 'json'] as const)) });
