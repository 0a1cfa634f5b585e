// The shapes of the reviews area's input, one source for the API (TypeBox, hence OpenAPI) and the form (parseForm
// converts the strings). Rules that deserve a sentence of their own (a date after today, text of blanks, national
// impact on a local service) are the command's, whose refusals name the rule.
import { Type } from '@sinclair/typebox';
import { PageQuery } from '../../../core/http/pagination.js';
import { DECISIONS } from './schema.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 80 }) });

export const ReviewFields = {
  heldOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The day the committee met (YYYY-MM-DD, Santiago, not after today)' }),
  decision: literals(DECISIONS),
  evidence: Type.String({ maxLength: 10_000, description: "The team's account of what it learnt and measured" }),
  reasons: Type.String({ maxLength: 5_000, description: "The committee's reasons" }),
  nationalImpact: Type.Optional(Type.Boolean({ description: "The service reached national impact (only a national service in aceleración or later)" })),
  backToInvestigation: Type.Optional(Type.Boolean({ description: "With 'pivot': the service goes back to investigación" })),
};
export const ReviewForm = Type.Object(ReviewFields);
export const ReviewBody = Type.Object(ReviewFields, { additionalProperties: false });

const Format = Type.Optional(literals(['csv', 'json'] as const));
export const DuePageQuery = Type.Object({ incubadora: Type.Optional(Type.String({ maxLength: 80 })), format: Format, ...PageQuery.properties });
export const DueApiQuery = Type.Object({ incubator: Type.Optional(Type.String({ maxLength: 80, description: "An incubator's slug" })), ...PageQuery.properties });
