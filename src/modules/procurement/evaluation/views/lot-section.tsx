// One lot in the workspace: sealed until its deadline; under evaluation, its opened bids with the reader's scoring
// form (or why they may not score it) and, for procurement officials, the provisional ranking, award and deserted
// forms; once decided, the link to its report.
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, Field, Form, TextArea } from '../../../../core/views/components/form.js';
import { Table, type Column } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { Workspace } from '../workspace.js';
import type { EvaluationLot, OpenedBid } from '../queries.js';
import type { BidResult } from '../ranking.js';
import { isManual } from '../lot-ranking.js';
import { reportPath } from '../present.js';
import { pesos, resultLabel, score, stateLabel, type Forms } from './parts.js';

export function LotSection({ ctx, w, lot, base, forms }: { ctx: ViewContext; w: Workspace; lot: EvaluationLot; base: string; forms: Forms }) {
  const { t } = ctx;
  const id = `lote-${lot.number}`;
  const bids = w.bids.filter((b) => b.lotId === lot.id);
  const decided = ['standstill', 'awarded', 'deserted'].includes(lot.state);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('procurement.evaluation.lot.heading', { number: lot.number, title: lot.title })} <span class="tag">{stateLabel(ctx, lot.state)}</span></h2>
      {lot.state === 'open' && <p>{t('procurement.evaluation.lot.sealed', { date: formatters(ctx.locale).dateTime.format(lot.bidsUntil) })}</p>}
      {lot.reason && <p>{t('procurement.evaluation.lot.reason', { reason: lot.reason })}</p>}
      {decided && <p><a href={reportPath(w.call.institution.slug, w.call.id, lot.number)}>{t('procurement.evaluation.lot.report')}</a></p>}
      {lot.state === 'evaluation' && <>
        {bids.length === 0 && <p>{t('procurement.evaluation.lot.noBids')}</p>}
        {bids.map((bid) => <BidPanel ctx={ctx} w={w} bid={bid} action={`${base}/ofertas/${bid.id}`} form={forms[`bid-${bid.id}`]} />)}
        {w.manages && <AwardPanel ctx={ctx} w={w} lot={lot} base={base} forms={forms} />}
      </>}
    </section>
  );
}

function BidPanel({ ctx, w, bid, action, form }: { ctx: ViewContext; w: Workspace; bid: OpenedBid; action: string; form?: Forms[string] }) {
  const { t } = ctx;
  const manual = w.criteria.filter(isManual);
  const me = w.me;
  const why = !me ? null
    : me.conflictSupplierIds.includes(bid.supplierId) ? t('procurement.evaluation.bid.conflict')
      : w.represented.includes(bid.supplierId) ? t('procurement.evaluation.bid.represents')
        : !me.declaredAt || me.declaredAt < bid.openedAt! ? t('procurement.evaluation.bid.declareFirst') : null;
  const mine = (criterionId: number) => w.myScores.find((s) => s.bidId === bid.id && s.criterionId === criterionId);
  const value = (field: string, stored: string | undefined) => (form ? form.values[field] : stored);
  return (
    <article class="card">
      <h3>{bid.supplier.legalName}</h3>
      <p>{t('procurement.evaluation.bid.price', { price: pesos(ctx, bid.price) })}</p>
      {w.manages && <p class="hint">{t('procurement.evaluation.bid.scoredBy', { count: w.completeBy.get(bid.id) ?? 0 })}</p>}
      {manual.map((c) => (
        <div>
          <h4>{t('procurement.evaluation.bid.answer', { criterion: c.name })}</h4>
          <p>{bid.answers?.[String(c.id)] || t('procurement.evaluation.bid.noAnswer')}</p>
        </div>
      ))}
      {me && why && <p class="notice">{why}</p>}
      {form?.errors.form && <p class="error-message" id="f-form">{form.errors.form}</p>}
      {me && !why && manual.length > 0 && (
        <Form ctx={ctx} action={action}>
          {manual.map((c) => <>
            <Field name={`score-${bid.id}-${c.id}`} type="text" inputmode="decimal" label={t('procurement.evaluation.score.label', { criterion: c.name })}
              value={value(`score-${bid.id}-${c.id}`, mine(c.id) ? String(mine(c.id)!.score) : undefined)} error={form?.errors[`score-${bid.id}-${c.id}`]} />
            <TextArea name={`reason-${bid.id}-${c.id}`} rows={3} label={t('procurement.evaluation.score.reason', { criterion: c.name })}
              value={value(`reason-${bid.id}-${c.id}`, mine(c.id)?.reason)} error={form?.errors[`reason-${bid.id}-${c.id}`]} />
          </>)}
          <Button variant="secondary">{t('procurement.evaluation.score.submit')}</Button>
        </Form>
      )}
    </article>
  );
}

