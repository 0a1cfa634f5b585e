// The OCDS 1.1 API, public and read-only (Ley 19.886 art. 20; Ley 20.285 art. 7): release packages, paginated by
// cursor and streamed (GET /api/v1/procurement/ocds/releases), record packages compiled by the OCDS merge rules
// (GET …/records/{ocid}, with the versioned release on request), and the bulk JSON Lines files, gzip-compressed.
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { encodeCursor } from '../../../core/http/pagination.js';
import { compileRecordPackage } from './merge.js';
import { OCDS_API, packageMeta } from './package.js';
import { findReleaseVersion, listProcessReleases } from './queries.js';
import { releaseLines, releasePackageText } from './export.js';
import { mergeRules, readReleaseCursor, readReleaseFilter, ReleaseFilterQuery } from './filters.js';

const ReleasesQuery = Type.Composite([ReleaseFilterQuery, Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'Opaque cursor: the `links.next` of the previous page carries it' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1000, description: 'Releases per page' })),
})]);
const BulkQuery = Type.Composite([
  Type.Pick(ReleaseFilterQuery, ['institution']),
  Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'Releases dated that year (America/Santiago)' })) }),
]);
const RecordParams = Type.Object({ ocid: Type.String({ minLength: 1, maxLength: 200 }) });
const RecordQuery = Type.Object({ versioned: Type.Optional(Type.Boolean({ description: 'Add each record\'s versionedRelease' })) });

/** 304 when the client holds this version (releases are append-only, so count and newest id name the content). */
function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('etag', etag).header('cache-control', 'public, max-age=60');
  if (request.headers['if-none-match'] !== etag) return false;
  void reply.code(304).send();
  return true;
}

export async function ocdsApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  app.get(`${OCDS_API}/releases`, {
    schema: { summary: 'OCDS 1.1 release package, streamed and paginated by cursor (links.next)', tags: ['procurement'], querystring: ReleasesQuery },
  }, async (request, reply) => {
    const q = request.query as Static<typeof ReleasesQuery>;
    const filter = await readReleaseFilter(db, q);
    const after = readReleaseCursor(q.cursor);
    const url = new URL(request.url, config.baseUrl);
    const nextUrl = (key: { date: string; id: number }) => {
      url.searchParams.set('cursor', encodeCursor([key.date, key.id]));
      return url.toString();
    };
    const meta = packageMeta(config, request.url);
    return reply.type('application/json; charset=utf-8').send(Readable.from(releasePackageText(db, meta, filter, after, q.limit ?? 1000, nextUrl)));
  });

  app.get(`${OCDS_API}/records/:ocid`, {
    schema: { summary: 'OCDS 1.1 record package of one process: compiledRelease, and versionedRelease on request', tags: ['procurement'], params: RecordParams, querystring: RecordQuery },
  }, async (request, reply) => {
    const { ocid } = request.params as Static<typeof RecordParams>;
    const { versioned } = request.query as Static<typeof RecordQuery>;
    const rows = await listProcessReleases(db, ocid);
    if (rows.length === 0) throw notFound();
    if (notModified(request, reply, `W/"${rows.length}-${rows.at(-1)!.id}${versioned ? '-v' : ''}"`)) return reply;
    const releases = `${OCDS_API}/releases?ocid=${encodeURIComponent(ocid)}`;
    const pkg = { ...packageMeta(config, releases), releases: rows.map((r) => JSON.parse(r.json) as unknown) };
    const record = compileRecordPackage(pkg, { versioned: versioned ?? false, schema: mergeRules(), uri: new URL(request.url, config.baseUrl).toString() });
    return reply.type('application/json; charset=utf-8').send(record);
  });

  app.get(`${OCDS_API}/bulk/releases.jsonl.gz`, {
    schema: { summary: 'Every OCDS release (of an institution, of a year), one per line, gzip-compressed', tags: ['procurement'], querystring: BulkQuery },
  }, async (request, reply) => {
    const q = request.query as Static<typeof BulkQuery>;
    const filter = await readReleaseFilter(db, { institution: q.institution, ...(q.year ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : {}) });
    const version = await findReleaseVersion(db, filter);
    if (notModified(request, reply, `W/"${version.count}-${version.maxId ?? 0}"`)) return reply;
    const name = ['ocds-releases', q.institution, q.year].filter((x) => x !== undefined).join('-');
    return reply.type('application/gzip').header('content-disposition', `attachment; filename="${name}.jsonl.gz"`)
      .send(Readable.from(releaseLines(db, filter)).pipe(createGzip({ level: 6 })));
  });
}
