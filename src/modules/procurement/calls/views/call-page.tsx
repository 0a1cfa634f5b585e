// The public page of a call: what kind of call it is, its lots (budget, region, category, Santiago calendar, suppliers
// admitted, state), the weighted criteria and how formula criteria are scored, the Q&A, the public timeline and the
// OCDS record. The institution's procurement officials also see the draft, and the forms to publish, amend, cancel
// and answer.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { Button, ErrorSummary, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { formatters } from '../../../../core/i18n/index.js';
import { FORMULA_CRITERIA } from '../schema.js';
import { canManageCalls } from '../policy.js';
import type { CallAwardRow, CallDetail, EventRow, QuestionRow } from '../queries.js';
import { callPath, ocdsRecordPath, summaryOf } from '../present.js';
import { minimumBidsOf } from '../rules.js';
import { At, categoryName, crumbsOf, kindName, lotStateName, pesos, type FormState } from './parts.js';
import { CallLinks, LotLinks, lotAnchor } from './lot-links.js';

export type CallPageForms = Partial<Record<'question' | 'answer' | 'cancel' | 'publish', FormState>>;

export function CallPage({ ctx, call, questions, events, awards, forms = {} }: {
  ctx: ViewContext; call: CallDetail; questions: QuestionRow[]; events: EventRow[]; awards: CallAwardRow[]; forms?: CallPageForms;
}) {
  const { t, locale } = ctx;
  const { date } = formatters(locale);
  const manage = canManageCalls(ctx.actor, call.institutionId);
  const path = callPath(call.institution.slug, call.id);
  const lotTitle = (id: number | null) => (id === null ? t('procurement.calls.wholeCall') : t('procurement.calls.lotN', { n: call.lots.find((l) => l.id === id)?.number ?? '?' }));
  const now = new Date();
  const asking = call.state === 'published' && call.lots.some((l) => l.state === 'open' && l.questionsUntil.getTime() >= now.getTime());
  // Counts read "1 lote" / "2 lotes": each count sentence has a singular key beside it.
  const counted = (key: string, n: number) => t(`${key}${n === 1 ? 'One' : ''}` as never, { n });
  const day = (d: string) => date.format(new Date(`${d}T12:00:00Z`));
  return (
    <Layout ctx={ctx} title={call.title} institution={call.institution} breadcrumbs={crumbsOf(ctx, call.institution, manage)}>
      <p class="hint">{kindName(t, call.kind)} · {call.state === 'draft' ? <strong class="tag">{t('procurement.calls.state.draft')}</strong> : t(`procurement.calls.state.${call.state}` as never)} · <code>{call.ocid}</code></p>
      <h1>{call.title}</h1>
      <p class="lead">{t(`procurement.calls.kindHelp.${call.kind}` as never)}</p>
      {call.description && <p>{call.description}</p>}
      <ul>
        <li>{call.maxLotsBid ? counted('procurement.calls.maxLotsBidIs', call.maxLotsBid) : t('procurement.calls.maxLotsBidNone')}</li>
        <li>{call.maxLotsWon ? counted('procurement.calls.maxLotsWonIs', call.maxLotsWon) : t('procurement.calls.maxLotsWonNone')}</li>
        <li>{counted('procurement.calls.standstillIs', call.standstillDays)}</li>
        {minimumBidsOf(call) > 1 && <li>{t('procurement.calls.minimumBidsIs', { n: minimumBidsOf(call) })}</li>}
      </ul>
      <CallLinks ctx={ctx} call={call} path={path} manage={manage} />
      {manage && <OfficialActions ctx={ctx} call={call} forms={forms} />}

      <h2>{t('procurement.calls.lots')}</h2>
      {call.lots.map((l) => (
        <section class="card" id={lotAnchor(l.number)} aria-labelledby={`lot-${l.number}`}>
          <h3 id={`lot-${l.number}`}>{t('procurement.calls.lotN', { n: l.number })}: {l.title}</h3>
          {l.description && <p>{l.description}</p>}
          <dl class="facts">
            <div><dt>{t('procurement.calls.field.state')}</dt><dd>{lotStateName(t, l.state)}{l.reason ? ` — ${l.reason}` : ''}</dd></div>
            <div><dt>{t('procurement.calls.field.budgetAmount')}</dt><dd>{pesos(l.budgetAmount, locale)}</dd></div>
            <div><dt>{t('procurement.calls.field.regionCode')}</dt><dd>{l.regionName ?? t('procurement.calls.anyRegion')}</dd></div>
            <div><dt>{t('procurement.calls.field.category')}</dt><dd>{categoryName(t, l.category)}</dd></div>
            <div><dt>{t('procurement.calls.field.admitCount')}</dt><dd>{l.admitCount}</dd></div>
            <div><dt>{t('procurement.calls.field.questionsUntil')}</dt><dd><At ctx={ctx} at={l.questionsUntil} /></dd></div>
            <div><dt>{t('procurement.calls.field.bidsUntil')}</dt><dd><At ctx={ctx} at={l.bidsUntil} /></dd></div>
            <div><dt>{t('procurement.calls.field.awardBy')}</dt><dd>{day(l.awardBy)}</dd></div>
            <div><dt>{t('procurement.calls.delivery')}</dt><dd>{t('procurement.calls.fromTo', { from: day(l.deliveryStart), to: day(l.deliveryEnd) })}</dd></div>
          </dl>
          <LotLinks ctx={ctx} call={call} lot={l} path={path} manage={manage} awards={awards} now={now} />
          {manage && ['open', 'evaluation', 'standstill'].includes(l.state) && (
            <details>
              <summary>{t('procurement.calls.cancelLot', { n: l.number })}</summary>
              <Form ctx={ctx} action={`${path}/lotes/${l.number}/cancelar`}>
                <TextArea name="reason" label={t('procurement.calls.cancelLotReason', { n: l.number })} rows={2} required />
                <Button variant="secondary">{t('procurement.calls.cancelLot', { n: l.number })}</Button>
              </Form>
            </details>
          )}
        </section>
      ))}

      <h2>{t('procurement.calls.criteria')}</h2>
      <Table ctx={ctx} caption={t('procurement.calls.criteriaCaption')} rows={call.criteria} columns={[
        { header: t('procurement.calls.field.name'), cell: (c) => <>{c.name}{c.description && <><br /><span class="hint">{c.description}</span></>}</> },
        { header: t('procurement.calls.field.kind'), cell: (c) => t(`procurement.calls.criterion.${c.kind}` as never) },
        { header: t('procurement.calls.field.weight'), cell: (c) => `${c.weight} %`, numeric: true },
        { header: t('procurement.calls.field.minScore'), cell: (c) => (c.minScore === null ? '—' : String(c.minScore)), numeric: true },
      ]} />
      <ul>
        {[...new Set(call.criteria.map((c) => c.kind))].filter((k) => FORMULA_CRITERIA.includes(k)).map((k) => <li>{t(`procurement.calls.formula.${k}` as never)}</li>)}
        <li>{t('procurement.calls.formula.scored')}</li>
      </ul>

      <h2 id="preguntas">{t('procurement.calls.qa')}</h2>
      {manage && <ErrorSummary ctx={ctx} errors={forms.answer?.errors} />}
      {questions.length === 0 ? <p>{t('procurement.calls.noQuestions')}</p> : (
        <ol>
          {questions.map((q) => (
            <li>
              <p><strong>{lotTitle(q.lotId)}</strong> · <At ctx={ctx} at={q.askedAt} /></p>
              <p>{q.question}</p>
              {q.answer ? <p><strong>{t('procurement.calls.answer')}:</strong> {q.answer}</p> : <p class="hint">{t('procurement.calls.unanswered')}</p>}
              {manage && !q.answer && call.state === 'published' && (
                <Form ctx={ctx} action={`${path}/preguntas/${q.id}/respuesta`}>
                  <TextArea name="answer" label={t('procurement.calls.answerN', { n: q.id })} rows={3} error={forms.answer?.values.questionId === String(q.id) ? forms.answer?.errors?.answer : undefined} required />
                  <Button>{t('procurement.calls.publishAnswer')}</Button>
                </Form>
              )}
            </li>
          ))}
        </ol>
      )}
      {asking && (ctx.actor ? (
        <>
          <h3>{t('procurement.calls.ask')}</h3>
          <p class="hint">{t('procurement.calls.askHint')}</p>
          <ErrorSummary ctx={ctx} errors={forms.question?.errors} />
          <Form ctx={ctx} action={`${path}/preguntas`}>
            <Select name="lot" label={t('procurement.calls.askAbout')} value={forms.question?.values.lot}
              options={[{ value: '', label: t('procurement.calls.wholeCall') }, ...call.lots.filter((l) => l.state === 'open').map((l) => ({ value: String(l.number), label: `${t('procurement.calls.lotN', { n: l.number })}: ${l.title}` }))]} />
            <TextArea name="question" label={t('procurement.calls.question')} value={forms.question?.values.question} error={forms.question?.errors?.question} rows={4} required />
            <Button>{t('procurement.calls.send')}</Button>
          </Form>
        </>
      ) : <p><a href={`/ingresar?next=${encodeURIComponent(path)}`}>{t('procurement.calls.signInToAsk')}</a></p>)}

      <h2>{t('procurement.calls.timeline')}</h2>
      {events.length === 0 ? <p>{t('procurement.calls.noEvents')}</p> : (
        <ol>
          {events.map((e) => <li><At ctx={ctx} at={e.at} /> — {t(`procurement.calls.event.${e.kind}` as never)}{e.lotId !== null ? ` (${lotTitle(e.lotId)})` : ''}{summaryOf(e) && summaryOf(e) !== 'draft' ? `: ${summaryOf(e)}` : ''}</li>)}
        </ol>
      )}
      {call.state !== 'draft' && <p><a href={ocdsRecordPath(call.ocid)}>{t('procurement.calls.ocdsRecord')}</a> · <a href={`/api/v1/procurement/calls/${call.id}`}>{t('procurement.calls.json')}</a></p>}
    </Layout>
  );
}

