// Small pieces the documents' views share: a size in KB or MB, a type's short name, and the line that says what was
// redacted ("RUN: 2, nombres: 3"), counts only.
import type { ViewContext } from '../../../../core/views/context.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { REDACTION_KINDS, type RedactionCounts, type RedactionKind } from '../redaction.js';

export const KIND_LABELS: Record<RedactionKind, MessageKey> = {
  run: 'transparency.documents.kind.run', email: 'transparency.documents.kind.email', name: 'transparency.documents.kind.name', phone: 'transparency.documents.kind.phone',
};

export function formatSize(bytes: number, locale: string): string {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${n.format(Math.max(1, Math.round(bytes / 1024)))} KB` : `${n.format(bytes / (1024 * 1024))} MB`;
}

const TYPE_NAMES: Record<string, string> = { 'text/plain': 'TXT', 'text/csv': 'CSV', 'text/markdown': 'Markdown', 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' };
export const typeName = (mediaType: string) => TYPE_NAMES[mediaType] ?? (mediaType.includes('spreadsheet') ? 'XLSX' : mediaType.includes('word') ? 'DOCX' : mediaType.includes('opendocument') ? 'ODT' : mediaType);

/** "RUN: 2, nombres: 3", "Tarjado por la institución … (certificado)" or "No se encontraron datos personales". */
export function redactionCounts(ctx: ViewContext, d: { redactionMode: string; redactions: RedactionCounts }): string {
  const { t } = ctx;
  if (d.redactionMode === 'certified') return t('transparency.documents.certifiedLine');
  const parts = REDACTION_KINDS.filter((k) => d.redactions[k]).map((k) => `${t(KIND_LABELS[k])}: ${d.redactions[k]}`);
  return parts.length ? parts.join(', ') : t('transparency.documents.nothingFound');
}

/** The same with its subject where it stands alone: "Datos personales tarjados: RUN: 2, nombres: 3". */
export function redactionLine(ctx: ViewContext, d: { redactionMode: string; redactions: RedactionCounts }): string {
  const counts = redactionCounts(ctx, d);
  return d.redactionMode === 'automatic' && Object.keys(d.redactions).length ? ctx.t('transparency.documents.redactedLine', { list: counts }) : counts;
}
