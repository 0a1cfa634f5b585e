// /instituciones/:ref/admin/feriados — an institution's legal calendar for this year and the next (national,
// territorial and its own extra holidays, each with its law) and the form its admins use to add or remove an extra
// holiday (Ley 19.880 art. 25: feriados are inhábiles); the calendar of any year is public as JSON. Adding or removing one recomputes the open deadlines of every
// module in the same transaction (commands.ts), so calendarChanged comes from app.ts with the modules' hooks.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notFound } from '../http/errors.js';
import { parseForm, type FormResult } from '../http/form.js';
import { auditActor, canAdministerInstitution } from '../policy.js';
import { institutionFor } from '../tenancy/access.js';
import { findInstitution, type InstitutionDetail } from '../tenancy/queries.js';
import type { Translate } from '../i18n/index.js';
import { listHolidays } from './holidays.js';
import { toDayNumber, toSantiagoDate } from './calendar-date.js';
import { institutionHolidays } from './schema.js';
import { addInstitutionHoliday, removeInstitutionHoliday, type CalendarChangedHook, type HolidayInput } from './commands.js';
import { HolidaysPage, holidaysPath, type CalendarYear, type HolidayFormState } from './views.js';

const RefParams = Type.Object({ ref: Type.String({ maxLength: 100 }) });
const YearQuery = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'This year by default' })) });
const CalendarJson = Type.Array(Type.Object({
  date: Type.String({ format: 'date' }), name: Type.String(), law: Type.Union([Type.String(), Type.Null()]),
  origin: Type.Union([Type.Literal('national'), Type.Literal('territory'), Type.Literal('institution')]),
}));
const RemoveParams = Type.Object({ ref: Type.String({ maxLength: 100 }), id: Type.Integer({ minimum: 1 }) });
const HolidayForm = Type.Object({
  date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  law: Type.String({ minLength: 1, maxLength: 300 }),
});

/** The years an admin may touch: last year (a holiday declared late still moves open deadlines) to two ahead. */
const YEARS_BACK = 1;
const YEARS_AHEAD = 2;

/** The institution's calendar of a year, each day with where it comes from: national, its territory, or its own. */
async function listCalendarYear(db: Db, institution: InstitutionDetail, year: number): Promise<CalendarYear> {
  const own = await db.select({ id: institutionHolidays.id, date: institutionHolidays.date, name: institutionHolidays.name, law: institutionHolidays.law })
    .from(institutionHolidays).where(eq(institutionHolidays.institutionId, institution.id)).orderBy(asc(institutionHolidays.date));
  const territory = institution.cutCode ?? undefined;
  const national = new Set(listHolidays(year).map((h) => h.date));
  const ownByDate = new Map(own.map((h) => [h.date, h]));
  const days = listHolidays(year, { territory, extraHolidays: own }).map((h) => {
    const mine = ownByDate.get(h.date);
    return mine ? { ...h, law: mine.law, origin: 'institution' as const, id: mine.id }
      : { ...h, origin: national.has(h.date) ? 'national' as const : 'territory' as const };
  });
  return { year, days };
}

function readHolidayForm(body: unknown, t: Translate, institutionId: number, today: string): FormResult<HolidayInput> {
  const form = parseForm(HolidayForm, body, t);
  if (!form.ok) return form;
  const year = Number(form.value.date.slice(0, 4));
  const thisYear = Number(today.slice(0, 4));
  let real = true;
  try { toDayNumber(form.value.date); } catch { real = false; }
  if (!real || year < thisYear - YEARS_BACK || year > thisYear + YEARS_AHEAD) {
    return { ok: false, errors: { date: t('calendar.holidays.dateInvalid', { from: thisYear - YEARS_BACK, to: thisYear + YEARS_AHEAD }) }, values: form.value };
  }
  return { ok: true, value: { institutionId, ...form.value } };
}

export async function holidayAdminRoutes(app: FastifyInstance, { db, calendarChanged }: { db: Db; calendarChanged: readonly CalendarChangedHook[] }) {
  const administered = (request: FastifyRequest) => institutionFor(db, request, canAdministerInstitution);

  async function render(request: FastifyRequest, reply: FastifyReply, institution: InstitutionDetail, form?: HolidayFormState, status = 200) {
    const year = Number(toSantiagoDate(new Date()).slice(0, 4));
    const years = [await listCalendarYear(db, institution, year), await listCalendarYear(db, institution, year + 1)];
    return reply.html(<HolidaysPage ctx={request.view()} institution={institution} years={years} form={form} />, status);
  }

  // Public: anyone may check a deadline's computation against the calendar it was counted on.
  app.get('/api/v1/institutions/:ref/holidays', {
    schema: { summary: 'An institution\'s holidays of a year (national, territorial and its own), each with its law', tags: ['institutions'],
      params: RefParams, querystring: YearQuery, response: { 200: CalendarJson } },
  }, async (request) => {
    const institution = await findInstitution(db, (request.params as Static<typeof RefParams>).ref);
    if (!institution) throw notFound();
    const year = (request.query as Static<typeof YearQuery>).year ?? Number(toSantiagoDate(new Date()).slice(0, 4));
    return (await listCalendarYear(db, institution, year)).days.map((d) => ({ date: d.date, name: d.name, law: d.law ?? null, origin: d.origin }));
  });

  app.get('/instituciones/:ref/admin/feriados', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution } = await administered(request);
    return render(request, reply, institution);
  });

  app.post('/instituciones/:ref/admin/feriados', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution, actor } = await administered(request);
    const form = readHolidayForm(request.body, request.t, institution.id, toSantiagoDate(new Date()));
    if (!form.ok) return render(request, reply, institution, form, 422);
    const result = await db.transaction((tx) => addInstitutionHoliday(tx, form.value, auditActor(actor), calendarChanged));
    if ('refused' in result) {
      const error = result.refused === 'duplicate' ? request.t('calendar.holidays.duplicate') : request.t('calendar.holidays.alreadyHoliday', { name: result.name });
      return render(request, reply, institution, { values: request.body as Record<string, string>, errors: { date: error } }, 422);
    }
    return reply.flash('success', 'calendar.holidays.added', { date: form.value.date, name: form.value.name })
      .redirect(holidaysPath(institution.slug), 303);
  });

  app.post('/instituciones/:ref/admin/feriados/:id/eliminar', { schema: { hide: true, params: RemoveParams } }, async (request, reply) => {
    const { institution, actor } = await administered(request);
    const { id } = request.params as Static<typeof RemoveParams>;
    const removed = await db.transaction((tx) => removeInstitutionHoliday(tx, { institutionId: institution.id, id }, auditActor(actor), calendarChanged));
    if (!removed) throw notFound();
    return reply.flash('success', 'calendar.holidays.removed', { date: removed.date, name: removed.name })
      .redirect(holidaysPath(institution.slug), 303);
  });
}
