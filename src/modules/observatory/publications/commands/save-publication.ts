// Stewards write publications as drafts, then publish them (publish.ts). The slug comes from the title and follows it
// while the publication has never been published; from the first publication on it never changes, so links and the
// feed's entries stay valid. The optional PDF is checked by its bytes (core/http/files.ts sniffDocument: a renamed
// executable is not a PDF because its name ends in .pdf) and stored in the row. Refusals are InvalidField (422) and
// write nothing; every write carries its audit row, public once the publication is.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { auditLog } from '../../../../core/audit/schema.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { sanitiseFileName, sniffDocument } from '../../../../core/http/files.js';
import { observatoryPublications as pubs, type PublicationKind } from '../schema.js';
import { slugsLike } from '../queries.js';
import { freeSlug, slugify } from '../rules.js';

/** Policy briefs are a few pages; 20 MB leaves room for a report with figures, and bounds what a row holds. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export interface PublicationFields { kind: PublicationKind; title: string; summary: string; body: string }
export interface Attachment { fileName: string; bytes: Buffer }

function checkAttachment(file: Attachment): { attachmentName: string; attachment: Buffer } {
  if (file.bytes.length === 0) throw new InvalidField('file', 'observatory.publication.error.fileEmpty');
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) throw new InvalidField('file', 'observatory.publication.error.fileTooLarge');
  const name = sanitiseFileName(file.fileName);
  if (sniffDocument(file.bytes, name) !== 'application/pdf') throw new InvalidField('file', 'observatory.publication.error.fileType');
  return { attachmentName: /\.pdf$/i.test(name) ? name : `${name}.pdf`, attachment: file.bytes };
}

const slugFor = async (tx: Tx, title: string) => {
  const base = slugify(title, 'publicacion');
  return freeSlug(base, await slugsLike(tx, 'publications', base));
};

export async function createPublication(tx: Tx, input: PublicationFields & { file?: Attachment }, by: AuditActor): Promise<string> {
  const file = input.file ? checkAttachment(input.file) : {};
  const [row] = await tx.insert(pubs).values({ kind: input.kind, title: input.title, summary: input.summary, body: input.body, slug: await slugFor(tx, input.title),
    createdBy: by.id, ...file }).returning({ id: pubs.id, slug: pubs.slug });
  await appendAudit(tx, { actor: by, action: 'observatory.publication.create', resourceType: 'observatory_publication', resourceId: row!.id, public: false,
    summary: { kind: input.kind, attachment: !!input.file } });
  return row!.slug;
}

const everPublished = async (tx: Tx, id: number) => (await tx.select({ seq: auditLog.seq }).from(auditLog)
  .where(and(eq(auditLog.action, 'observatory.publication.publish'), eq(auditLog.resourceType, 'observatory_publication'), eq(auditLog.resourceId, String(id)))).limit(1)).length > 0;

/** Returns the (possibly new) slug. `file` replaces the PDF; `removeFile` drops it. */
export async function updatePublication(tx: Tx, current: { id: number; slug: string; title: string; publishedAt: Date | null },
  input: PublicationFields & { file?: Attachment; removeFile?: boolean }, by: AuditActor): Promise<string> {
  const file = input.file ? checkAttachment(input.file) : input.removeFile ? { attachmentName: null, attachment: null } : {};
  const slug = input.title !== current.title && !current.publishedAt && !(await everPublished(tx, current.id)) ? await slugFor(tx, input.title) : current.slug;
  await tx.update(pubs).set({ kind: input.kind, title: input.title, summary: input.summary, body: input.body, slug, updatedAt: new Date(), ...file })
    .where(eq(pubs.id, current.id));
  await appendAudit(tx, { actor: by, action: 'observatory.publication.update', resourceType: 'observatory_publication', resourceId: current.id,
    public: !!current.publishedAt, summary: { slug, ...(input.file ? { attachment: 'replaced' } : input.removeFile ? { attachment: 'removed' } : {}) } });
  return slug;
}
