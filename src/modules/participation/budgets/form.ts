// The budget forms: a project idea (schema-checked like every form, the cost in whole pesos) and the ballot — the
// marked projects ("choice", one value per checkbox) or, on cumulative ballots, one points field per project
// ("p<option id>"); what a ballot means is checked by the votes machinery (votes/budget-ballot.ts), not here.
import { Type } from '@sinclair/typebox';
import { parseForm, type FormResult } from '../../../core/http/form.js';
import type { Translate } from '../../../core/i18n/index.js';
import type { VoteWithOptions } from '../votes/queries.js';
import type { CreateProjectInput } from './commands/create-project.js';

const ProjectForm = Type.Object({
  title: Type.String({ minLength: 3, maxLength: 200 }),
  description: Type.String({ minLength: 10, maxLength: 10_000 }),
  /** Pesos as people write them: "12.500.000" or "12500000". */
  cost: Type.String({ pattern: '^\\$?\\s*[0-9]{1,3}([.]?[0-9]{3}){0,4}$' }),
  location: Type.Optional(Type.String({ maxLength: 300 })),
  category: Type.Optional(Type.String({ maxLength: 100 })),
  district: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })),
});

export function readProjectForm(body: unknown, t: Translate): FormResult<Omit<CreateProjectInput, 'budgetId' | 'institutionId'>> {
  const form = parseForm(ProjectForm, body, t);
  if (!form.ok) return form;
  const f = form.value;
  return { ok: true, value: { title: f.title, description: f.description, cost: BigInt(f.cost.replace(/[^0-9]/g, '')), location: f.location ?? '',
    comunaCode: null, category: f.category ?? '', district: f.district ?? null } };
}

export interface BallotInput { choices: number[]; points?: number[]; raw?: Record<number, string> }

export function readBallotForm(body: unknown, vote: VoteWithOptions): BallotInput {
  const fields = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (vote.ballotRule?.kind === 'cumulative') {
    const raw: Record<number, string> = {};
    const given = vote.options.flatMap((o) => {
      const text = typeof fields[`p${o.id}`] === 'string' ? (fields[`p${o.id}`] as string).trim() : '';
      raw[o.id] = text;
      return text === '' || text === '0' ? [] : [{ id: o.id, points: /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN }];
    });
    return { choices: given.map((g) => g.id), points: given.map((g) => g.points), raw };
  }
  const values = ([] as unknown[]).concat(fields.choice ?? []);
  return { choices: values.map((v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : 0)) };
}
