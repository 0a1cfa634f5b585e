// The results of a participatory budget: per district, the funded projects under the budget's rule (or the override,
// with its justification, beside the computed outcome), how much each group of supporters paid, why every project
// won or lost in plain words, and the other rule's outcome side by side. Exports: JSON, CSV and pabulib.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { Budget, Project, StoredResult } from '../queries.js';
import type { Explanation } from '../tally/index.js';
import { plural, sharesText, whyFunded, whyNotFunded } from '../explain-text.js';
import { budgetCrumbs, pesos, type ProcessRef } from './common.js';

export function ResultsPage({ ctx, budget, process, projects, rows, turnout }: {
  ctx: ViewContext; budget: Budget; process: ProcessRef; projects: Project[]; rows: StoredResult[] | null; turnout: number;
}) {
  const { t } = ctx;
  const title = t('participation.budget.results.title', { title: budget.title });
  const districts = [...new Set((rows ?? []).map((r) => r.district))];
  const api = `/api/v1/participation/budgets/${budget.id}`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={budgetCrumbs(ctx, budget, process, t('participation.budget.results.crumb'))}>
      <h1>{title}</h1>
      {rows === null ? <p class="notice">{t('participation.budget.results.notYet', { date: formatters(ctx.locale).dateTime.format(budget.resultsAt) })}</p> : (<>
        <p class="lead">{t('participation.budget.results.lead', { rule: t(`participation.budget.rule.${budget.rule}`), ballots: formatters(ctx.locale).number.format(turnout) })}</p>
        {districts.map((d) => <District ctx={ctx} budget={budget} projects={projects} rows={rows.filter((r) => r.district === d)} district={d} />)}
        <p class="export-links">{t('participation.budget.results.download')}{' '}
          <a href={`${api}/results?format=json`}>JSON</a> · <a href={`${api}/results?format=csv`}>CSV</a> · <a href={`${api}/pabulib`}>{t('participation.budget.results.pabulib')}</a></p>
      </>)}
    </Layout>
  );
}

function District({ ctx, budget, projects, rows, district }: { ctx: ViewContext; budget: Budget; projects: Project[]; rows: StoredResult[]; district: string }) {
  const { t } = ctx;
  const computed = rows.find((r) => r.kind === 'computed' && r.rule === budget.rule)!;
  const other = rows.find((r) => r.kind === 'computed' && r.rule !== budget.rule);
  const override = rows.find((r) => r.kind === 'override');
  const explanation = computed.explanation as Explanation;
  const title = (id: string | number) => projects.find((p) => p.id === Number(id))?.title ?? `#${id}`;
  const Heading = district ? 'h3' : 'h2';
  return (
    <section>
      {district && <h2>{t('participation.budget.results.district', { code: district })}</h2>}
      {override && (<>
        <Heading>{t('participation.budget.results.overrideTitle')}</Heading>
        <p class="notice">{t('participation.budget.results.overrideLead')}</p>
        <blockquote><p>{override.justification}</p></blockquote>
        <Funded ctx={ctx} result={override} title={title} caption={t('participation.budget.results.overrideCaption')} />
      </>)}
      <Heading>{t(override ? 'participation.budget.results.computedTitle' : 'participation.budget.results.fundedTitle', { rule: t(`participation.budget.rule.${computed.rule}`) })}</Heading>
      <Funded ctx={ctx} result={computed} title={title} caption={t('participation.budget.results.fundedCaption', { rule: t(`participation.budget.rule.${computed.rule}`) })} />
      {sharesText(ctx, explanation) && <p>{sharesText(ctx, explanation)}</p>}
      <Heading>{t('participation.budget.results.whyTitle')}</Heading>
      <ul>
        {explanation.funded.map((f) => <li><strong>{title(f.id)}</strong> — {t('participation.budget.results.won')}: {whyFunded(ctx, f)}</li>)}
        {explanation.unfunded.map((u) => <li><strong>{title(u.id)}</strong> — {t('participation.budget.results.lost')}: {whyNotFunded(ctx, u, explanation.budget, title)}</li>)}
      </ul>
      {other && <Comparison ctx={ctx} computed={computed} other={other} title={title} />}
    </section>
  );
}

function Funded({ ctx, result, title, caption }: { ctx: ViewContext; result: StoredResult; title: (id: number) => string; caption: string }) {
  const { t } = ctx;
  const e = result.explanation as Explanation;
  const n = formatters(ctx.locale).number;
  const rows = result.selected.map((id) => ({ id, f: e.funded.find((f) => Number(f.id) === id) ?? e.unfunded.find((u) => Number(u.id) === id) }));
  return (
    <Table ctx={ctx} caption={caption} rows={rows} columns={[
      { header: t('participation.budget.results.project'), cell: (r) => title(r.id), rowHeader: true },
      { header: t('participation.budget.results.cost'), cell: (r) => pesos(ctx, BigInt(Math.round(r.f?.cost ?? 0))), numeric: true },
      { header: t('participation.budget.results.supporters'), cell: (r) => n.format(r.f?.supporters ?? 0), numeric: true },
      { header: t('participation.budget.results.paidBy'), cell: (r) => (r.f && 'payers' in r.f && r.f.payers !== undefined
        ? plural(ctx, 'participation.budget.results.paidByGroup', r.f.payers, { payers: n.format(r.f.payers) }) : t('participation.budget.results.paidByBudget')) },
    ]} footer={<><th scope="row">{t('participation.budget.results.total')}</th><td class="num">{pesos(ctx, result.cost)}</td>
      <td colSpan={2}>{t('participation.budget.results.ofBudget', { budget: pesos(ctx, BigInt(Math.round(e.budget))) })}</td></>} />
  );
}

function Comparison({ ctx, computed, other, title }: { ctx: ViewContext; computed: StoredResult; other: StoredResult; title: (id: number) => string }) {
  const { t } = ctx;
  const rule = (r: StoredResult) => t(`participation.budget.rule.${r.rule}`);
  const only = (a: StoredResult, b: StoredResult) => a.selected.filter((id) => !b.selected.includes(id)).map(title);
  const list = (items: string[]) => new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(items);
  const [gained, lost] = [only(other, computed), only(computed, other)];
  return (
    <div class="card-grid">
      <div class="card"><h3>{rule(computed)}</h3><ul>{computed.selected.map((id) => <li>{title(id)}</li>)}</ul><p>{pesos(ctx, computed.cost)}</p></div>
      <div class="card"><h3>{t('participation.budget.results.otherRule', { rule: rule(other) })}</h3><ul>{other.selected.map((id) => <li>{title(id)}</li>)}</ul>
        <p>{pesos(ctx, other.cost)}</p>
        <p>{gained.length + lost.length === 0 ? t('participation.budget.results.same')
          : t('participation.budget.results.diff', { rule: rule(other), gained: gained.length ? list(gained) : '—', lost: lost.length ? list(lost) : '—' })}</p></div>
    </div>
  );
}
