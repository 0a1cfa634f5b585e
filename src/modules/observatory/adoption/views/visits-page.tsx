// /observatorio/adopcion/{region}/visitas: the regional team's support visits and their satisfaction survey (answers,
// share positive, mean on the 1–7 scale), exportable, with the team's forms: a new visit, and an answer to a visit's
// survey (one per respondent, typed in from the paper or online form).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { ExportLinks, Table } from '../../../../core/views/components/table.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { canManageRegionalProgramme } from '../../policy.js';
import type { TrackedRegion, Visit } from '../queries.js';
import { adoptionPath } from '../present.js';
import { summariseScores } from '../rules.js';
import { IllustrativeNotice, IllustrativeTag, RegionTabs, formatDay, formatDecimal, formatShare, regionCrumbs } from './parts.js';
import type { FormState } from './workshops-page.js';

export function VisitsPage({ ctx, region, rows, forms = {} }: { ctx: ViewContext; region: TrackedRegion; rows: Visit[]; forms?: { visit?: FormState; answer?: FormState } }) {
  const { t } = ctx;
  const path = `${adoptionPath(region.code)}/visitas`;
  const names = new Map(region.municipalities.map((m) => [m.cut, m.name]));
  const all = summariseScores(rows.flatMap((r) => r.scores));
  const visit = forms.visit ?? { values: {} };
  const answer = forms.answer ?? { values: {} };
  const visitLabels = { cut: t('observatory.adoption.municipality'), visitedOn: t('observatory.adoption.visit.visitedOn'), purpose: t('observatory.adoption.visit.purpose') };
  const answerLabels = { visitId: t('observatory.adoption.visit.one'), score: t('observatory.adoption.visit.score'), comment: t('observatory.adoption.visit.comment') };
  return (
    <Layout ctx={ctx} title={t('observatory.adoption.visitsTitle', { region: region.name })} breadcrumbs={regionCrumbs(ctx, region, t('observatory.adoption.tab.visits'))}>
      <h1>{t('observatory.adoption.visitsTitle', { region: region.name })}<span class="subtitle">{region.regionalGovernmentName}</span></h1>
      <RegionTabs ctx={ctx} code={region.code} current="visits" />
      {rows.some((r) => r.illustrative) && <IllustrativeNotice ctx={ctx} />}
      <p class="obs-key-figure">{all.answers === 0 ? t('observatory.adoption.visitsNoAnswers', { count: rows.length })
        : t('observatory.adoption.visitsSummary', { count: rows.length, answers: all.answers, share: formatShare(ctx, all.positiveShare), mean: formatDecimal(ctx, all.mean) })}</p>
      <p class="hint">{t('observatory.adoption.positiveRule')}</p>
      <Table ctx={ctx} caption={t('observatory.adoption.visitsCaption')} rows={rows} columns={[
        { header: t('observatory.adoption.visit.visitedOn'), rowHeader: true, cell: (r) => formatDay(ctx, r.visitedOn) },
        { header: t('observatory.adoption.municipality'), cell: (r) => names.get(r.cut) ?? r.cut },
        { header: t('observatory.adoption.visit.purpose'), cell: (r) => <>{r.purpose}{r.comments.map((c) => <span class="cell-note">«{c}»</span>)}
          {r.illustrative && <span class="cell-note"><IllustrativeTag ctx={ctx} /></span>}</> },
        { header: t('observatory.adoption.visit.answers'), numeric: true, cell: (r) => String(r.scores.length) },
        { header: t('observatory.adoption.visit.mean'), numeric: true, cell: (r) => formatDecimal(ctx, summariseScores(r.scores).mean) },
      ]} />
      <ExportLinks ctx={ctx} baseUrl={path} />
      {canManageRegionalProgramme(ctx.actor, region.regionalGovernmentId) && <section aria-labelledby="visit-forms">
        <h2 id="visit-forms">{t('observatory.adoption.visit.new')}</h2>
        <ErrorSummary ctx={ctx} errors={visit.errors} labels={visitLabels} />
        <Form ctx={ctx} action={path}>
          <Select name="cut" label={visitLabels.cut} value={visit.values.cut} error={visit.errors?.cut} options={region.municipalities.map((m) => ({ value: m.cut, label: m.name }))} />
          <Field name="visitedOn" label={visitLabels.visitedOn} hint={t('observatory.adoption.dateHint')} value={visit.values.visitedOn} error={visit.errors?.visitedOn} inputmode="numeric" required />
          <Field name="purpose" label={visitLabels.purpose} value={visit.values.purpose} error={visit.errors?.purpose} required />
          <Button>{t('observatory.adoption.visit.save')}</Button>
        </Form>
        {rows.length > 0 && <>
          <h2 id="answer-form">{t('observatory.adoption.visit.newAnswer')}</h2>
          <p class="hint">{t('observatory.adoption.positiveRule')}</p>
          <ErrorSummary ctx={ctx} errors={answer.errors} labels={answerLabels} />
          <Form ctx={ctx} action={`${path}/respuestas`}>
            <Select name="visitId" label={answerLabels.visitId} value={answer.values.visitId} error={answer.errors?.visitId}
              options={rows.map((r) => ({ value: String(r.id), label: `${formatDay(ctx, r.visitedOn)} · ${names.get(r.cut) ?? r.cut}` }))} />
            <Field name="score" type="number" label={answerLabels.score} hint={t('observatory.adoption.visit.scoreHint')} value={answer.values.score} error={answer.errors?.score} inputmode="numeric" required />
            <TextArea name="comment" label={answerLabels.comment} value={answer.values.comment} error={answer.errors?.comment} rows={2} />
            <Button variant="secondary">{t('observatory.adoption.visit.saveAnswer')}</Button>
          </Form>
        </>}
      </section>}
    </Layout>
  );
}
