// A dataset's distributions: a link to data published elsewhere, or a file uploaded here (stored in the database and
// served at a stable URL). An uploaded CSV must be readable as a table: its Table Schema is inferred and stored, and
// a CSV the inference refuses (no header, a repeated column) is refused before anything is written.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { transparencyDatasets as ds, transparencyDistributions as dist } from '../schema.js';
import { CsvProblem, inferTableSchema, type CsvTable } from '../table-schema.js';
import { InvalidField } from '../validation.js';
import { FORMATS, type Format } from '../vocabularies.js';
import { audit, type Official } from './save-dataset.js';

/** A municipal dataset is a table of thousands of rows, not millions: bigger files belong behind a link. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

type Target = { id: number; institutionId: number };
const touch = (tx: Tx, id: number) => tx.update(ds).set({ version: sql`${ds.version} + 1`, updatedAt: new Date() }).where(eq(ds.id, id));

export async function addLink(tx: Tx, dataset: Target, input: { title: string; format: Format; url: string }, official: Official) {
  const [row] = await tx.insert(dist).values({ datasetId: dataset.id, institutionId: dataset.institutionId, title: input.title, format: input.format,
    mediaType: FORMATS[input.format], url: input.url }).returning({ id: dist.id });
  await touch(tx, dataset.id);
  await audit(tx, official, dataset.institutionId, 'distribution.add', dataset.id, { distributionId: row!.id, format: input.format, url: input.url });
}

/** The format of an upload: the one chosen, else the file's extension when it is one we know. */
function formatOf(fileName: string, chosen: Format | undefined): Format {
  const ext = fileName.toUpperCase().split('.').pop() ?? '';
  const format = chosen ?? (ext in FORMATS ? ext as Format : undefined);
  if (!format) throw new InvalidField('format', 'transparency.catalogue.error.format');
  return format;
}

const SIGNATURES: Partial<Record<Format, Buffer>> = { PDF: Buffer.from('%PDF-'), ZIP: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  XLSX: Buffer.from([0x50, 0x4b, 0x03, 0x04]), ODS: Buffer.from([0x50, 0x4b, 0x03, 0x04]) };

/**
 * Whether the bytes can be what the format says: binary formats by their first bytes, text formats by having no NUL
 * byte. HTML is accepted as a link only: a page uploaded here would run in this site's origin.
 */
function fitsFormat(bytes: Buffer, format: Format) {
  if (format === 'HTML') return false;
  const signature = SIGNATURES[format];
  return signature ? bytes.subarray(0, signature.length).equals(signature) : !bytes.includes(0);
}

/** The file's name without any path or control characters, at most 150 characters. */
const cleanName = (name: string) => (name.normalize('NFC').split(/[/\\]/).pop() ?? '')
  // eslint-disable-next-line no-control-regex
  .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '').trim().slice(-150) || 'datos';

export async function addFile(tx: Tx, dataset: Target, input: { title: string; format?: Format; fileName: string; bytes: Buffer }, official: Official) {
  if (input.bytes.length === 0) throw new InvalidField('file', 'transparency.catalogue.error.fileEmpty');
  if (input.bytes.length > MAX_FILE_BYTES) throw new InvalidField('file', 'transparency.catalogue.error.fileTooLarge');
  const fileName = cleanName(input.fileName);
  const format = formatOf(fileName, input.format);
  if (!fitsFormat(input.bytes, format)) throw new InvalidField('file', 'transparency.catalogue.error.content');
  let tableSchema: CsvTable | null = null;
  if (format === 'CSV') {
    try {
      const { schema, dialect } = inferTableSchema(input.bytes);
      tableSchema = { schema, dialect };
    } catch (e) {
      if (e instanceof CsvProblem) throw new InvalidField('file', 'transparency.catalogue.error.csv');
      throw e;
    }
  }
  const [row] = await tx.insert(dist).values({ datasetId: dataset.id, institutionId: dataset.institutionId, title: input.title, format,
    mediaType: FORMATS[format], fileName, size: input.bytes.length, sha256: createHash('sha256').update(input.bytes).digest('hex'),
    content: input.bytes, tableSchema }).returning({ id: dist.id });
  await touch(tx, dataset.id);
  await audit(tx, official, dataset.institutionId, 'distribution.upload', dataset.id, { distributionId: row!.id, format, fileName, size: input.bytes.length });
}

/** False when the distribution is not this dataset's. */
export async function removeDistribution(tx: Tx, dataset: Target, distributionId: number, official: Official) {
  const removed = await tx.delete(dist).where(and(eq(dist.id, distributionId), eq(dist.datasetId, dataset.id))).returning({ id: dist.id });
  if (removed.length === 0) return false;
  await touch(tx, dataset.id);
  await audit(tx, official, dataset.institutionId, 'distribution.remove', dataset.id, { distributionId });
  return true;
}