function AwardPanel({ ctx, w, lot, base, forms }: { ctx: ViewContext; w: Workspace; lot: EvaluationLot; base: string; forms: Forms }) {
  const { t } = ctx;
  const ranking = w.rankings.find((r) => r.lotId === lot.id);
  const name = (r: BidResult) => w.bids.find((b) => b.id === r.bidId)?.supplier.legalName ?? '';
  const criterionName = (id: number) => w.criteria.find((c) => c.id === id)?.name ?? '';
  const columns: Column<BidResult>[] = [
    { header: t('procurement.evaluation.col.rank'), cell: (r) => r.rank ?? '—', numeric: true },
    { header: t('procurement.evaluation.col.supplier'), rowHeader: true, cell: name },
    { header: t('procurement.evaluation.col.total'), cell: (r) => score(ctx, r.total, 3), numeric: true },
    { header: t('procurement.evaluation.col.result'), cell: (r) => (r.admissible ? '' : resultLabel(ctx, { awarded: false, exclusion: r.exclusion }, criterionName)) },
  ];
  const desert = forms[`desert-${lot.id}`];
  const award = forms[`award-${lot.id}`];
  return (
    <div>
      <h3>{t('procurement.evaluation.award.title')}</h3>
      {ranking && ranking.unscored.length === 0 && ranking.results.length > 0 && (
        <Table ctx={ctx} caption={t('procurement.evaluation.ranking.caption', { number: lot.number })} columns={columns} rows={ranking.results} />
      )}
      {award?.errors.form && <p class="error-message" id="f-form">{award.errors.form}</p>}
      {/* The award button only once every bid within budget has a score on every evaluated criterion (lot-ranking.ts):
          before that, what is missing, so the official knows whom to chase instead of meeting a refusal. */}
      {ranking && ranking.unscored.length > 0 ? <div class="notice">
        <p>{ranking.unscored.length === 1 ? t('procurement.evaluation.award.unscoredOne') : t('procurement.evaluation.award.unscored', { count: ranking.unscored.length })}</p>
        <ul>{ranking.unscored.map((bidId) => <MissingScores ctx={ctx} w={w} bidId={bidId} />)}</ul>
      </div> : <>
        <p class="hint">{lot.admitCount === 1 ? t('procurement.evaluation.award.hintOne', { days: w.call.standstillDays })
          : t('procurement.evaluation.award.hint', { count: lot.admitCount, days: w.call.standstillDays })}</p>
        <Form ctx={ctx} action={`${base}/lotes/${lot.number}/adjudicar`}>
          <Button>{t('procurement.evaluation.award.submit', { number: lot.number })}</Button>
        </Form>
      </>}
      <Form ctx={ctx} action={`${base}/lotes/${lot.number}/desierto`}>
        <TextArea name={`reason-${lot.id}`} rows={3} label={t('procurement.evaluation.desert.reason', { number: lot.number })} hint={t('procurement.evaluation.desert.hint')}
          value={desert?.values[`reason-${lot.id}`]} error={desert?.errors[`reason-${lot.id}`]} />
        <Button variant="secondary">{t('procurement.evaluation.desert.submit')}</Button>
      </Form>
    </div>
  );
}

function MissingScores({ ctx, w, bidId }: { ctx: ViewContext; w: Workspace; bidId: number }) {
  const supplier = w.bids.find((b) => b.id === bidId)?.supplier.legalName ?? '';
  const count = w.unscoredCriteria.get(bidId) ?? 0;
  return <li>{count === 1 ? ctx.t('procurement.evaluation.award.missingOne', { supplier }) : ctx.t('procurement.evaluation.award.missing', { supplier, count })}</li>;
}
