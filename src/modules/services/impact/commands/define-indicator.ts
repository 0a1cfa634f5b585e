// Defining and editing an indicator: its code (the CSV column value and the API key, so a slug: lower-case letters,
// digits and single hyphens), name, kind, unit, direction and method. Refused with nothing written (InvalidField on
// the field at fault) when the code is malformed, taken in the service or reserved by a page path, or when a new
// unit would make recorded values or targets invalid (a series of counts in the thousands is not a share).
import { and, eq, max, ne } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { servicesIndicatorTargets, servicesIndicatorValues, servicesIndicators, type Direction, type IndicatorKind, type IndicatorUnit } from '../schema.js';
import { valueProblem } from '../series.js';
import type { IndicatorRow } from '../queries.js';

export interface IndicatorInput {
  code: string; name: string; description?: string; kind: IndicatorKind; unit: IndicatorUnit; direction: Direction; method?: string;
}

export const CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CODE_MAX = 40;
/** /servicios/{slug}/indicadores/mes and …/importar are pages: an indicator so named could not have its own. */
const RESERVED_CODES = new Set(['mes', 'importar']);

function checkFields(input: IndicatorInput) {
  const code = input.code.trim();
  if (!CODE_PATTERN.test(code) || code.length < 2 || code.length > CODE_MAX) throw new InvalidField('code', 'services.impact.error.code');
  if (RESERVED_CODES.has(code)) throw new InvalidField('code', 'services.impact.error.codeReserved');
  const name = input.name.trim();
  if (name.length < 3 || name.length > 120) throw new InvalidField('name', 'services.impact.error.name');
  return { code, name, description: (input.description ?? '').trim(), kind: input.kind, unit: input.unit, direction: input.direction, method: (input.method ?? '').trim() };
}

async function checkCodeFree(tx: Tx, serviceId: number, code: string, exceptId?: number) {
  const [taken] = await tx.select({ id: servicesIndicators.id }).from(servicesIndicators)
    .where(and(eq(servicesIndicators.serviceId, serviceId), eq(servicesIndicators.code, code), exceptId ? ne(servicesIndicators.id, exceptId) : undefined));
  if (taken) throw new InvalidField('code', 'services.impact.error.codeTaken');
}

export async function defineIndicator(tx: Tx, service: ServiceRecord, input: IndicatorInput, actor: AuditActor): Promise<IndicatorRow> {
  const fields = checkFields(input);
  await checkCodeFree(tx, service.id, fields.code);
  const [last] = await tx.select({ p: max(servicesIndicators.position) }).from(servicesIndicators).where(eq(servicesIndicators.serviceId, service.id));
  const [row] = await tx.insert(servicesIndicators).values({ ...fields, serviceId: service.id, position: (last?.p ?? -1) + 1 }).returning();
  await appendAudit(tx, {
    actor, institutionId: service.incubator.institutionId, action: 'services.indicator.define', resourceType: 'service_indicator', resourceId: row!.id,
    summary: { slug: service.slug, ...fields }, public: true,
  });
  return row!;
}

export async function editIndicator(tx: Tx, service: ServiceRecord, current: IndicatorRow, input: IndicatorInput, actor: AuditActor): Promise<IndicatorRow> {
  const fields = checkFields(input);
  if (fields.code !== current.code) await checkCodeFree(tx, service.id, fields.code, current.id);
  if (fields.unit !== current.unit) {
    const values = await tx.select({ value: servicesIndicatorValues.value }).from(servicesIndicatorValues).where(eq(servicesIndicatorValues.indicatorId, current.id));
    const targets = await tx.select({ value: servicesIndicatorTargets.value }).from(servicesIndicatorTargets).where(eq(servicesIndicatorTargets.indicatorId, current.id));
    if ([...values, ...targets].some((v) => valueProblem(fields.unit, v.value))) throw new InvalidField('unit', 'services.impact.error.unitValues');
  }
  const [row] = await tx.update(servicesIndicators).set(fields).where(eq(servicesIndicators.id, current.id)).returning();
  const changed = Object.fromEntries(Object.entries(fields).filter(([k, v]) => current[k as keyof typeof fields] !== v));
  await appendAudit(tx, {
    actor, institutionId: service.incubator.institutionId, action: 'services.indicator.edit', resourceType: 'service_indicator', resourceId: current.id,
    summary: { slug: service.slug, code: current.code, changed }, public: true,
  });
  return row!;
}
