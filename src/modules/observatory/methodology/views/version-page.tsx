// /observatorio/metodologia/versiones/{n}: one version of the method, whole (the spec as published, JSON), and what
// changed against the version before it, field by field.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import type { MethodVersion } from '../queries.js';
import type { SpecChange } from '../spec.js';
import { VersionLine } from './methodology-page.js';
import { METHODOLOGY_PATH } from './paths.js';
import { indicatorName, pillarName } from './parts.js';

/** A weight's field in words ("Peso del pilar Capacidades"); other fields are named by their code. */
function fieldName({ t }: ViewContext, field: string): string {
  const [head, ...rest] = field.split('.');
  if (head === 'pillarWeights') return t('observatory.method.factor.weight', { pillar: pillarName(t, rest.join('.')) });
  if (head === 'indicatorWeights') return t('observatory.method.diff.indicatorWeight', { indicator: indicatorName(t, rest.join('.')) });
  return '';
}

const shown = (value: unknown) => (value === null || value === undefined ? '—' : Array.isArray(value) ? value.join(', ') : String(value));

export function VersionPage({ ctx, version, current, changes }: { ctx: ViewContext; version: MethodVersion; current: boolean; changes: SpecChange[] | null }) {
  const { t } = ctx;
  const title = t('observatory.method.versionN', { version: version.version });
  return (
    <Layout ctx={ctx} title={`${title} · ${t('observatory.method.title')}`} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: '/observatorio', label: t('observatory.name') },
      { href: METHODOLOGY_PATH, label: t('observatory.method.title') }, { label: title }]}>
      <h1>{t('observatory.method.versionTitle', { version: version.version })}</h1>
      <VersionLine ctx={ctx} version={version} current={current} />
      <h2>{t('observatory.method.diff.title')}</h2>
      {changes === null
        ? <p>{t('observatory.method.diff.first')}</p>
        : changes.length === 0
          ? <p>{t('observatory.method.diff.none', { previous: version.version - 1 })}</p>
          : <Table ctx={ctx} caption={t('observatory.method.diff.caption', { previous: version.version - 1 })} rows={changes} columns={[
            { header: t('observatory.method.diff.field'), cell: (c) => <>{fieldName(ctx, c.field)} <code class="cell-note">{c.field}</code></>, rowHeader: true },
            { header: t('observatory.method.diff.from'), cell: (c) => shown(c.from) },
            { header: t('observatory.method.diff.to'), cell: (c) => shown(c.to) },
          ]} />}
      <h2>{t('observatory.method.spec.title')}</h2>
      <p>{t('observatory.method.spec.text')}</p>
      <pre class="obs-spec" tabIndex={0} aria-label={t('observatory.method.spec.title')}><code>{JSON.stringify(version.spec, null, 2)}</code></pre>
    </Layout>
  );
}
