// The tender section of a call's release: what the call asks for and on which terms, all fixed when it is published
// (Ley 19.886 art. 20: the bases are public). Each lot carries its fixed budget, its calendar and the weighted award
// criteria (awardCriteria extension: weights as percentages, minimum scores as thresholds); each lot is also one item,
// classified by Cabildo's category list (scheme CABILDO-CAT, categories.ts). A framework agreement says so through the
// techniques extension; the lots extension carries how many lots one supplier may bid for and win.
import { endOfSantiagoDay } from '../../../core/calendar/index.js';
import { fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';
import type { CallKind, LotState } from '../calls/schema.js';
import type { CallData } from './release-data.js';

/** OCDS tender.procurementMethod by kind of call (codelist method): a grant call is open to all, like a tender. */
const METHOD: Record<CallKind, string> = { framework: 'open', single_tender: 'open', quick_purchase: 'limited', grant: 'open' };
const METHOD_DETAILS: Record<CallKind, string> = {
  framework: 'Convenio marco (Ley 19.886, art. 30 letra d)', single_tender: 'Licitación pública (Ley 19.886, art. 7)',
  quick_purchase: 'Compra ágil (Ley 19.886, art. 10 bis)', grant: 'Fondo concursable para iniciativas de la sociedad civil',
};
/** Lot states as the lots extension's lot.status (tenderStatus codelist). */
const LOT_STATUS: Record<LotState, string> = {
  draft: 'planning', open: 'active', evaluation: 'active', standstill: 'active', awarded: 'complete', deserted: 'unsuccessful', cancelled: 'cancelled',
};
/** awardCriterionType: price is price; every other criterion (technical, team, local anchorage, SME) is quality. */
const CRITERION_TYPE = (kind: string) => (kind === 'price' ? 'price' : 'quality');

/** A Santiago calendar date as the instant its day starts, and as the last instant of it (UTC). */
export const startOfDay = (date: string) => new Date(endOfSantiagoDay(fromDayNumber(toDayNumber(date) - 1)).getTime() + 1).toISOString();
export const endOfDay = (date: string) => endOfSantiagoDay(date).toISOString();
export const clp = (amount: number) => ({ amount, currency: 'CLP' });

const maxOf = <T>(xs: T[]): T | undefined => [...xs].sort().at(-1);
const minOf = <T>(xs: T[]): T | undefined => [...xs].sort()[0];

function tenderStatus(d: CallData): string {
  const { call, lots } = d;
  if (call.state === 'cancelled') return 'cancelled';
  if (call.state === 'draft') return 'planning';
  if (call.state === 'closed') return lots.every((l) => l.state === 'deserted' || l.state === 'cancelled') ? 'unsuccessful' : 'complete';
  return 'active';
}

const awardCriteria = (d: CallData) => ({
  criteria: d.criteria.map((c) => ({
    type: CRITERION_TYPE(c.kind), name: c.name, ...(c.description ? { description: c.description } : {}),
    numbers: [{ number: c.weight, weight: 'percentageExact' }, ...(c.minScore !== null ? [{ number: c.minScore, threshold: 'minimumScore' }] : [])],
  })),
});

export function buildTender(ocid: string, d: CallData, opened: ReadonlySet<number>) {
  const { call, lots } = d;
  const ends = (xs: Date[]) => maxOf(xs.map((x) => x.toISOString()));
  const published = call.publishedAt?.toISOString();
  const total = lots.reduce((sum, l) => sum + l.budgetAmount, 0);
  const tenderers = new Set(d.bids.filter((b) => opened.has(b.lotId)).map((b) => b.supplierId));
  const criteria = awardCriteria(d);
  return {
    id: ocid, title: call.title, ...(call.description ? { description: call.description } : {}), status: tenderStatus(d),
    procurementMethod: METHOD[call.kind], procurementMethodDetails: METHOD_DETAILS[call.kind], mainProcurementCategory: 'services',
    value: clp(total),
    ...(d.criteria.length ? { awardCriteria: 'ratedCriteria', awardCriteriaDetails: d.criteria.map((c) => `${c.name}: ${c.weight} %`).join('; ') } : {}),
    tenderPeriod: { ...(published ? { startDate: published } : {}), endDate: ends(lots.map((l) => l.bidsUntil)) },
    enquiryPeriod: { ...(published ? { startDate: published } : {}), endDate: ends(lots.map((l) => l.questionsUntil)) },
    awardPeriod: { startDate: minOf(lots.map((l) => l.bidsUntil.toISOString())), endDate: maxOf(lots.map((l) => endOfDay(l.awardBy))) },
    contractPeriod: { startDate: minOf(lots.map((l) => startOfDay(l.deliveryStart))), endDate: maxOf(lots.map((l) => endOfDay(l.deliveryEnd))) },
    ...(opened.size > 0 ? { numberOfTenderers: tenderers.size } : {}),
    items: lots.map((l) => ({
      id: String(l.number), description: l.title, classification: { scheme: 'CABILDO-CAT', id: l.category }, relatedLot: String(l.number),
    })),
    lots: lots.map((l) => ({
      id: String(l.number), title: l.title, ...(l.description ? { description: l.description } : {}), status: LOT_STATUS[l.state],
      value: clp(l.budgetAmount),
      tenderPeriod: { ...(published ? { startDate: published } : {}), endDate: l.bidsUntil.toISOString() },
      enquiryPeriod: { ...(published ? { startDate: published } : {}), endDate: l.questionsUntil.toISOString() },
      contractPeriod: { startDate: startOfDay(l.deliveryStart), endDate: endOfDay(l.deliveryEnd) },
      ...(criteria.criteria.length ? { awardCriteria: criteria } : {}),
    })),
    ...(call.maxLotsBid !== null || call.maxLotsWon !== null ? {
      lotDetails: {
        ...(call.maxLotsBid !== null ? { maximumLotsBidPerSupplier: call.maxLotsBid } : {}),
        ...(call.maxLotsWon !== null ? { maximumLotsAwardedPerSupplier: call.maxLotsWon } : {}),
      },
    } : {}),
    ...(call.kind === 'framework' ? {
      techniques: {
        hasFrameworkAgreement: true,
        // Call-offs are placed directly or after a renewed competition among the admitted suppliers (contracts/schema.ts).
        frameworkAgreement: {
          method: 'withAndWithoutReopeningCompetition', maximumParticipants: lots.reduce((n, l) => n + l.admitCount, 0), value: clp(total),
          period: { startDate: minOf(lots.map((l) => startOfDay(l.deliveryStart))), endDate: maxOf(lots.map((l) => endOfDay(l.deliveryEnd))) },
        },
      },
    } : {}),
    ...(d.amendments.length ? {
      amendments: d.amendments.map((a) => ({ id: String(a.id), date: a.at.toISOString(), rationale: a.summary })),
    } : {}),
  };
}
