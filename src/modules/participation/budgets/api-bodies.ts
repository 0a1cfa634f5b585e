// The JSON bodies of the budget API and what they become: a new budget (checked by validation.ts) and a project.
import { Type, type Static } from '@sinclair/typebox';
import type { HttpError } from '../../../core/http/errors.js';
import { BUDGET_BALLOT_KINDS } from '../votes/schema.js';
import { TALLY_RULES } from './schema.js';
import { COMPLETIONS, UTILITIES } from './tally/index.js';
import { checkNewBudget } from './validation.js';
import type { CreateBudgetInput } from './commands/create-budget.js';
import type { CreateProjectInput } from './commands/create-project.js';

const Pesos = (description: string) => Type.String({ pattern: '^[0-9]{1,15}$', description: `${description}, integer pesos` });
const Cut = Type.String({ pattern: '^[0-9]{5}$', description: 'Comuna CUT code' });
const Literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const BudgetBody = Type.Object({
  process: Type.Integer({ minimum: 1, description: 'The process this budget is a component of' }),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 10_000 })),
  total: Pesos('The whole budget'),
  districts: Type.Optional(Type.Array(Type.Object({ code: Cut, amount: Pesos('This district\'s share') }), { maxItems: 400 })),
  ideasAt: Type.String({ format: 'date-time' }),
  reviewAt: Type.String({ format: 'date-time' }),
  votingAt: Type.String({ format: 'date-time' }),
  resultsAt: Type.String({ format: 'date-time' }),
  ballot: Type.Object({
    kind: Literals(BUDGET_BALLOT_KINDS),
    minProjects: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    maxProjects: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    minSpend: Type.Optional(Pesos('Knapsack: the least a ballot must spend')),
    points: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Cumulative: points per ballot' })),
  }, { additionalProperties: false }),
  rule: Literals(TALLY_RULES),
  utilities: Type.Optional(Literals(UTILITIES)),
  completion: Type.Optional(Literals(COMPLETIONS)),
}, { additionalProperties: false });

export function budgetInput(b: Static<typeof BudgetBody>, institutionId: number): CreateBudgetInput | HttpError {
  const shape = {
    total: BigInt(b.total), districts: b.districts ?? [], ideasAt: new Date(b.ideasAt), reviewAt: new Date(b.reviewAt), votingAt: new Date(b.votingAt),
    resultsAt: new Date(b.resultsAt), ballotKind: b.ballot.kind, minProjects: b.ballot.minProjects, maxProjects: b.ballot.maxProjects,
    minSpend: b.ballot.minSpend === undefined ? undefined : BigInt(b.ballot.minSpend), points: b.ballot.points, rule: b.rule, completion: b.completion,
  };
  const problem = checkNewBudget(shape);
  if (problem) return problem;
  return {
    ...shape, institutionId, processId: b.process, title: b.title.trim(), description: (b.description ?? '').trim(),
    minProjects: shape.minProjects ?? null, maxProjects: shape.maxProjects ?? null, minSpend: shape.minSpend ?? null, points: shape.points ?? null,
    utilities: b.utilities ?? (b.ballot.kind === 'cumulative' ? 'approval' : 'cost'), completion: b.completion ?? 'add1',
  };
}

export const ProjectBody = Type.Object({
  title: Type.String({ minLength: 3, maxLength: 200 }),
  description: Type.String({ minLength: 10, maxLength: 10_000 }),
  cost: Pesos('Estimated cost'),
  location: Type.Optional(Type.String({ maxLength: 300 })),
  comunaCode: Type.Optional(Cut),
  category: Type.Optional(Type.String({ maxLength: 100 })),
  district: Type.Optional(Cut),
}, { additionalProperties: false });

export const projectInput = (b: Static<typeof ProjectBody>): Omit<CreateProjectInput, 'budgetId' | 'institutionId'> => ({
  title: b.title.trim(), description: b.description.trim(), cost: BigInt(b.cost), location: (b.location ?? '').trim(), comunaCode: b.comunaCode ?? null,
  category: (b.category ?? '').trim(), district: b.district ?? null,
});
