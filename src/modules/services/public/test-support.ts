// Factories for the public area's tests: the rows of the other areas that light up a service's transparency box
// (an indicator with values and targets, a spending entry, a linked contract), written directly, and a registry of
// four services whose order is known by hand.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';
import { todayInChile } from '../registry/commands/checks.js';
import { servicesServices } from '../registry/schema.js';
import { insertTestIncubator, insertTestService } from '../test-support.js';
import { servicesIndicators, servicesIndicatorTargets, servicesIndicatorValues } from '../impact/schema.js';
import type { IndicatorKind } from '../impact/schema.js';
import { servicesContracts, servicesSpending } from '../funding/schema.js';
import { insertTestContract } from '../funding/test-support.js';

let counter = 0;

/** An indicator of `kind` with the given monthly values and targets ([month, value]). */
export async function insertTestIndicator(db: DbOrTx, serviceId: number, kind: IndicatorKind, values: Array<[string, number]>, targets: Array<[string, number]> = []) {
  const [indicator] = await db.insert(servicesIndicators).values({ serviceId, code: `ind-${++counter}`, name: `Indicador ${counter}`, kind, unit: 'count' }).returning();
  if (values.length) await db.insert(servicesIndicatorValues).values(values.map(([month, value]) => ({ indicatorId: indicator!.id, month, value, origin: 'entered' as const })));
  if (targets.length) await db.insert(servicesIndicatorTargets).values(targets.map(([month, value]) => ({ indicatorId: indicator!.id, month, value })));
  return indicator!;
}

export const insertTestSpending = (db: DbOrTx, serviceId: number, amount = 1_500_000) =>
  db.insert(servicesSpending).values({ serviceId, year: 2026, amount, description: 'Horas del equipo' });

export async function linkTestContract(db: DbOrTx, serviceId: number) {
  const contract = await insertTestContract(db);
  await db.insert(servicesContracts).values({ serviceId, contractId: contract.id });
  return contract;
}

/** A day `n` days before today (Santiago), for phases recent enough that no review is due yet. */
export const daysAgo = (n: number) => fromDayNumber(toDayNumber(todayInChile()) - n);

export interface RegistryFixture { permisos: number; huertos: number; becas: number; matricula: number }

/**
 * Four services whose boxes and phases are known by hand, in the registry's order:
 * permisos-en-linea 4/6 (code, budget by spending, usage, accessibility; construcción since 2025-06-02),
 * huertos-comunitarios 3/6 (code, budget by contract, impact; construcción since 2026-02-01),
 * becas-municipales 0/6 (a usage indicator without values, an impact one without targets; investigación 30 days ago),
 * matricula-escolar 0/6 (La Araucanía's regional programme, sponsored by Valdivia; investigación since 2026-03-01, review overdue).
 */
export async function insertRegistryFixture(db: DbOrTx): Promise<RegistryFixture> {
  const lab = await insertTestIncubator(db, { institution: 'temuco', slug: 'lab-temuco' });
  const programme = await insertTestIncubator(db, { institution: 'gore-la-araucania', kind: 'regional_programme', regionCode: '09', slug: 'programa-araucania' });
  const permisos = await insertTestService(db, { slug: 'permisos-en-linea', incubatorId: lab.id, repository: 'https://github.com/temuco/permisos',
    phases: [{ phase: 'investigacion', startedOn: '2025-01-10' }, { phase: 'construccion', startedOn: '2025-06-02' }] });
  await db.update(servicesServices).set({ title: 'Permisos de edificación en línea', accessibility: 'partially', leadTitle: 'Arquitecta de la DOM' })
    .where(eq(servicesServices.id, permisos.id));
  await insertTestIndicator(db, permisos.id, 'usage', [['2026-09', 120], ['2026-10', 180]]);
  await insertTestSpending(db, permisos.id);
  const huertos = await insertTestService(db, { slug: 'huertos-comunitarios', incubatorId: lab.id, repository: 'https://gitlab.com/temuco/huertos',
    phases: [{ phase: 'construccion', startedOn: '2026-02-01' }] });
  await db.update(servicesServices).set({ title: 'Huertos comunitarios', themes: ['environment'] }).where(eq(servicesServices.id, huertos.id));
  await insertTestIndicator(db, huertos.id, 'impact', [['2026-10', 12]], [['2026-12', 20]]);
  await linkTestContract(db, huertos.id);
  const becas = await insertTestService(db, { slug: 'becas-municipales', incubatorId: lab.id, phases: [{ phase: 'investigacion', startedOn: daysAgo(30) }] });
  await db.update(servicesServices).set({ title: 'Becas municipales' }).where(eq(servicesServices.id, becas.id));
  await insertTestIndicator(db, becas.id, 'usage', []);
  await insertTestIndicator(db, becas.id, 'impact', [['2026-10', 3]]);
  const matricula = await insertTestService(db, { slug: 'matricula-escolar', incubatorId: programme.id, sponsors: ['valdivia'],
    phases: [{ phase: 'investigacion', startedOn: '2026-03-01' }] });
  await db.update(servicesServices).set({ title: 'Matrícula escolar sin filas', userTypes: ['schools'] }).where(eq(servicesServices.id, matricula.id));
  return { permisos: permisos.id, huertos: huertos.id, becas: becas.id, matricula: matricula.id };
}
