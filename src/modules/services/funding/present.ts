// The public JSON of a service's budget (GET /api/v1/services/{slug}/budget): explicit fields, integer pesos, no
// person ids (who recorded an entry stays in the audit log).
import { Type, type Static } from '@sinclair/typebox';
import type { ServiceBudget } from './queries.js';
import type { ServiceOrigin } from './origin.js';
import { contractPath } from './origin.js';

const Pesos = (description: string) => Type.Integer({ description: `${description}, integer pesos (CLP)` });
const Sums = { contracts: Pesos('Paid under the linked procurement contracts'), other: Pesos('Spending entries outside procurement'), total: Pesos('Both') };

export const BudgetJson = Type.Object({
  service: Type.String({ description: 'The service slug' }),
  currency: Type.Literal('CLP'),
  years: Type.Array(Type.Object({ year: Type.Integer(), ...Sums })),
  total: Type.Object(Sums),
  contracts: Type.Array(Type.Object({
    id: Type.Integer(), ocid: Type.String(), title: Type.String(), institution: Type.String(), supplier: Type.String(), grant: Type.Boolean(),
    state: Type.String(), amount: Pesos('Contract amount'), paid: Pesos('Paid to date'), url: Type.String({ description: 'The contract\'s public page' }),
  })),
  spending: Type.Array(Type.Object({
    id: Type.Integer(), year: Type.Integer(), amount: Pesos('Amount'), description: Type.String({ description: 'What it paid for and the source of the figure' }),
    budgetLine: Type.Union([Type.String({ description: 'Clasificador presupuestario line, e.g. 21.01.001' }), Type.Null()]),
  })),
  origin: Type.Union([Type.Null(), Type.Object({
    kind: Type.Union([Type.Literal('grant'), Type.Literal('proposal')], { description: 'Graduated from a grant agreement or an accepted participation proposal' }),
    id: Type.Integer(), title: Type.String(), url: Type.String(),
  })]),
});

export function presentBudget(slug: string, b: ServiceBudget, origin: ServiceOrigin | null, baseUrl: string): Static<typeof BudgetJson> {
  return {
    service: slug, currency: 'CLP', years: b.sums.years, total: b.sums.total,
    contracts: b.contracts.map((c) => ({
      id: c.id, ocid: c.ocid, title: c.title, institution: c.institutionName, supplier: c.supplierName, grant: c.callKind === 'grant',
      state: c.state, amount: c.amount, paid: c.paid, url: `${baseUrl}${contractPath(c.id)}`,
    })),
    spending: b.spending.map((s) => ({ id: s.id, year: s.year, amount: s.amount, description: s.description, budgetLine: s.budgetLine })),
    origin: origin && { kind: origin.kind, id: origin.id, title: origin.title, url: `${baseUrl}${origin.path}` },
  };
}
