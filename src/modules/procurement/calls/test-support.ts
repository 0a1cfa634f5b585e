// Factories for the calls area's tests: a valid call (one lot, a calendar relative to `at`, criteria summing to 100)
// as the rules read it and as the API's JSON body, and UTM values that are made up for tests, never official figures.
import type { TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import type { CallInput, LotInput } from './rules.js';
import { procurementUtmValues } from './schema.js';

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;
const dayAfter = (at: Date, days: number) => toSantiagoDate(new Date(at.getTime() + days * DAY));

export function validLot(at = new Date(), over: Partial<LotInput> = {}): LotInput {
  return {
    title: 'Desarrollo del portal de trámites', description: '', budgetAmount: 30_000_000, regionCode: '09', category: 'software-development',
    questionsUntil: new Date(at.getTime() + 5 * DAY), bidsUntil: new Date(at.getTime() + 10 * DAY), awardBy: dayAfter(at, 20),
    deliveryStart: dayAfter(at, 30), deliveryEnd: dayAfter(at, 200), admitCount: 2, budgetLine: null, ...over,
  };
}

export function validCall(at = new Date(), over: Partial<CallInput> = {}): CallInput {
  return {
    kind: 'single_tender', title: 'Servicios de desarrollo ágil', description: 'Dos lotes de desarrollo.', maxLotsBid: null, maxLotsWon: null, standstillDays: 5,
    lots: [validLot(at)],
    criteria: [
      { kind: 'price', name: 'Precio', description: '', weight: 40, minScore: null },
      { kind: 'technical', name: 'Propuesta técnica', description: '', weight: 40, minScore: 50 },
      { kind: 'local', name: 'Arraigo local', description: '', weight: 20, minScore: null },
    ],
    ...over,
  };
}

/** The API body of a call (instants as ISO strings). */
export function callBody(institution = 'temuco', input: CallInput = validCall()) {
  return { institution, ...input, lots: input.lots.map((l) => ({ ...l, questionsUntil: l.questionsUntil.toISOString(), bidsUntil: l.bidsUntil.toISOString() })) };
}

/** A made-up UTM for tests (clearly not an official SII figure). */
export const TEST_UTM_PESOS = 50_000;
export async function setTestUtm(t: TestApp, month: string, pesos = TEST_UTM_PESOS) {
  await t.database.db.insert(procurementUtmValues).values({ month, pesos, source: 'valor inventado para pruebas' })
    .onConflictDoUpdate({ target: procurementUtmValues.month, set: { pesos } });
}

/** An API request with a bearer token of this actor kind (null: anonymous). */
export async function tokenOf(t: TestApp, kind: ActorKind): Promise<string | null> {
  const b = await ACTORS[kind](t);
  return b ? apiTokenFor(t, b.personId) : null;
}
export const api = (t: TestApp, method: 'GET' | 'POST', url: string, token: string | null, payload?: object) =>
  t.app.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(payload ? { payload } : {}) });

/** A draft created through the API; throws with the body when refused. */
export async function createCallVia(t: TestApp, token: string, input: CallInput = validCall(), institution = 'temuco') {
  const res = await api(t, 'POST', '/api/v1/procurement/calls', token, callBody(institution, input));
  if (res.statusCode !== 201) throw new Error(`call not created: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; ocid: string; state: string; lots: Array<{ id: number; number: number; questionsUntil: string; bidsUntil: string }> };
}
