// Compare two years of an institution's budget, level by level, in nominal pesos or in real terms (the earlier year
// restated in the later year's pesos with the published deflator table, linked so readers can check it).
import type { ViewContext } from '../../../core/views/context.js';
import { Layout } from '../../../core/views/layout.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import type { Comparison, CompareLine } from './compare-data.js';
import type { Path } from './state.js';
import { budgetBase, type InstitutionRef } from './explorer.js';
import { money, moneyOrDash, percent } from './money.js';
import { PathCrumbs } from './path-crumbs.js';
import { levelName } from './names.js';
import { Table } from '../../../core/views/components/table.js';

import { DEFLATORS_PATH } from '../admin/deflators/views.js';

export interface CompareState {
  from: number;
  to: number;
  kind: 'ley' | 'ejecucion';
  real: boolean;
  tipo: 'gasto' | 'ingreso';
  path: Path;
}

export const compareBase = (slug: string) => `${budgetBase(slug)}/comparar`;

function compareUrl(slug: string, s: CompareState): string {
  const params = new URLSearchParams({ desde: String(s.from), hasta: String(s.to), datos: s.kind, tipo: s.tipo });
  if (s.real) params.set('reales', '1');
  for (const p of s.path) params.set(p.level, p.code);
  return `${compareBase(slug)}?${params.toString()}`;
}

const change = (ctx: ViewContext, l: Pick<CompareLine, 'before' | 'after'>) =>
  (l.before === null || l.after === null ? '—' : `${l.after >= l.before ? '+' : ''}${money(l.after - l.before, ctx.locale)}`);
const changeRate = (ctx: ViewContext, l: Pick<CompareLine, 'before' | 'after'>) =>
  (l.before === null || l.after === null || l.before === 0n ? '—' : `${l.after >= l.before ? '+' : ''}${percent(l.after - l.before, l.before, ctx.locale)}`);

export function ComparePage({ ctx, institution, years, state, comparison }: {
  ctx: ViewContext; institution: InstitutionRef; years: number[]; state: CompareState;
  /** Null when the institution lacks that kind of data for one of the years. */
  comparison: Comparison | null;
}) {
  const { t } = ctx;
  const beforeHeader = state.real && comparison?.factor != null ? t('budget.compare.inPesosOf', { year: state.from, of: state.to }) : String(state.from);
  return (
    <Layout ctx={ctx} title={`${t('budget.compare.title')} · ${institution.name}`} institution={institution}
      breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: `/instituciones/${institution.slug}`, label: institution.name },
        { href: budgetBase(institution.slug), label: t('budget.explorer.budgets') }, { label: t('budget.compare.title') }]}>
      <h1>{t('budget.compare.title')} <span class="subtitle">{institution.name}</span></h1>
      <form method="get" action={compareBase(institution.slug)} class="filters">
        {(['desde', 'hasta'] as const).map((name) => (
          <div class="field">
            <label for={`f-${name}`}>{t(`budget.compare.${name}` as MessageKey)}</label>
            <select id={`f-${name}`} name={name}>{years.map((y) => <option value={String(y)} selected={y === (name === 'desde' ? state.from : state.to)}>{y}</option>)}</select>
          </div>
        ))}
        <fieldset class="field">
          <legend>{t('budget.explorer.dataset')}</legend>
          {(['ley', 'ejecucion'] as const).map((kind) => (
            <label class="inline"><input type="radio" name="datos" value={kind} checked={state.kind === kind} /> {t(`budget.compare.kind.${kind}` as MessageKey)}</label>
          ))}
        </fieldset>
        <fieldset class="field">
          <legend>{t('budget.dimension.tipo')}</legend>
          {(['gasto', 'ingreso'] as const).map((tipo) => (
            <label class="inline"><input type="radio" name="tipo" value={tipo} checked={state.tipo === tipo} /> {t(`budget.explorer.tipo.${tipo}` as MessageKey)}</label>
          ))}
        </fieldset>
        <div class="field">
          <label class="inline"><input type="checkbox" name="reales" value="1" checked={state.real} /> {t('budget.compare.real')}</label>
        </div>
        <button type="submit" class="button button-secondary">{t('budget.compare.submit')}</button>
      </form>
      {comparison === null ? <p class="notice">{t('budget.compare.unavailable', { from: state.from, to: state.to, kind: t(`budget.compare.kind.${state.kind}` as MessageKey) })}</p> : (
        <CompareTable ctx={ctx} slug={institution.slug} state={state} comparison={comparison} beforeHeader={beforeHeader} />
      )}
      <p class="hint">{t('budget.compare.hint')}</p>
    </Layout>
  );
}

function CompareTable({ ctx, slug, state, comparison, beforeHeader }: { ctx: ViewContext; slug: string; state: CompareState; comparison: Comparison; beforeHeader: string }) {
  const { t } = ctx;
  const at = (path: Path) => compareUrl(slug, { ...state, path });
  const level = comparison.level;
  return (
    <>
        {state.real && comparison.factor !== null && (
          <p class="notice">{t('budget.compare.realNote', { from: state.from, to: state.to, factor: new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 4 }).format(comparison.factor) })} <a href={DEFLATORS_PATH}>{t('budget.compare.deflators')}</a></p>
        )}
        {state.real && comparison.missingYears.length > 0 && (
          <p class="notice">{t('budget.compare.missing', { years: comparison.missingYears.join(', ') })} <a href={DEFLATORS_PATH}>{t('budget.compare.deflators')}</a></p>
        )}
        <PathCrumbs ctx={ctx} crumbs={comparison.crumbs} path={comparison.path} at={at} />
        {level === null || comparison.lines.length === 0 ? <p class="empty-state">{t('budget.explorer.leaf')}</p> : (
          <Table ctx={ctx} caption={t('budget.compare.caption', { from: state.from, to: state.to })} rows={comparison.lines} columns={[
            { header: t('budget.attribute.code'), cell: (l) => l.code },
            { header: levelName(ctx, level), rowHeader: true, cell: (l) => (level !== 'asignacion' ? <a href={at([...comparison.path, { level, code: l.code }])}>{l.label}</a> : l.label) },
            { header: beforeHeader, numeric: true, cell: (l) => moneyOrDash(l.before, ctx.locale) },
            { header: String(state.to), numeric: true, cell: (l) => moneyOrDash(l.after, ctx.locale) },
            { header: t('budget.compare.change'), numeric: true, cell: (l) => change(ctx, l) },
            { header: t('budget.compare.changeRate'), numeric: true, cell: (l) => changeRate(ctx, l) },
          ]} footer={<>
            <th scope="row" colSpan={2}>{t('budget.explorer.total')}</th>
            <td class="num">{moneyOrDash(comparison.total.before, ctx.locale)}</td>
            <td class="num">{moneyOrDash(comparison.total.after, ctx.locale)}</td>
            <td class="num">{change(ctx, comparison.total)}</td>
            <td class="num">{changeRate(ctx, comparison.total)}</td>
          </>} />
        )}
    </>
  );
}
