// The dashboard's figures in words and tables: per platform, sentences of how many municipalities reached each stage
// (the published figures read this way) and the count at each stage; the municipality × platform matrix, stage as
// text in every cell (colour is never the only cue), each municipality linking to its record.
import type { ViewContext } from '../../../../core/views/context.js';
import { Table } from '../../../../core/views/components/table.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { ADOPTION_STATUSES, PLATFORMS } from '../../pillars.js';
import type { Dashboard, MatrixRow } from '../dashboard.js';
import { recordPath } from '../present.js';
import { formatDay, platformName, statusName } from './parts.js';

const REACHED = ['requested', 'enabled', 'in_production'] as const;

export function PlatformFigures({ ctx, d }: { ctx: ViewContext; d: Dashboard }) {
  const { t } = ctx;
  const sentence = (p: string, s: string, n: number) => t(`observatory.adoption.sentence.${p}.${s}` as MessageKey, { n, total: d.municipalities });
  return <>
    <ul class="obs-platform-figures">
      {d.platforms.map((p) => (
        <li>
          <strong class="obs-key-figure">{sentence(p.platform, p.keyStage, p.atLeast[p.keyStage])}.</strong>
          {REACHED.filter((s) => s !== p.keyStage).map((s) => <span class="cell-note">{sentence(p.platform, s, p.atLeast[s])}.</span>)}
        </li>
      ))}
    </ul>
    <Table ctx={ctx} caption={t('observatory.adoption.countsCaption', { date: formatDay(ctx, d.asOf) })} rows={d.platforms} columns={[
      { header: t('observatory.adoption.platform'), rowHeader: true, cell: (p) => platformName(ctx, p.platform) },
      ...ADOPTION_STATUSES.map((s) => ({ header: statusName(ctx, s), numeric: true, cell: (p: Dashboard['platforms'][number]) => String(p.exactly[s]) })),
    ]} />
  </>;
}

export function AdoptionMatrix({ ctx, d }: { ctx: ViewContext; d: Dashboard }) {
  const { t } = ctx;
  return (
    <Table ctx={ctx} caption={t('observatory.adoption.matrixCaption')} rows={d.matrix} columns={[
      { header: t('observatory.adoption.municipality'), rowHeader: true, cell: (m: MatrixRow) => <a href={recordPath(d.region.code, m.cut)}>{m.name}</a> },
      ...PLATFORMS.map((p) => ({ header: t(`observatory.adoption.short.${p}`), cell: (m: MatrixRow) => <span class={`obs-stage obs-stage-${m.statuses[p]}`}>{statusName(ctx, m.statuses[p])}</span> })),
      { header: t('observatory.adoption.enabledCount'), numeric: true, cell: (m: MatrixRow) => `${m.enabledPlatforms}/4` },
    ]} />
  );
}
