// Where a call's page leads as the process moves on: per lot, the bid form while it takes bids, the opened bids
// (the institution's procurement officials once opened; everyone from the award on), the award report and the
// suppliers awarded; per call, the evaluators' workspace, the contracts and, for a framework agreement, its call-offs.
// Other areas' pages decide who may act on them; these links only avoid showing a way that leads nowhere.
import type { ViewContext } from '../../../../core/views/context.js';
import type { CallAwardRow, CallDetail, LotRow } from '../queries.js';
import type { LotState } from '../schema.js';
import { pesos } from './parts.js';

const OPENED: readonly LotState[] = ['evaluation', 'standstill', 'awarded'];
const AWARDED: readonly LotState[] = ['standstill', 'awarded'];
const REPORTED: readonly LotState[] = ['standstill', 'awarded', 'deserted'];
const EVALUATED: readonly LotState[] = ['evaluation', 'standstill', 'awarded', 'deserted'];

export const lotAnchor = (n: number) => `lote-${n}`;

/** The call-wide links, or nothing before any lot reaches evaluation. */
export function CallLinks({ ctx, call, path, manage }: { ctx: ViewContext; call: CallDetail; path: string; manage: boolean }) {
  const { t } = ctx;
  const links: Array<[string, string]> = [];
  if (manage && call.lots.some((l) => EVALUATED.includes(l.state))) links.push([`${path}/evaluacion`, t('procurement.calls.link.evaluation')]);
  if (call.lots.some((l) => l.state === 'awarded')) {
    links.push([`${path}/contratos`, t('procurement.calls.link.contracts')]);
    if (call.kind === 'framework') links.push([`${path}/ordenes`, t('procurement.calls.link.callOffs')]);
  }
  if (links.length === 0) return null;
  return <p>{links.map(([href, label], i) => <>{i > 0 && ' · '}<a href={href}>{label}</a></>)}</p>;
}

/** A lot's links and, from the award on, its awarded suppliers with the amounts awarded. */
export function LotLinks({ ctx, call, lot, path, manage, awards, now }: {
  ctx: ViewContext; call: CallDetail; lot: LotRow; path: string; manage: boolean; awards: CallAwardRow[]; now: Date;
}) {
  const { t, locale } = ctx;
  const base = `${path}/lotes/${lot.number}`;
  const links: Array<[string, string]> = [];
  if (call.state === 'published' && lot.state === 'open' && lot.bidsUntil > now) links.push([`${base}/oferta`, t('procurement.calls.link.bid', { n: lot.number })]);
  if (AWARDED.includes(lot.state) || (manage && OPENED.includes(lot.state))) links.push([`${base}/ofertas`, t('procurement.calls.link.bids', { n: lot.number })]);
  if (REPORTED.includes(lot.state)) links.push([`${base}/informe`, t('procurement.calls.link.report', { n: lot.number })]);
  const won = AWARDED.includes(lot.state) ? awards.filter((a) => a.lotId === lot.id) : [];
  return (
    <>
      {won.length > 0 && (
        <>
          <h4>{t(lot.state === 'standstill' ? 'procurement.calls.awardedPending' : 'procurement.calls.awardedTo')}</h4>
          <ul>{won.map((a) => <li><a href={`/compras/proveedores/${a.supplierId}`}>{a.supplierName}</a>: {pesos(a.amount, locale)}</li>)}</ul>
        </>
      )}
      {links.length > 0 && <p>{links.map(([href, label], i) => <>{i > 0 && ' · '}<a href={href}>{label}</a></>)}</p>}
    </>
  );
}
