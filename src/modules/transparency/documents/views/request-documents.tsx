// <RequestDocuments>: the published documents of a request, for its public page: title, type, size, what was redacted,
// and the download of the published (redacted) version. Renders nothing when there are none.
import type { ViewContext } from '../../../../core/views/context.js';
import type { DocumentSummary } from '../queries.js';
import { documentUrl } from '../present.js';
import { formatSize, redactionLine, typeName } from './parts.js';

export interface RequestDocumentsProps {
  ctx: ViewContext;
  /** The institution's slug and the request's folio, for the download URLs. */
  slug: string;
  folio: string;
  /** listPublishedDocuments(db, requestId). */
  documents: DocumentSummary[];
  /** The heading's level: 2 by default (a section of the request's page). */
  level?: 2 | 3;
}

export function RequestDocuments({ ctx, slug, folio, documents, level = 2 }: RequestDocumentsProps) {
  const { t, locale } = ctx;
  const published = documents.filter((d) => d.status === 'published');
  if (published.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="request-documents">
      <Heading id="request-documents">{t('transparency.documents.publicHeading')}</Heading>
      <ul class="export-links">
        {published.map((d) => (
          <li>
            <a href={documentUrl(slug, folio, d.id)} download={d.fileName}>{d.title}</a>{' '}
            <span class="cell-note">{`${d.fileName} · ${typeName(d.mediaType)}, ${formatSize(d.redactedSize, locale)} · ${redactionLine(ctx, d)}`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