function OfficialActions({ ctx, call, forms }: { ctx: ViewContext; call: CallDetail; forms: CallPageForms }) {
  const { t } = ctx;
  const path = callPath(call.institution.slug, call.id);
  const live = call.state === 'draft' || call.state === 'published';
  if (!live) return null;
  return (
    <section class="card" aria-labelledby="official-actions">
      <h2 id="official-actions">{t('procurement.calls.officialActions')}</h2>
      <ErrorSummary ctx={ctx} errors={forms.publish?.errors ?? forms.cancel?.errors} />
      <p>
        <a class="button button-secondary" href={`${path}/editar`}>{call.state === 'draft' ? t('procurement.calls.edit') : t('procurement.calls.amend')}</a>
      </p>
      {call.state === 'draft' && <Form ctx={ctx} action={`${path}/publicar`}><Button>{t('procurement.calls.publish')}</Button></Form>}
      {call.state === 'draft' && <p class="hint">{t('procurement.calls.publishHint')}</p>}
      <details open={!!forms.cancel}>
        <summary>{t('procurement.calls.cancel')}</summary>
        <Form ctx={ctx} action={`${path}/cancelar`}>
          <TextArea name="reason" label={t('procurement.calls.cancelReason')} value={forms.cancel?.values.reason} error={forms.cancel?.errors?.reason} rows={2} required />
          <Button variant="secondary">{t('procurement.calls.cancel')}</Button>
        </Form>
      </details>
    </section>
  );
}
