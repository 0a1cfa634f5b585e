// The fields of the contract and call-off forms and API bodies: one TypeBox definition each, for validation, types and
// the OpenAPI docs (DESIGN.md convention 6). Rules beyond the shape (sums, dates within periods) live in the commands.
import { Type } from '@sinclair/typebox';
import { CALL_OFF_METHODS } from './schema.js';

const DAY = '^\\d{4}-\\d{2}-\\d{2}$';
const Day = (description: string) => Type.String({ pattern: DAY, description: `${description} (YYYY-MM-DD, America/Santiago)` });
const Pesos = (description: string) => Type.Integer({ minimum: 1, maximum: 9_000_000_000_000, description: `${description}, integer pesos` });
const Id = Type.Integer({ minimum: 1 });
const BudgetLine = Type.String({ maxLength: 20, description: 'Clasificador gasto line, e.g. 22.11.003' });
export const Reason = Type.String({ minLength: 3, maxLength: 5000 });

export const ContractFields = {
  title: Type.String({ minLength: 3, maxLength: 300 }),
  amount: Pesos('The contract\'s amount (≤ the award; a framework agreement\'s ≤ the lot budget; a call-off\'s ≤ its amount)'),
  periodStart: Day('First day'),
  periodEnd: Day('Last day, within the lot\'s delivery period'),
  budgetLine: Type.Optional(BudgetLine),
  incubatorRef: Type.Optional(Type.String({ maxLength: 500, description: 'Grant agreements only: URL or slug of the initiative in the incubator' })),
};
export const SignTarget = { awardId: Type.Optional(Id), callOffId: Type.Optional(Id) };

export const MilestoneFields = {
  title: Type.String({ minLength: 3, maxLength: 300 }),
  dueOn: Day('Due date'),
  amount: Type.Optional(Pesos('What falls due when it is met')),
};
export const MeetFields = { metOn: Day('Day it was met (not in the future)') };
export const PaymentFields = {
  amount: Pesos('Amount paid'),
  paidOn: Day('Day paid (not in the future, not before signing)'),
  milestoneId: Type.Optional(Id),
  budgetLine: Type.Optional(BudgetLine),
};

export const CallOffFields = {
  lotId: Id,
  title: Type.String({ minLength: 3, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  method: Type.Union(CALL_OFF_METHODS.map((m) => Type.Literal(m))),
  maxAmount: Pesos('The most it may cost (direct: its amount)'),
  supplierId: Type.Optional(Id),
};
export const QuoteFields = { supplierId: Id, amount: Pesos('The quote') };
export const DAY_PATTERN = DAY;
