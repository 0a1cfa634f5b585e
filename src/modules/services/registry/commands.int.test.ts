// The registry's commands on a fresh database: what each refuses (422 on the field at fault) with nothing written —
// no service, phase, sponsor, team row, incubator nor audit row —, and what they write, with their audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { auditLog } from '../../../core/audit/schema.js';
import { InvalidField } from '../../../core/http/errors.js';
import { fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';
import { insertTestIncubator, insertTestService } from '../test-support.js';
import { findServiceById } from './queries.js';
import { registerService, type ServiceInput } from './commands/register-service.js';
import { updateService } from './commands/update-service.js';
import { recordPhase } from './commands/record-phase.js';
import { removePhase } from './commands/remove-phase.js';
import { createIncubator, updateIncubator, type IncubatorInput } from './commands/save-incubator.js';
import { todayInChile } from './commands/checks.js';
import { countRows } from './test-support.js';

let t: TestApp;
const ids = { temuco: 0, gore: 0, valdivia: 0, incubator: 0, lead: 0, resident: 0 };
const actor = { id: null, label: 'test' };
const TOMORROW = fromDayNumber(toDayNumber(todayInChile()) + 1);

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  for (const [k, slug] of [['temuco', 'temuco'], ['gore', 'gore-la-araucania'], ['valdivia', 'valdivia']] as const) ids[k] = (await findInstitution(db, slug))!.id;
  ids.incubator = (await insertTestIncubator(db)).id;
  ids.lead = (await signedIn(t, 'official', 'valdivia', [])).personId;
  ids.resident = (await signedIn(t)).personId;
}, 60_000);
afterAll(async () => { await t.close(); });

const input = (extra: Partial<ServiceInput> = {}): ServiceInput => ({
  slug: `s-${Math.random().toString(36).slice(2, 8)}`, title: 'Permisos en línea', mission: 'Las personas esperan semanas por un permiso.',
  incubatorId: ids.incubator, leadPersonId: ids.lead, sponsorInstitutionIds: [ids.temuco], firstPhase: { phase: 'investigacion', startedOn: '2026-01-05' }, ...extra,
});
const run = <T>(f: (tx: Parameters<Parameters<TestApp['database']['db']['transaction']>[0]>[0]) => Promise<T>) => t.database.db.transaction(f);

/** Runs a command expected to be refused on `field`, and checks nothing was written. */
async function refused(field: string, command: () => Promise<unknown>, key?: string) {
  const before = await countRows(t);
  const error = await command().then(() => null, (e: unknown) => e);
  expect(error, field).toBeInstanceOf(InvalidField);
  expect((error as InvalidField).field).toBe(field);
  if (key) expect((error as InvalidField).messageKey).toBe(key);
  expect(await countRows(t)).toEqual(before);
}

describe('registerService', () => {
  it('writes the service, its sponsors, team (blank rows dropped), first phase and a public audit row', async () => {
    const before = await countRows(t);
    const { id } = await run((tx) => registerService(tx, input({ slug: 'permisos', sponsorInstitutionIds: [ids.temuco, ids.gore, ids.temuco],
      team: [{ name: ' Ana ', role: 'Diseño' }, { name: '', role: '' }], userTypes: ['residents', 'residents'], link: 'https://permisos.example.cl' }), actor));
    const s = (await findServiceById(t.database.db, id))!;
    expect(s.sponsors.map((x) => x.id).sort()).toEqual([ids.temuco, ids.gore].sort());
    expect(s.team).toEqual([{ name: 'Ana', role: 'Diseño' }]);
    expect(s.userTypes).toEqual(['residents']);
    expect(s.current?.phase).toBe('investigacion');
    expect(await countRows(t)).toEqual({ ...before, services: before.services + 1, sponsors: before.sponsors + 2, team: before.team + 1, phases: before.phases + 1, audit: before.audit + 1 });
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'services.service.register'));
    expect(audit!.public).toBe(true);
  });

  it.each<[string, Partial<ServiceInput>, string]>([
    ['a slug with capitals', { slug: 'Permisos' }, 'slug'],
    ['a slug of a page of the incubator', { slug: 'nuevo' }, 'slug'],
    ['a slug already taken', { slug: 'permisos' }, 'slug'],
    ['a title of blanks', { title: '   ' }, 'title'],
    ['no mission', { mission: '' }, 'mission'],
    ['an unknown incubator', { incubatorId: 999_999 }, 'incubator'],
    ['a lead who is not an official', { leadPersonId: 0 }, 'leadEmail'],
    ['no sponsor', { sponsorInstitutionIds: [] }, 'sponsors'],
    ['an unknown sponsor', { sponsorInstitutionIds: [999_999] }, 'sponsors'],
    ['a team member without a role', { team: [{ name: 'Ana', role: ' ' }] }, 'team'],
    ['an unknown user type', { userTypes: ['aliens' as never] }, 'userTypes'],
    ['an unknown theme', { themes: ['magic' as never] }, 'themes'],
    ['an unknown reach', { reach: 'galactic' as never }, 'reach'],
    ['an unknown accessibility status', { accessibility: 'mostly' as never }, 'accessibility'],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'link'],
    ['a repository that is not a URL', { repository: 'github' }, 'repository'],
    ['a first phase of aceleración', { firstPhase: { phase: 'aceleracion', startedOn: '2026-01-05' } }, 'phase'],
    ['an unknown first phase', { firstPhase: { phase: 'beta' as never, startedOn: '2026-01-05' } }, 'phase'],
    ['a first phase starting tomorrow', { firstPhase: { phase: 'investigacion', startedOn: TOMORROW } }, 'startedOn'],
    ['a date that does not exist', { firstPhase: { phase: 'investigacion', startedOn: '2026-02-29' } }, 'startedOn'],
  ])('refuses %s, writing nothing', async (_, extra, field) => {
    if (extra.leadPersonId === 0) extra = { leadPersonId: ids.resident };
    await refused(field, () => run((tx) => registerService(tx, input(extra), actor)));
  });
});

