// `cabildo transparency deadline` in-process: the national calendar without a database, an institution's calendar
// (Arica's 7 June, an extra holiday) with one, and clear errors with exit codes for bad input.
import { beforeAll, describe, expect, it } from 'vitest';
import { useCliDataDir, runCommand } from '../test-support/cli.js';
import { withDatabase } from './database.js';
import { main } from './main.js';
import { institutionHolidays } from '../core/calendar/index.js';
import { findInstitution } from '../core/tenancy/queries.js';

useCliDataDir('transparency');

// Opening the fresh embedded database migrates it (slow on a busy machine): done once here, with Temuco's extra holiday.
beforeAll(async () => {
  await withDatabase(async (db) => {
    const temuco = await findInstitution(db, 'temuco');
    await db.insert(institutionHolidays).values({ institutionId: temuco!.id, date: '2026-11-23', name: 'Feriado por ley especial (ejemplo)', law: 'Ley especial de ejemplo' });
  });
}, 180_000);

const run = (args: string[]) => runCommand(() => main(['transparency', 'deadline', ...args]));

describe('cabildo transparency deadline', () => {
  it('prints exactly the computation as JSON: Viernes Santo 2025 on the national calendar', async () => {
    const res = await run(['--filed', '2025-04-17T15:00:00-04:00', '--json']);
    expect(res.code).toBe(0);
    // easter-2025.json: due 19 May; +10 business days (21 May skipped) 3 June; appeal 15 business days after each (20 Jun skipped).
    expect(JSON.parse(res.stdout)).toEqual({
      receivedOn: '2025-04-17', dueOn: '2025-05-19', extendedDueOn: '2025-06-03', appealUntil: '2025-06-10', appealUntilAfterExtension: '2025-06-25',
      skippedHolidays: [
        { date: '2025-04-18', name: 'Viernes Santo', law: 'Ley 2.977' }, { date: '2025-04-19', name: 'Sábado Santo', law: 'Ley 2.977' },
        { date: '2025-05-01', name: 'Día del Trabajador', law: 'Ley 19.973 art. 2' }, { date: '2025-05-21', name: 'Día de las Glorias Navales', law: 'Ley 2.977' },
        { date: '2025-06-20', name: 'Día de los Pueblos Indígenas', law: 'Ley 21.357' },
      ],
    });
    expect(Object.keys(JSON.parse(res.stdout))).toEqual(['receivedOn', 'dueOn', 'extendedDueOn', 'appealUntil', 'appealUntilAfterExtension', 'skippedHolidays']);
  });

  it('moves a weekend or holiday filing to the next business day, read in Santiago time', async () => {
    const saturday = JSON.parse((await run(['--filed', '2026-04-04T10:00', '--json'])).stdout);
    expect(saturday).toMatchObject({ receivedOn: '2026-04-06', dueOn: '2026-05-05', extendedDueOn: '2026-05-19' });
    expect(saturday.skippedHolidays[0]).toEqual({ date: '2026-04-04', name: 'Sábado Santo', law: 'Ley 2.977' });
    // 22:30 on a Friday in Santiago is already Saturday in UTC: still received that Friday.
    expect(JSON.parse((await run(['--filed', '2026-03-07T01:30:00Z', '--json'])).stdout)).toMatchObject({ receivedOn: '2026-03-06', dueOn: '2026-04-06' });
  });

  it('uses the institution\'s calendar: Arica\'s 7 June and an admin\'s extra holiday', async () => {
    const national = JSON.parse((await run(['--filed', '2024-06-03T11:00:00-04:00', '--json'])).stdout);
    const arica = JSON.parse((await run(['--filed', '2024-06-03T11:00:00-04:00', '--institution', '15101', '--json'])).stdout);
    expect([national.dueOn, arica.dueOn]).toEqual(['2024-07-02', '2024-07-03']);
    expect(arica.skippedHolidays).toContainEqual({ date: '2024-06-07', name: 'Asalto y Toma del Morro de Arica', law: 'Ley 20.663' });
    const temuco = JSON.parse((await run(['--filed', '2026-11-02T10:00', '--institution', 'temuco', '--json'])).stdout);
    expect(temuco).toMatchObject({ dueOn: '2026-12-01', appealUntil: '2026-12-23' });
    expect(temuco.skippedHolidays).toContainEqual({ date: '2026-11-23', name: 'Feriado por ley especial (ejemplo)', law: 'Ley especial de ejemplo' });
  });

  it('prints a readable summary in Spanish without --json', async () => {
    const res = await run(['--filed', '2025-09-17T12:00:00-03:00']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('calendario: nacional');
    expect(res.stdout).toMatch(/Plazo de respuesta .*viernes, 17 de octubre de 2025 \(2025-10-17\)/);
    expect(res.stdout).toContain('2025-09-18  Fiestas Patrias');
  });

  it('refuses bad input and unknown institutions with a clear message and exit code 2', async () => {
    for (const args of [[], ['--filed', 'ayer'], ['--filed', '2025-02-30T10:00:00Z'], ['--filed', '2025-04-17T25:00'], ['--filed', '2025-04-17', '--frobnicate']]) {
      const res = await run(args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toMatch(/^cabildo: .+\nRun "cabildo help" for usage\.\n$/);
    }
    const unknown = await run(['--filed', '2025-04-17T10:00', '--institution', 'atlantida']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no institution "atlantida"');
  });

  it('is listed in the help', async () => {
    const res = await runCommand(() => main(['help']));
    expect(res.stdout).toContain('transparency deadline --filed');
  });
});
