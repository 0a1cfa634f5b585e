// The public JSON of participatory budgets (DESIGN.md rule 5): explicit fields; money as decimal strings of integer
// pesos (JSON numbers lose bigint precision); authors and reviewers by display name only; held projects never.
import { Type } from '@sinclair/typebox';
import type { Budget, Project, StoredResult } from './queries.js';

const Money = Type.String({ description: 'Integer pesos' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const BudgetJson = Type.Object({
  id: Type.Integer(), institutionId: Type.Integer(), processId: Type.Integer(), title: Type.String(), description: Type.String(), total: Money,
  districts: Type.Array(Type.Object({ code: Type.String({ description: 'Comuna CUT code' }), amount: Money })),
  stages: Type.Object({ ideas: Type.String(), review: Type.String(), voting: Type.String(), results: Type.String() }),
  ballot: Type.Object({ kind: Type.String(), minProjects: Type.Union([Type.Integer(), Type.Null()]), maxProjects: Type.Union([Type.Integer(), Type.Null()]),
    minSpend: Nullable(Money), points: Type.Union([Type.Integer(), Type.Null()]) }),
  tally: Type.Object({ rule: Type.String(), utilities: Type.String(), completion: Type.String() }),
  votes: Type.Array(Type.Object({ district: Type.String({ description: 'Empty when the budget is not split' }), voteId: Type.Integer() })),
});

export function presentBudget(b: Budget, votes: Array<{ district: string; voteId: number }>) {
  return {
    id: b.id, institutionId: b.institutionId, processId: b.processId, title: b.title, description: b.description, total: b.total.toString(), districts: b.districts,
    stages: { ideas: b.ideasAt.toISOString(), review: b.reviewAt.toISOString(), voting: b.votingAt.toISOString(), results: b.resultsAt.toISOString() },
    ballot: { kind: b.ballotKind, minProjects: b.minProjects, maxProjects: b.maxProjects, minSpend: b.minSpend?.toString() ?? null, points: b.points },
    tally: { rule: b.rule, utilities: b.utilities, completion: b.completion },
    votes: votes.map((v) => ({ district: v.district, voteId: v.voteId })),
  };
}

export const ProjectJson = Type.Object({
  id: Type.Integer(), budgetId: Type.Integer(), title: Type.String(), description: Type.String(), cost: Money, reviewedCost: Nullable(Money),
  location: Type.String(), comunaCode: Nullable(Type.String()), category: Type.String(), district: Nullable(Type.String()),
  author: Nullable(Type.String({ description: 'Display name' })), review: Type.Union([Type.Literal('pending'), Type.Literal('feasible'), Type.Literal('unfeasible')]),
  answer: Nullable(Type.String()), createdAt: Type.String(),
  history: Type.Array(Type.Object({ verdict: Type.String(), cost: Money, answer: Type.String(), reviewer: Type.String(), reviewedAt: Type.String() })),
});

type Review = { projectId: number; verdict: string; cost: bigint; answer: string; reviewer: string; reviewedAt: Date };

export function presentProject(p: Project, reviews: Review[]) {
  return {
    id: p.id, budgetId: p.budgetId, title: p.title, description: p.description, cost: p.cost.toString(), reviewedCost: p.reviewedCost?.toString() ?? null,
    location: p.location, comunaCode: p.comunaCode, category: p.category, district: p.district, author: p.authorName, review: p.verdict ?? 'pending',
    answer: p.answer, createdAt: p.createdAt.toISOString(),
    history: reviews.filter((r) => r.projectId === p.id).map((r) => ({ verdict: r.verdict, cost: r.cost.toString(), answer: r.answer, reviewer: r.reviewer, reviewedAt: r.reviewedAt.toISOString() })),
  };
}

export const ResultJson = Type.Object({
  district: Type.String(), kind: Type.Union([Type.Literal('computed'), Type.Literal('override')]), rule: Type.String(),
  options: Type.Object({ utilities: Type.Optional(Type.String()), completion: Type.Optional(Type.String()) }),
  selected: Type.Array(Type.Integer(), { description: 'Project ids, in the order funded' }), cost: Money,
  explanation: Type.Unknown({ description: 'The tally library\'s explanation: funded and unfunded projects with the reason, and the equal shares' }),
  justification: Nullable(Type.String()), computedAt: Type.String(),
});
export const ResultsJson = Type.Object({ budgetId: Type.Integer(), rule: Type.String(), results: Type.Array(ResultJson) });

export function presentResult(r: StoredResult) {
  return {
    district: r.district, kind: r.kind, rule: r.rule, options: r.options, selected: r.selected, cost: r.cost.toString(), explanation: r.explanation,
    justification: r.justification, computedAt: r.computedAt.toISOString(),
  };
}
