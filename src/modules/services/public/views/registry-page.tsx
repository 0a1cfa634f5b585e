// /servicios — the public registry of digital public services: filters in a GET form (bookmarkable, no JavaScript),
// then one card per service (cards read on a 360 px phone, where a wide table would not) with its current phase, the
// incubator, the sponsors, the lead, its reach, its Transparencia box as "4/6" with the missing items named, and the
// overdue-review flag. Services publishing more of the box come first (registry.ts).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Field, Select, type SelectOption } from '../../../../core/views/components/form.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { PHASES, currentPhase } from '../../phases.js';
import { THEMES, USER_TYPES } from '../../registry/schema.js';
import type { RegistryRow } from '../registry.js';
import { institutionPath, servicePath } from '../present.js';
import { FEED_PATH } from '../feed.js';
import { BoxCompleteness, OverdueFlag, PhaseBadge } from './parts.js';

export const REGISTRY_PATH = '/servicios';
export const FILTER_FIELDS = ['fase', 'incubadora', 'region', 'institucion', 'tema', 'usuario', 'q'] as const;
export type RegistryQuery = Partial<Record<(typeof FILTER_FIELDS)[number] | 'cursor', string>>;

export interface FilterChoices {
  incubators: SelectOption[];
  regions: SelectOption[];
  institutions: SelectOption[];
}

export function RegistryPage({ ctx, query, choices, rows, next }: {
  ctx: ViewContext; query: RegistryQuery; choices: FilterChoices; rows: RegistryRow[]; next: string | null;
}) {
  const { t } = ctx;
  const title = t('services.public.title');
  const all = (label: MessageKey): SelectOption => ({ value: '', label: t(label) });
  const filtered = FILTER_FIELDS.some((k) => query[k]);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: title }]}
      alternates={[{ href: FEED_PATH, type: 'application/atom+xml', title: t('services.public.feed.title') }]}>
      <h1>{title}</h1>
      <p class="lead">{t('services.public.intro')}</p>
      <p>
        <a href="/servicios/programa">{t('services.public.link.programme')}</a> · <a href="/servicios/incubadoras">{t('services.public.link.incubators')}</a>
        {' · '}<a href={FEED_PATH}>{t('services.public.link.feed')}</a> · <a href="/api/docs">{t('services.public.link.api')}</a>
      </p>
      {/* Folded until used, so a phone shows the services first; open while filters apply, to show which. */}
      <details class="svc-filters" open={filtered}>
      <summary>{t('services.public.filters')}</summary>
      <form method="get" action={REGISTRY_PATH} class="filters" aria-label={t('services.public.filters')}>
        <Field name="q" type="search" label={t('services.public.filter.text')} value={query.q} />
        <Select name="fase" label={t('services.public.filter.phase')} value={query.fase}
          options={[all('services.public.filter.any'), ...PHASES.map((p) => ({ value: p, label: t(`services.phase.${p}`) }))]} />
        <Select name="incubadora" label={t('services.public.filter.incubator')} value={query.incubadora} options={[all('services.public.filter.any'), ...choices.incubators]} />
        <Select name="region" label={t('services.public.filter.region')} value={query.region} options={[all('services.public.filter.any'), ...choices.regions]} />
        <Select name="institucion" label={t('services.public.filter.institution')} value={query.institucion} options={[all('services.public.filter.any'), ...choices.institutions]} />
        <Select name="tema" label={t('services.public.filter.theme')} value={query.tema}
          options={[all('services.public.filter.any'), ...THEMES.map((v) => ({ value: v, label: t(`services.theme.${v}`) }))]} />
        <Select name="usuario" label={t('services.public.filter.userType')} value={query.usuario}
          options={[all('services.public.filter.any'), ...USER_TYPES.map((v) => ({ value: v, label: t(`services.userType.${v}`) }))]} />
        <Button>{t('services.public.filter.apply')}</Button>
        {filtered && <a href={REGISTRY_PATH}>{t('services.public.filter.clear')}</a>}
      </form>
      </details>
      <p class="cell-note">{t('services.public.order')}</p>
      {rows.length === 0 ? <EmptyState>{t('services.public.empty')}</EmptyState> : (
        <ul class="card-grid svc-cards">{rows.map((r) => <ServiceCard ctx={ctx} row={r} />)}</ul>
      )}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!query.cursor} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
    </Layout>
  );
}

function ServiceCard({ ctx, row: r }: { ctx: ViewContext; row: RegistryRow }) {
  const { t } = ctx;
  const current = currentPhase(r.phases);
  return (
    <li class="card">
      <h2 class="svc-card-title"><a href={servicePath(r.slug)}>{r.title}</a></h2>
      <p>
        {current && <PhaseBadge ctx={ctx} phase={current.phase} since={current.startedOn} />}
        {r.overdue && <> <OverdueFlag ctx={ctx} /></>}
      </p>
      <dl class="svc-facts">
        <dt>{t('services.public.incubator')}</dt><dd>{r.incubator.name}</dd>
        <dt>{t('services.public.sponsors')}</dt>
        <dd>{r.sponsors.map((s, i) => <>{i > 0 && ', '}<a href={institutionPath(s.slug)}>{s.name}</a></>)}</dd>
        <dt>{t('services.public.leadOfficial')}</dt><dd>{r.leadName}</dd>
        <dt>{t('services.public.reach')}</dt><dd>{t(`services.reach.${r.reach}`)}</dd>
      </dl>
      <BoxCompleteness ctx={ctx} box={r.box} />
    </li>
  );
}
