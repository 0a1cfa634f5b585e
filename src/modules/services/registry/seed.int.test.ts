// The registry's demo seed on a fresh database with the two demo officials: the two incubators, six services whose
// histories follow the rules and whose current phases are the ones the demo tells (hand-read from seed-data.ts), the
// transparency gaps it means to show, and the slug → id map the other areas' seeds use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { createPerson } from '../../../core/auth/commands/create-person.js';
import { grantRole } from '../../../core/auth/commands/grant-role.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { checkPhaseSequence } from '../phases.js';
import { findServiceById, listIncubators } from './queries.js';
import { seedRegistryDemo, type DemoServices } from './seed.js';

let t: TestApp;
let services: DemoServices;
beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  const system = { id: null, label: 'test' };
  await db.transaction(async (tx) => {
    for (const [email, institution] of [['funcionaria.temuco@demo.cabildo.cl', 'temuco'], ['gore.araucania@demo.cabildo.cl', 'gore-la-araucania']] as const) {
      const p = await createPerson(tx, { email, name: email.split('@')[0]!, emailConfirmed: true }, system);
      await grantRole(tx, { personId: p.id, role: 'official', institutionId: (await findInstitution(tx, institution))!.id, permissions: ['services'] }, system);
    }
  });
  services = await db.transaction((tx) => seedRegistryDemo(tx));
}, 60_000);
afterAll(async () => { await t.close(); });

describe('the registry demo', () => {
  it('creates the regional programme and Temuco\'s lab, three services each', async () => {
    const incubators = await listIncubators(t.database.db);
    expect(incubators.map((i) => [i.name, i.kind, i.institutionSlug, i.regionCode, i.services])).toEqual([
      ['Incubadora GovTech Araucanía', 'regional_programme', 'gore-la-araucania', '09', 3],
      ['Laboratorio de Innovación Municipal de Temuco', 'institution', 'temuco', null, 3],
    ]);
  });

  it('gives six services at the phases the demo tells, each history valid', async () => {
    const current: Record<string, string> = {};
    for (const [slug, id] of services) {
      const s = (await findServiceById(t.database.db, id))!;
      expect(s.slug).toBe(slug);
      expect(checkPhaseSequence(s.phases), slug).toBeNull();
      current[slug] = s.current!.phase;
    }
    expect(current).toEqual({
      'permisos-edificacion-en-linea': 'aceleracion', 'asistente-postulacion-escolar': 'consolidacion', 'agenda-horas-cesfam': 'construccion',
      'retiro-voluminosos-domicilio': 'investigacion', 'patentes-comerciales-sin-papeles': 'abandonado', 'mapa-veredas-accesibles': 'investigacion_sin_continuacion',
    });
  });

  it('leaves transparency gaps in some services and none in the school-enrolment helper', async () => {
    const box = async (slug: string) => {
      const s = (await findServiceById(t.database.db, services.get(slug)!))!;
      return [s.repository, s.accessibility, s.riskAnalysisUrl].map((x) => x !== null);
    };
    expect(await box('asistente-postulacion-escolar')).toEqual([true, true, true]);
    expect(await box('agenda-horas-cesfam')).toEqual([false, false, false]);
    const school = (await findServiceById(t.database.db, services.get('asistente-postulacion-escolar')!))!;
    expect([school.reach, school.sponsors.length, school.leadName]).toEqual(['national', 4, 'gore.araucania']);
  });
});
