// The shapes of proposal input, one source for the API schemas, the forms and their messages (DESIGN.md convention 6).
import { Type } from '@sinclair/typebox';
import { PROPOSAL_CATEGORIES } from './schema.js';
import { ANSWERS, PROPOSAL_STATES } from './lifecycle.js';
import { PROPOSAL_SORTS } from './queries.js';
import { VERIFICATION_LEVELS } from '../../../core/policy.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const ProposalFields = {
  title: Type.String({ minLength: 10, maxLength: 150 }),
  body: Type.String({ minLength: 30, maxLength: 6000 }),
  category: literals(PROPOSAL_CATEGORIES),
  association: Type.Optional(Type.String({ maxLength: 150, description: 'The association the author proposes for (e.g. a junta de vecinos), if any' })),
};

export const AnswerFields = {
  answer: literals(ANSWERS),
  text: Type.String({ minLength: 20, maxLength: 6000, description: 'The reasons, required (issue 5: a reasoned answer)' }),
  estimatedCost: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', maxLength: 15, description: 'Integer pesos (CLP)' })),
};

export const ListFields = {
  state: Type.Optional(literals(PROPOSAL_STATES)),
  category: Type.Optional(literals(PROPOSAL_CATEGORIES)),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  sort: Type.Optional(literals(PROPOSAL_SORTS)),
};

export const SettingsBody = Type.Object({
  supportThreshold: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
  createLevel: Type.Optional(literals(VERIFICATION_LEVELS)),
  supportLevel: Type.Optional(literals(VERIFICATION_LEVELS)),
}, { additionalProperties: false });

/** "1.500.000" or "1500000" as typed in Chile → bigint pesos. */
export const parseCost = (v: string | undefined) => (v ? BigInt(v.replace(/\./g, '')) : null);
