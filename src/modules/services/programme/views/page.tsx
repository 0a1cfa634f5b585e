// /servicios/programa — the incubator programme in figures (issue 10 point 4): the filter (incubator, region, day)
// as a GET form, the key figures, services per phase, the yearly history, and the breakdown per incubator and per
// region; how each figure is counted is written at the end, in the words of figures.ts.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Field, Select } from '../../../../core/views/components/form.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import { launchedIn } from '../figures.js';
import { NATIONAL, type Programme } from '../queries.js';
import { PhaseBars, YearChart } from './charts.js';
import { GroupTable, PhaseTable, YearTables } from './tables.js';
import { PROGRAMME_PATH, apiHref, formatCount, formatDay, programmeHref, regionLabel, registryHref, type ProgrammeQuery } from './parts.js';
import { servicesCrumbs } from '../../crumbs.js';

export function ProgrammePage({ ctx, programme: p, query, dateError }: { ctx: ViewContext; programme: Programme; query: ProgrammeQuery; dateError?: string }) {
  const { t } = ctx;
  const title = t('services.programme.title');
  const f = p.figures;
  const year = Number(f.asOf.slice(0, 4));
  const regions = [...new Map(p.incubators.map((i) => [i.regionKey, regionLabel(ctx, i.regionKey, i.regionName)])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'es'));
  const filtered = Boolean(query.incubadora || query.region || query.fecha);
  const facts: Array<[string, number]> = [
    [t('services.programme.fact.services'), f.services], [t('services.programme.fact.live'), f.live],
    [t('services.programme.fact.launched', { year }), launchedIn(f, year)], [t('services.programme.fact.nationalImpact'), f.nationalImpact],
    [t('services.programme.fact.abandoned'), f.abandoned], [t('services.programme.fact.endedWithoutFollowUp'), f.endedWithoutFollowUp],
  ];
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={servicesCrumbs(ctx, title)}>
      <h1>{title}</h1>
      <p class="lead">{t('services.programme.lead')}</p>
      <form method="get" action={PROGRAMME_PATH} class="filters" aria-label={t('services.programme.filters')}>
        <Select name="incubadora" label={t('services.programme.filter.incubator')} value={query.incubadora}
          options={[{ value: '', label: t('services.programme.filter.allIncubators') }, ...p.incubators.map((i) => ({ value: i.slug, label: i.name }))]} />
        <Select name="region" label={t('services.programme.filter.region')} value={query.region}
          options={[{ value: '', label: t('services.programme.filter.allRegions') }, ...regions.map(([value, label]) => ({ value, label }))]} />
        <Field name="fecha" type="date" label={t('services.programme.filter.date')} hint={t('services.programme.filter.dateHint')} value={query.fecha} error={dateError} />
        <Button>{t('services.programme.filter.apply')}</Button>
        {filtered && <a href={PROGRAMME_PATH}>{t('services.programme.filter.clear')}</a>}
      </form>
      <p>{t('services.programme.asOf', { date: formatDay(ctx, f.asOf) })}</p>
      <dl class="facts svc-programme-facts">
        {facts.map(([label, n]) => <div><dt>{label}</dt><dd>{formatCount(ctx, n)}</dd></div>)}
      </dl>

      <h2 id="fases">{t('services.programme.perPhase')}</h2>
      <PhaseBars ctx={ctx} counts={f.perPhase} query={query} />
      <details class="svc-more">
        <summary>{t('services.programme.asTable')}</summary>
        <PhaseTable ctx={ctx} figures={f} query={query} />
      </details>

      <h2 id="historia">{t('services.programme.history')}</h2>
      {f.years.length === 0 ? <EmptyState>{t('services.programme.none')}</EmptyState> : <>
        <YearChart ctx={ctx} years={f.years} />
        <YearTables ctx={ctx} figures={f} />
      </>}

      <h2 id="incubadoras">{t('services.programme.perIncubator')}</h2>
      <GroupTable ctx={ctx} caption={t('services.programme.perIncubatorCaption')} header={t('services.programme.incubator')} extraHeader={t('services.programme.region')}
        total={f} rows={p.perIncubator.map((i) => ({
          name: <a href={programmeHref({ ...query, incubadora: i.slug })}>{i.name}</a>, label: i.name, registry: registryHref({ incubadora: i.slug }),
          extra: regionLabel(ctx, i.regionKey, i.regionName), figures: i.figures,
        }))} />

      <h2 id="regiones">{t('services.programme.perRegion')}</h2>
      <GroupTable ctx={ctx} caption={t('services.programme.perRegionCaption')} header={t('services.programme.region')} total={f}
        rows={p.perRegion.map((r) => {
          const name = regionLabel(ctx, r.key, r.name);
          return { name: <a href={programmeHref({ ...query, region: r.key })}>{name}</a>, label: name, registry: r.key === NATIONAL ? null : registryHref({ region: r.key }), figures: r.figures };
        })} />

      <p class="export-links">
        {t('export.label')}: <a href={programmeHref(query, `${PROGRAMME_PATH}.csv`)} download>{t('services.programme.csv')}</a> · <a href={apiHref(query)}>{t('export.json')}</a>
      </p>
      <CountingNotes ctx={ctx} />
    </Layout>
  );
}

function CountingNotes({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="como-se-cuenta">
      <h2 id="como-se-cuenta">{t('services.programme.notes')}</h2>
      <ul>
        {(['perPhase', 'history', 'live', 'launched', 'nationalImpact', 'abandoned', 'region'] as const).map((k) => <li>{t(`services.programme.note.${k}`)}</li>)}
      </ul>
    </section>
  );
}
