// Factories for the reviews tests: an indicator with monthly values and targets, a review written directly (the row the
// command would write), and requests as a browser (people.ts formPost) or with a bearer token.
import type { DbOrTx } from '../../../core/db/client.js';
import type { TestApp } from '../../../test-support/app.js';
import { apiTokenFor, formPost, type Browser } from '../../../test-support/people.js';
import { servicesIndicatorTargets, servicesIndicatorValues, servicesIndicators } from '../impact/schema.js';
import { servicesReviews, type Decision } from './schema.js';
import type { Phase } from '../phases.js';

export async function insertTestIndicator(db: DbOrTx, serviceId: number, opts: {
  code: string; direction?: 'up' | 'down'; values: Array<[string, number]>; targets?: Array<[string, number]>;
}) {
  const [indicator] = await db.insert(servicesIndicators).values({
    serviceId, code: opts.code, name: `Indicador ${opts.code}`, kind: 'usage', unit: 'count', direction: opts.direction ?? 'up',
  }).returning();
  if (opts.values.length) await db.insert(servicesIndicatorValues).values(opts.values.map(([month, value]) => ({ indicatorId: indicator!.id, month, value, origin: 'entered' as const })));
  if (opts.targets?.length) await db.insert(servicesIndicatorTargets).values(opts.targets.map(([month, value]) => ({ indicatorId: indicator!.id, month, value })));
  return indicator!;
}

export async function insertTestReview(db: DbOrTx, serviceId: number, r: { heldOn: string; dueOn?: string; phase?: Phase; decision?: Decision; nationalImpact?: boolean }) {
  const [row] = await db.insert(servicesReviews).values({
    serviceId, heldOn: r.heldOn, dueOn: r.dueOn ?? r.heldOn, phase: r.phase ?? 'investigacion', decision: r.decision ?? 'continue',
    evidence: 'Entrevistas con 12 usuarias.', reasons: 'La evidencia muestra un problema real.', indicators: [], nationalImpact: r.nationalImpact ?? false,
  }).returning();
  return row!;
}

export const page = (t: TestApp, url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, cookies: b?.cookies });

export const postForm = (t: TestApp, b: Browser | null, url: string, fields: Array<[string, string]>) => t.app.inject({ url, ...formPost(b, fields) });

export async function postJson(t: TestApp, url: string, b: Browser | null, payload: object) {
  const token = b ? await apiTokenFor(t, b.personId) : null;
  return t.app.inject({ method: 'POST', url, headers: token ? { authorization: `Bearer ${token}` } : {}, payload });
}

export const reviewPayload = (extra: Record<string, unknown> = {}) => ({
  heldOn: '2026-07-06', decision: 'continue', evidence: 'Doce entrevistas y un prototipo en papel probado con vecinas.', reasons: 'El problema está bien entendido.', ...extra,
});
