// The preview's outcome: a summary one can quote (how many municipalities moved, the mean move, the largest moves)
// and every municipality's rank under the published method and under the preview, sorted by the preview's rank; the
// move comes right after the new rank, as in a league table, so a phone shows both without scrolling sideways.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Table } from '../../../../core/views/components/table.js';
import type { PreviewResult } from '../preview.js';
import type { RankMove } from '../compare.js';
import { Move, formatNumber, formatRank, formatScore } from './parts.js';

/** The summary, then `children` (the publish form, for stewards: before 345 rows, not after), then the table. */
export function PreviewResults({ ctx, year, result, children }: { ctx: ViewContext; year: number; result: PreviewResult; children?: ComponentChildren }) {
  const { t, locale } = ctx;
  const { summary, rows } = result;
  return (
    <section aria-labelledby="m-result" class="obs-result">
      <h2 id="m-result">{t('observatory.method.result.title', { year })}</h2>
      <p>{summary.moved === 0
        ? t('observatory.method.result.none', { compared: summary.compared })
        : t('observatory.method.result.summary', {
          moved: summary.moved, compared: summary.compared, up: summary.up, down: summary.down, mean: formatNumber(summary.meanAbsoluteMove, locale, 1),
        })}</p>
      {summary.biggest.length > 0 && (
        <>
          <h3>{t('observatory.method.result.biggest')}</h3>
          <ul>
            {summary.biggest.map((r) => (
              <li>{t('observatory.method.result.biggestItem', { name: r.name, from: formatRank(r.publishedRank), to: formatRank(r.previewRank) })} (<Move ctx={ctx} move={r.move} />)</li>
            ))}
          </ul>
        </>
      )}
      {children}
      <div class="obs-narrow"><Table ctx={ctx} caption={t('observatory.method.result.caption', { year })} rows={rows} columns={[
        { header: t('observatory.method.result.previewRank'), cell: (r: RankMove) => formatRank(r.previewRank), numeric: true },
        { header: t('observatory.method.result.move'), cell: (r) => <Move ctx={ctx} move={r.move} /> },
        { header: t('observatory.method.result.municipality'), cell: (r) => <a href={`/observatorio/municipios/${r.cut}`}>{r.name}</a>, rowHeader: true },
        { header: t('observatory.method.result.publishedRank'), cell: (r) => formatRank(r.publishedRank), numeric: true },
        { header: t('observatory.method.result.previewScore'), cell: (r) => formatScore(r.previewScore, locale), numeric: true },
      ]} /></div>
    </section>
  );
}
