// The institution's holidays page: each year's feriados with their origin and law, and for its admins the form to add
// an extra holiday and a button to remove one (holidays are removed, not edited: a removal and an addition are two
// audited calendar changes, each recomputing the open deadlines).
import type { ViewContext } from '../views/context.js';
import { Layout } from '../views/layout.js';
import { Table } from '../views/components/table.js';
import { Button, ErrorSummary, Field, Form, PostButton } from '../views/components/form.js';
import type { Locale } from '../i18n/index.js';
import type { InstitutionDetail } from '../tenancy/queries.js';
import type { Holiday } from './holidays.js';

export const holidaysPath = (slug: string) => `/instituciones/${slug}/admin/feriados`;

export type CalendarDay = Holiday & ({ origin: 'national' | 'territory' } | { origin: 'institution'; id: number });
export interface CalendarYear { year: number; days: CalendarDay[] }
export interface HolidayFormState { values: Record<string, string>; errors?: Record<string, string> }

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
/**
 * "lun, 7 jun" (the year is in the table's caption), short enough for a phone: a calendar date is a day, not an
 * instant, so it is formatted in UTC to stay that day.
 */
function formatDay(date: string, locale: Locale) {
  let f = dayFormats.get(locale);
  if (!f) dayFormats.set(locale, f = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }));
  return f.format(new Date(`${date}T00:00:00Z`));
}

export function HolidaysPage({ ctx, institution: i, years, form = { values: {} } }: {
  ctx: ViewContext; institution: InstitutionDetail; years: CalendarYear[]; form?: HolidayFormState;
}) {
  const { t } = ctx;
  const base = holidaysPath(i.slug);
  const labels = { date: t('calendar.holidays.date'), name: t('calendar.holidays.name'), law: t('calendar.holidays.law') };
  return (
    <Layout ctx={ctx} title={t('calendar.holidays.title')} institution={i}
      breadcrumbs={[{ href: '/instituciones', label: t('institutions.title') }, { href: `/instituciones/${i.slug}`, label: i.name }, { label: t('calendar.holidays.title') }]}>
      <h1>{t('calendar.holidays.title')}</h1>
      <p class="lead">{t('calendar.holidays.lead', { name: i.name })}</p>
      <p>{t('calendar.holidays.recompute')} <a href={`/auditoria?institution=${i.slug}&resource=institution_holiday`}>{t('calendar.holidays.history')}</a></p>
      {years.map(({ year, days }) => (
        <Table ctx={ctx} caption={t('calendar.holidays.caption', { year, count: days.length })} rows={days} columns={[
          { header: labels.date, cell: (d) => <time dateTime={d.date}>{formatDay(d.date, ctx.locale)}</time>, rowHeader: true },
          { header: t('calendar.holidays.holiday'), cell: (d) => <>
            {d.name}
            <span class="cell-note">{[t(`calendar.holidays.origin.${d.origin}`), d.law].filter(Boolean).join(' · ')}</span>
          </> },
          ...(days.some((d) => d.origin === 'institution') ? [{ header: t('calendar.holidays.actions'), cell: (d: CalendarDay) => (d.origin === 'institution'
            ? <PostButton ctx={ctx} action={`${base}/${d.id}/eliminar`} label={t('calendar.holidays.remove', { date: d.date })} />
            : '') }] : []),
        ]} />
      ))}
      <h2>{t('calendar.holidays.add')}</h2>
      <p>{t('calendar.holidays.addLead')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={base}>
        <Field name="date" label={labels.date} hint={t('calendar.holidays.dateHint')} value={form.values.date} error={form.errors?.date} inputmode="numeric" required />
        <Field name="name" label={labels.name} hint={t('calendar.holidays.nameHint')} value={form.values.name} error={form.errors?.name} required />
        <Field name="law" label={labels.law} hint={t('calendar.holidays.lawHint')} value={form.values.law} error={form.errors?.law} required />
        <Button>{t('calendar.holidays.addButton')}</Button>
      </Form>
    </Layout>
  );
}