describe('updateService', () => {
  it('replaces the record, sponsors and the whole team; the audit names what changed', async () => {
    const s = await insertTestService(t.database.db, { incubatorId: ids.incubator });
    await run((tx) => updateService(tx, s.id, { title: 'Nuevo nombre', mission: s.mission, leadPersonId: ids.lead, sponsorInstitutionIds: [ids.valdivia],
      team: [{ name: 'Luis', role: 'Desarrollo' }, { name: 'Eva', role: 'Diseño' }], userTypes: ['residents'], themes: ['permits'], accessibility: 'fully' }, actor));
    await run((tx) => updateService(tx, s.id, { title: 'Nuevo nombre', mission: s.mission, leadPersonId: ids.lead, sponsorInstitutionIds: [ids.valdivia],
      team: [{ name: 'Eva', role: 'Diseño' }], userTypes: ['residents'], themes: ['permits'], accessibility: 'fully' }, actor));
    const after = (await findServiceById(t.database.db, s.id))!;
    expect([after.title, after.leadPersonId, after.accessibility]).toEqual(['Nuevo nombre', ids.lead, 'fully']);
    expect(after.sponsors.map((x) => x.slug)).toEqual(['valdivia']);
    expect(after.team).toEqual([{ name: 'Eva', role: 'Diseño' }]);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'services.service.update'));
    expect(audits.map((a) => (a.summary as { changed: string[] }).changed)).toEqual([['title', 'leadPersonId', 'accessibility', 'sponsors', 'team'], ['team']]);
  });

  it('refuses a non-official lead or no sponsors, leaving the record as it was', async () => {
    const s = await insertTestService(t.database.db, { incubatorId: ids.incubator });
    const fields = { title: 'Otro', mission: s.mission, leadPersonId: ids.resident, sponsorInstitutionIds: [ids.temuco] };
    await refused('leadEmail', () => run((tx) => updateService(tx, s.id, fields, actor)));
    await refused('sponsors', () => run((tx) => updateService(tx, s.id, { ...fields, leadPersonId: ids.lead, sponsorInstitutionIds: [] }, actor)));
    expect((await findServiceById(t.database.db, s.id))!.title).toBe(s.title);
  });
});

