// The public JSON of publications and panels (DESIGN.md convention 5): explicit fields, paths on this site, the
// Markdown as written and its rendered HTML; never who created a row (a person id) or any email.
import { Type, type Static } from '@sinclair/typebox';
import { PUBLICATION_KINDS } from './schema.js';
import type { PanelRow, PublicationRow } from './queries.js';
import { renderMarkdown } from './markdown.js';

export const PUBLICATIONS_PATH = '/observatorio/publicaciones';
export const PANELS_PATH = '/observatorio/paneles';
export const FEED_PATH = '/observatorio/feed.atom';
export const publicationUrl = (slug: string) => `${PUBLICATIONS_PATH}/${slug}`;
export const attachmentUrl = (slug: string) => `${publicationUrl(slug)}/adjunto`;
export const panelUrl = (slug: string) => `${PANELS_PATH}/${slug}`;

const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const PublicationJson = Type.Object({
  slug: Type.String(), kind: Type.Union(PUBLICATION_KINDS.map((k) => Type.Literal(k)), { description: 'brief (policy brief) or report' }),
  title: Type.String(), summary: Type.String(), body: Type.String({ description: 'Markdown (CommonMark, no raw HTML)' }),
  bodyHtml: Type.String({ description: 'The body rendered as the page shows it' }),
  attachment: Type.Union([Type.Object({ fileName: Type.String(), size: Type.Integer({ description: 'Bytes' }), mediaType: Type.Literal('application/pdf'), url: Type.String() }), Type.Null()]),
  publishedAt: DateTime, updatedAt: DateTime, url: Type.String(),
});

export const PanelJson = Type.Object({
  slug: Type.String(), title: Type.String(), description: Type.String({ description: 'Markdown' }),
  startsAt: Type.String({ format: 'date-time', description: 'UTC; shown on the site in America/Santiago' }),
  durationMinutes: Type.Integer(), speakers: Type.Array(Type.Object({ name: Type.String(), affiliation: Type.String() })),
  videoUrl: Nullable(Type.String({ format: 'uri' })), summary: Nullable(Type.String({ description: 'Markdown, written after the panel' })),
  updatedAt: DateTime, url: Type.String(),
});

export const presentPublication = (r: PublicationRow): Static<typeof PublicationJson> => ({
  slug: r.slug, kind: r.kind, title: r.title, summary: r.summary, body: r.body, bodyHtml: renderMarkdown(r.body),
  attachment: r.attachmentName && r.attachmentSize !== null
    ? { fileName: r.attachmentName, size: r.attachmentSize, mediaType: 'application/pdf', url: attachmentUrl(r.slug) } : null,
  publishedAt: (r.publishedAt ?? r.updatedAt).toISOString(), updatedAt: r.updatedAt.toISOString(), url: publicationUrl(r.slug),
});

export const presentPanel = (r: PanelRow): Static<typeof PanelJson> => ({
  slug: r.slug, title: r.title, description: r.description, startsAt: r.startsAt.toISOString(), durationMinutes: r.durationMinutes,
  speakers: r.speakers.map((s) => ({ name: s.name, affiliation: s.affiliation })), videoUrl: r.videoUrl, summary: r.summary,
  updatedAt: r.updatedAt.toISOString(), url: panelUrl(r.slug),
});

/** Flat columns of the CSV exports (the JSON exports carry the same objects). */
export const PUBLICATION_COLUMNS = ['slug', 'kind', 'title', 'summary', 'publishedAt', 'updatedAt', 'attachment.fileName', 'attachment.size', 'url'];
export const PANEL_COLUMNS = ['slug', 'title', 'startsAt', 'durationMinutes', 'speakers', 'videoUrl', 'updatedAt', 'url'];
