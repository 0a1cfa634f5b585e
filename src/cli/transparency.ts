// `cabildo transparency deadline --filed <ISO date-time> [--institution SLUG|CUT] [--json]`: the legal clock of an
// information request filed at that instant (Ley 20.285 arts. 14 and 24), on the national calendar or on an
// institution's (its territory's holidays and its extra ones), with the holidays it skipped. The same computation as
// the request pages (modules/transparency/requests/clock.ts), so the command can check a page by hand.
import { findInstitution } from '../core/tenancy/queries.js';
import { findInstitutionCalendar, type CalendarOptions, type SkippedDay } from '../core/calendar/index.js';
import { fromSantiagoLocal } from '../core/i18n/santiago-time.js';
import { computeClock, type ClockResult } from '../modules/transparency/requests/clock.js';
import { parseOptions, requireOption } from './args.js';
import { withDatabase } from './database.js';
import { EXIT, UsageError } from './errors.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})(T(\d{2}:\d{2}))?$/;

/** A real calendar date: Date rolls 2025-02-30 over to 2 March, so only a date that reads back the same is one. */
const isRealDate = (date: string) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

/** An instant with its offset, or a Santiago wall-clock time ('2025-04-17T15:00'), or a bare date (noon in Santiago). */
export function parseFiled(value: string): Date {
  const v = value.trim();
  const local = LOCAL.exec(v);
  const at = !isRealDate(v.slice(0, 10)) ? null
    : ISO_INSTANT.test(v) ? new Date(v)
      : local ? fromSantiagoLocal(`${local[1]}T${local[3] ?? '12:00'}`) : null;
  if (!at || Number.isNaN(at.getTime())) {
    throw new UsageError(`--filed must be an ISO date-time such as 2025-04-17T15:00:00-04:00 (or 2025-04-17T15:00 in Santiago), not "${value}"`);
  }
  return at;
}

export type DeadlineReport = {
  receivedOn: string; dueOn: string; extendedDueOn: string; appealUntil: string; appealUntilAfterExtension: string;
  skippedHolidays: Array<{ date: string; name: string; law?: string }>;
};

/** The clock without and with the extension (an extension recorded at filing gives the same dates as any later one). */
export function computeDeadline(filedAt: Date, calendar: CalendarOptions): DeadlineReport {
  const filed = { kind: 'filed' as const, at: filedAt, author: 'requester' as const, data: {} };
  const plain = computeClock([filed], calendar);
  const extended = computeClock([filed, { kind: 'extended', at: filedAt, author: 'official', data: { reasons: '-' } }], calendar);
  const days = (c: ClockResult): SkippedDay[] => [...c.receiptSkipped, ...c.dueSkipped, ...c.extensionSkipped, ...(c.appeal?.skipped ?? [])];
  const holidays = new Map<string, { date: string; name: string; law?: string }>();
  for (const d of [...days(plain), ...days(extended)]) {
    if (d.reason === 'holiday') holidays.set(d.date, { date: d.date, name: d.name, ...(d.law ? { law: d.law } : {}) });
  }
  return {
    receivedOn: plain.receivedOn, dueOn: plain.dueOn!, extendedDueOn: extended.extendedDueOn!,
    appealUntil: plain.appeal!.until, appealUntilAfterExtension: extended.appeal!.until,
    skippedHolidays: [...holidays.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

const longDate = new Intl.DateTimeFormat('es-CL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const es = (date: string) => longDate.format(new Date(`${date}T12:00:00Z`));

function describeDeadline(r: DeadlineReport, where: string): string {
  const line = (label: string, date: string) => `  ${label.padEnd(48)} ${es(date)} (${date})`;
  return [
    `Plazos de una solicitud de acceso a la información (Ley 20.285), calendario: ${where}`,
    line('Recepción:', r.receivedOn),
    line('Plazo de respuesta (20 días hábiles, art. 14):', r.dueOn),
    line('Con prórroga (10 días hábiles más):', r.extendedDueOn),
    line('Amparo sin respuesta (15 días hábiles, art. 24):', r.appealUntil),
    line('Amparo sin respuesta tras la prórroga:', r.appealUntilAfterExtension),
    `  Feriados descontados:${r.skippedHolidays.length ? '' : ' ninguno'}`,
    ...r.skippedHolidays.map((h) => `    ${h.date}  ${h.name}${h.law ? ` (${h.law})` : ''}`),
    '',
  ].join('\n');
}

export async function transparencyDeadline(args: string[]): Promise<number> {
  const values = parseOptions(args, { filed: { type: 'string' }, institution: { type: 'string' }, json: { type: 'boolean' } });
  const filedAt = parseFiled(requireOption(values.filed, 'filed'));
  const ref = values.institution?.trim();
  const { calendar, where } = ref
    ? await withDatabase(async (db) => {
      const institution = await findInstitution(db, ref);
      if (!institution) throw new UsageError(`no institution "${ref}": use its slug (temuco) or CUT code (09101, 13)`);
      return { calendar: await findInstitutionCalendar(db, institution.id), where: institution.name };
    })
    : { calendar: {}, where: 'nacional' };
  const report = computeDeadline(filedAt, calendar);
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : describeDeadline(report, where));
  return EXIT.ok;
}