describe('recordPhase and removePhase', () => {
  const history = [{ phase: 'investigacion' as const, startedOn: '2025-01-06' }, { phase: 'construccion' as const, startedOn: '2025-06-02' }];

  it.each<[string, { phase: string; startedOn: string }, string]>([
    ['a jump from construcción to consolidación', { phase: 'consolidacion', startedOn: '2025-09-01' }, 'services.error.phase.transition'],
    ['a second phase the same day', { phase: 'aceleracion', startedOn: '2025-06-02' }, 'services.error.phase.same_day'],
    ['a past entry that breaks the sequence', { phase: 'operado', startedOn: '2025-03-03' }, 'services.error.phase.transition'],
    ['a day after today', { phase: 'aceleracion', startedOn: TOMORROW }, 'services.error.future'],
    ['an unknown phase', { phase: 'beta', startedOn: '2025-09-01' }, 'services.error.choice'],
  ])('refuses %s, writing nothing', async (_, p, key) => {
    const s = await insertTestService(t.database.db, { incubatorId: ids.incubator, phases: history });
    await refused(key === 'services.error.future' ? 'startedOn' : 'phase', () => run((tx) => recordPhase(tx, { serviceId: s.id, ...p } as never, actor)), key);
  });

  it('accepts a valid past entry typed out of order: the current phase stays the latest', async () => {
    const s = await insertTestService(t.database.db, { incubatorId: ids.incubator, phases: [{ phase: 'construccion', startedOn: '2025-06-02' }] });
    await run((tx) => recordPhase(tx, { serviceId: s.id, phase: 'investigacion', startedOn: '2025-01-06' }, actor));
    const after = (await findServiceById(t.database.db, s.id))!;
    expect(after.phases.map((p) => p.phase)).toEqual(['investigacion', 'construccion']);
    expect(after.current?.phase).toBe('construccion');
  });

  it('refuses anything after abandonado', async () => {
    const s = await insertTestService(t.database.db, { incubatorId: ids.incubator, phases: [...history, { phase: 'abandonado', startedOn: '2025-08-04' }] });
    await refused('phase', () => run((tx) => recordPhase(tx, { serviceId: s.id, phase: 'investigacion', startedOn: '2025-10-01' }, actor)), 'services.error.phase.transition');
  });

  it('removes a mistaken phase only when the rest stays valid and non-empty', async () => {
    const s = await insertTestService(t.database.db, { incubatorId: ids.incubator,
      phases: [...history, { phase: 'aceleracion', startedOn: '2025-10-06' }] });
    const phases = (await findServiceById(t.database.db, s.id))!.phases;
    // Without construcción, investigación → aceleración is a jump the rules refuse.
    await refused('phase', () => run((tx) => removePhase(tx, { serviceId: s.id, phaseId: phases[1]!.id }, actor)), 'services.error.phase.transition');
    const before = await countRows(t);
    await run((tx) => removePhase(tx, { serviceId: s.id, phaseId: phases[2]!.id }, actor));
    expect(await countRows(t)).toEqual({ ...before, phases: before.phases - 1, audit: before.audit + 1 });
    expect((await findServiceById(t.database.db, s.id))!.current?.phase).toBe('construccion');
    await run((tx) => removePhase(tx, { serviceId: s.id, phaseId: phases[1]!.id }, actor));
    await refused('phase', () => run((tx) => removePhase(tx, { serviceId: s.id, phaseId: phases[0]!.id }, actor)), 'services.error.phase.empty');
  });

  it('answers 404 for a phase of another service', async () => {
    const a = await insertTestService(t.database.db, { incubatorId: ids.incubator });
    const b = await insertTestService(t.database.db, { incubatorId: ids.incubator, phases: history });
    const [phase] = (await findServiceById(t.database.db, a.id))!.phases;
    await expect(run((tx) => removePhase(tx, { serviceId: b.id, phaseId: phase!.id }, actor))).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('createIncubator and updateIncubator', () => {
  const programme = (extra: Partial<IncubatorInput> = {}): IncubatorInput =>
    ({ slug: `p-${Math.random().toString(36).slice(2, 8)}`, name: 'Programa regional', kind: 'regional_programme', institutionId: ids.gore, regionCode: '09', ...extra });

  it('creates a regional programme hosted by its region\'s GORE, and a lab without region', async () => {
    const before = await countRows(t);
    await run((tx) => createIncubator(tx, programme({ slug: 'govtech-09' }), actor));
    await run((tx) => createIncubator(tx, { slug: 'lab-temuco', name: 'Lab', kind: 'institution', institutionId: ids.temuco, regionCode: '' }, actor));
    expect(await countRows(t)).toEqual({ ...before, incubators: before.incubators + 2, audit: before.audit + 2 });
  });

  it.each<[string, Partial<IncubatorInput>, string]>([
    ['a programme without region', { regionCode: null }, 'regionCode'],
    ['a programme hosted by a municipality', { institutionId: 0 }, 'institution'],
    ['a programme of another region than its GORE\'s', { regionCode: '14' }, 'institution'],
    ['a lab with a region', { kind: 'institution', regionCode: '09' }, 'regionCode'],
    ['a slug already taken', { slug: 'govtech-09' }, 'slug'],
    ['a slug with spaces', { slug: 'mi lab' }, 'slug'],
    ['a name of blanks', { name: '  ' }, 'name'],
    ['an unknown kind', { kind: 'club' as never }, 'kind'],
    ['an unknown host', { institutionId: 999_999 }, 'institution'],
  ])('refuses %s, writing nothing', async (_, extra, field) => {
    if (extra.institutionId === 0) extra = { ...extra, institutionId: ids.temuco };
    await refused(field, () => run((tx) => createIncubator(tx, programme(extra), actor)));
  });

  it('edits keeping its own slug, but not taking another\'s', async () => {
    const { id } = await run((tx) => createIncubator(tx, programme({ slug: 'para-editar' }), actor));
    await run((tx) => updateIncubator(tx, id, programme({ slug: 'para-editar', name: 'Programa renombrado' }), actor));
    await refused('slug', () => run((tx) => updateIncubator(tx, id, programme({ slug: 'govtech-09' }), actor)));
  });
});
