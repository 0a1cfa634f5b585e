// The participation process that holds a service's needs backlog (proposals) and its satisfaction surveys
// (consultations): opened with the first need or survey, never before (an empty process would be noise in
// participation's lists), and at most one per service — the service's row is locked first, so two first needs racing
// find the one process the other made (services_services.needsProcessId).
//
// It belongs to the incubator's host institution, which answers for the service (policy.ts), and covers the
// territory participation accepts for that institution (processes/validation.ts checkScope): a municipality its own
// comuna, a regional government its region; a national host the incubator's region, else the first sponsor's comuna
// (or region). One phase from that day for ten years enables proposals and consultation, so needs and surveys stay
// open for the service's life; participation's own edit page can change it. The process records the person whose
// first need or survey opened it (audit: who did what, truthfully), as participation's commands do.
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { institutions } from '../../../../core/tenancy/schema.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { conflict } from '../../../../core/http/errors.js';
import { translator } from '../../../../core/i18n/index.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { createProcess, saveProposalSettings } from '../../../participation/index.js';
import { servicesServices } from '../../registry/schema.js';
import type { ServiceRecord } from '../../registry/queries.js';

/**
 * Supports of needs are a signal for the team's priorities, not a binding decision (no vote, no budget depends on
 * them), so an account with a confirmed email suffices to add and to support one (participation's default for
 * supports is a verified identity, which binding choices need). At 25 supports a need moves to "en evaluación": enough
 * people share it that the team owes an answer; it does not decide anything by itself.
 */
export const NEEDS_SETTINGS = { supportThreshold: 25, createLevel: 'email', supportLevel: 'email' } as const;
const YEARS = 10;

type Territory = { scope: 'comuna' | 'region'; scopeCode: string };
type Place = { kind: string; cutCode: string | null; regionCode: string | null };

/** The territory of the process (see the header); null when no institution of the service has one. */
export function territoryOf(host: Place, incubatorRegion: string | null, sponsors: readonly Place[]): Territory | null {
  if (host.kind === 'municipality' && host.cutCode) return { scope: 'comuna', scopeCode: host.cutCode };
  if (host.kind === 'regional_government' && host.regionCode) return { scope: 'region', scopeCode: host.regionCode };
  if (incubatorRegion) return { scope: 'region', scopeCode: incubatorRegion };
  for (const s of sponsors) {
    if (s.kind === 'municipality' && s.cutCode) return { scope: 'comuna', scopeCode: s.cutCode };
    if (s.regionCode) return { scope: 'region', scopeCode: s.regionCode };
  }
  return null;
}

export async function ensureServiceProcess(tx: Tx, service: ServiceRecord, actor: Pick<Actor, 'personId' | 'name'>, since = new Date()): Promise<number> {
  const [row] = await tx.select({ processId: servicesServices.needsProcessId }).from(servicesServices)
    .where(eq(servicesServices.id, service.id)).for('update');
  if (row?.processId) return row.processId;
  const ids = [service.incubator.institutionId, ...service.sponsors.map((s) => s.id)];
  const places = await tx.select({ id: institutions.id, kind: institutions.kind, cutCode: institutions.cutCode, regionCode: institutions.regionCode })
    .from(institutions).where(inArray(institutions.id, ids));
  const place = (id: number) => places.find((p) => p.id === id)!;
  const territory = territoryOf(place(service.incubator.institutionId), service.incubator.regionCode, service.sponsors.map((s) => place(s.id)));
  if (!territory) throw conflict('services.engagement.noTerritory');
  // The process is public content of a Chilean institution: written in Spanish, whatever the reader's language.
  const t = translator('es-CL');
  const endsAt = new Date(since);
  endsAt.setUTCFullYear(endsAt.getUTCFullYear() + YEARS);
  const institutionId = service.incubator.institutionId;
  const { process } = await createProcess(tx, {
    institutionId, ...territory,
    title: t('services.engagement.process.title', { service: service.title }),
    description: t('services.engagement.process.description', { service: service.title, mission: service.mission }),
    phases: [{ title: t('services.engagement.process.phase'), startsAt: since, endsAt, components: ['proposals', 'consultation'] }],
  }, actor);
  await saveProposalSettings(tx, { id: process.id, institutionId }, NEEDS_SETTINGS, actor);
  await tx.update(servicesServices).set({ needsProcessId: process.id }).where(eq(servicesServices.id, service.id));
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId, action: 'services.engagement.openProcess', resourceType: 'services_service',
    resourceId: service.id, public: true, summary: { processId: process.id, ...territory },
  });
  return process.id;
}
