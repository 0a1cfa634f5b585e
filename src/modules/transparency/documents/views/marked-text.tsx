// The preview of a redaction: every piece the rules found, highlighted (<mark> with its kind) with the placeholder that
// will replace it, so the official reads exactly what the public will not. Large files show only the places with
// matches, the first 500, with their line numbers (a 10 MB page would not load on the phone the official may be using).
import type { ViewContext } from '../../../../core/views/context.js';
import { placeholderOf, segmentText, type Redaction } from '../redaction.js';
import type { CsvCell } from '../redaction-csv.js';
import type { DocumentPreview } from '../prepare.js';
import { KIND_LABELS } from './parts.js';

/** Beyond these, only what has matches is shown. */
const FULL_TEXT_CHARS = 100_000;
const FULL_CSV_ROWS = 500;
const CONTEXT = 60;
/** A page a phone can still open: past this many places or rows, the official reads the rest in the downloads. */
const MAX_SHOWN = 500;

function Mark({ ctx, m }: { ctx: ViewContext; m: Redaction }) {
  return <mark data-kind={m.kind} title={ctx.t(KIND_LABELS[m.kind])}>{m.text} <small>→ {placeholderOf(m.kind)}</small></mark>;
}

/** Text with its line breaks kept (as <br>), the matches marked. */
function Lines({ ctx, text, matches }: { ctx: ViewContext; text: string; matches: Redaction[] }) {
  return <>{segmentText(text, matches).map((s) => (typeof s === 'string'
    ? s.split(/\r?\n/).map((line, i) => <>{i > 0 && <br />}{line}</>)
    : <Mark ctx={ctx} m={s} />))}</>;
}

function TextPreview({ ctx, text, matches }: { ctx: ViewContext; text: string; matches: Redaction[] }) {
  if (text.length <= FULL_TEXT_CHARS) return <div class="redaction-preview notice"><p><Lines ctx={ctx} text={text} matches={matches} /></p></div>;
  // Line numbers counted in one walk (the matches are sorted), not by splitting the text again for each one.
  let line = 1;
  let at = 0;
  const lineOf = (to: number) => {
    for (let i = text.indexOf('\n', at); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) line++;
    at = to;
    return line;
  };
  return <>
    <p class="notice">{ctx.t('transparency.documents.preview.onlyMatches', { n: MAX_SHOWN })}</p>
    <ol class="redaction-preview">
      {matches.slice(0, MAX_SHOWN).map((m) => {
        const from = Math.max(0, m.start - CONTEXT);
        const shifted = { ...m, start: m.start - from, end: m.end - from };
        return <li>{ctx.t('transparency.documents.preview.line', { n: lineOf(m.start) })}: …<Lines ctx={ctx} text={text.slice(from, m.end + CONTEXT)} matches={[shifted]} />…</li>;
      })}
    </ol>
  </>;
}

function Cell({ ctx, cell }: { ctx: ViewContext; cell: CsvCell }) {
  return <Lines ctx={ctx} text={cell.value} matches={cell.matches} />;
}

function CsvPreview({ ctx, rows }: { ctx: ViewContext; rows: CsvCell[][] }) {
  const [header, ...body] = rows;
  if (!header) return <p class="empty-state">{ctx.t('table.empty')}</p>;
  const all = body.length <= FULL_CSV_ROWS;
  const shown = body.map((cells, i) => ({ cells, n: i + 2 })).filter((r) => all || r.cells.some((c) => c.matches.length > 0)).slice(0, MAX_SHOWN);
  return <>
    {!all && <p class="notice">{ctx.t('transparency.documents.preview.onlyMatchingRows', { n: MAX_SHOWN })}</p>}
    <div class="table-wrap" tabIndex={0} role="region" aria-label={ctx.t('transparency.documents.preview.csvCaption')}>
      <table>
        <caption>{ctx.t('transparency.documents.preview.csvCaption')}</caption>
        <thead><tr><th scope="col">{ctx.t('transparency.documents.preview.lineNumber')}</th>{header.map((c) => <th scope="col"><Cell ctx={ctx} cell={c} /></th>)}</tr></thead>
        <tbody>{shown.map((r) => <tr><th scope="row" class="num">{r.n}</th>{r.cells.map((c) => <td><Cell ctx={ctx} cell={c} /></td>)}</tr>)}</tbody>
      </table>
    </div>
  </>;
}

export function RedactionPreview({ ctx, preview }: { ctx: ViewContext; preview: DocumentPreview }) {
  if (preview.kind === 'certified') return <p class="notice">{ctx.t('transparency.documents.preview.certified')}</p>;
  if (preview.kind === 'csv') return <CsvPreview ctx={ctx} rows={preview.rows} />;
  return <TextPreview ctx={ctx} text={preview.text} matches={preview.matches} />;
}
