// What the funding pages and the API share: a service by slug or 404, its budget with its origin, the contracts its
// managers may still link, and a command's refusal as form errors.
import type { DbOrTx } from '../../../core/db/client.js';
import { InvalidField, notFound } from '../../../core/http/errors.js';
import type { Translate } from '../../../core/i18n/index.js';
import { findContractsForServices } from '../../procurement/index.js';
import { findServiceBySlug, type ServiceRecord } from '../registry/queries.js';
import { todayInChile } from '../registry/commands/checks.js';
import { loadServiceBudget } from './queries.js';
import { findServiceOrigin } from './origin.js';

export async function findServiceOr404(db: DbOrTx, slug: string): Promise<ServiceRecord> {
  const service = await findServiceBySlug(db, slug);
  if (!service) throw notFound();
  return service;
}

export async function loadBudgetView(db: DbOrTx, service: ServiceRecord) {
  const [budget, origin] = await Promise.all([loadServiceBudget(db, service.id), findServiceOrigin(db, service)]);
  return { budget, origin, thisYear: Number(todayInChile().slice(0, 4)) };
}

/** Contracts of the incubator's host and the sponsors not linked yet (newest first): the link form's choices. */
export async function listLinkableContracts(db: DbOrTx, service: ServiceRecord, linked: ReadonlyArray<{ id: number }>) {
  const { incubatorInstitutionId, sponsorInstitutionIds } = service.parties;
  const taken = new Set(linked.map((c) => c.id));
  const all = await findContractsForServices(db, { institutionIds: [...new Set([incubatorInstitutionId, ...sponsorInstitutionIds])], limit: 300 });
  return all.filter((c) => !taken.has(c.id));
}

/** "$1.234.567", "1234567" or "1.234.567" as integer pesos; NaN when it is not one (the command refuses it). */
export function parsePesos(text: string): number {
  const digits = text.replace(/[$\s.]/g, '');
  return /^\d{1,16}$/.test(digits) ? Number(digits) : Number.NaN;
}

/** A command's refusal as the form's errors, or null when the error is not a refusal (it is rethrown). */
export const refusal = (e: unknown, t: Translate): Record<string, string> | null => (e instanceof InvalidField ? { [e.field]: t(e.messageKey) } : null);

/** What the browser sent, as strings (a form re-rendered with its values kept). */
export const rawValues = (body: unknown) =>
  Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
