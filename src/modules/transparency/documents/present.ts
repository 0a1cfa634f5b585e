// The JSON of a request's documents (DESIGN.md convention 5): explicit fields. The public shape describes the published
// (redacted) version; the officials' shape adds the status and the original's size, never the names typed as rules.
import { Type, type Static } from '@sinclair/typebox';
import { DOCUMENT_STATUSES, REDACTION_MODES } from './schema.js';
import { REDACTION_KINDS } from './redaction.js';
import type { DocumentSummary } from './queries.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const documentsUrl = (slug: string, folio: string) => `/instituciones/${slug}/transparencia/solicitudes/${encodeURIComponent(folio)}/documentos`;
export const documentUrl = (slug: string, folio: string, id: number) => `${documentsUrl(slug, folio)}/${id}`;
export const previewUrl = (slug: string, folio: string, id: number) => `${documentUrl(slug, folio, id)}/revision`;

const Counts = Type.Object(Object.fromEntries(REDACTION_KINDS.map((k) => [k, Type.Optional(Type.Integer({ minimum: 1 }))])),
  { description: 'How many pieces of each kind were redacted (RUN, email, name, phone); never the values' });

export const DocumentJson = Type.Object({
  id: Type.Integer(), title: Type.String(), fileName: Type.String(), mediaType: Type.String({ description: 'Read from the file\'s content' }),
  size: Type.Integer({ description: 'Bytes of the published (redacted) version' }), sha256: Type.String({ description: 'Hex digest of the published version; the download\'s ETag' }),
  redactionMode: literals(REDACTION_MODES), redactions: Counts, publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  url: Type.String({ description: 'Download of the published version' }),
});
export type DocumentJsonType = Static<typeof DocumentJson>;

export const OfficialDocumentJson = Type.Composite([DocumentJson, Type.Object({
  status: literals(DOCUMENT_STATUSES), originalSize: Type.Integer({ description: 'Bytes of the original (officials only)' }),
  previewUrl: Type.String(), originalUrl: Type.String(),
})]);

/** A published document for the request's public page and JSON; `slug` and `folio` make its URL. */
export function presentDocument(d: DocumentSummary, slug: string, folio: string): DocumentJsonType {
  return {
    id: d.id, title: d.title, fileName: d.fileName, mediaType: d.mediaType, size: d.redactedSize, sha256: d.sha256, redactionMode: d.redactionMode,
    redactions: d.redactions, publishedAt: d.publishedAt?.toISOString() ?? null, url: documentUrl(slug, folio, d.id),
  };
}

export function presentOfficialDocument(d: DocumentSummary, slug: string, folio: string): Static<typeof OfficialDocumentJson> {
  return { ...presentDocument(d, slug, folio), status: d.status, originalSize: d.size, previewUrl: previewUrl(slug, folio, d.id),
    originalUrl: `${documentUrl(slug, folio, d.id)}/original` };
}
