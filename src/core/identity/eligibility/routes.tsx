// /instituciones/:ref/padrones — eligibility lists (padrones) of an institution, for the officials who run its
// participation and its admins: the lists loaded, and a CSV upload that replaces a list whole or not at all.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { formatters } from '../../i18n/index.js';
import { auditActor, canActInModule, type Actor } from '../../policy.js';
import { institutionFor, RefParams } from '../../tenancy/access.js';
import { deriveKey } from '../keys.js';
import { importEligibilityList } from '../commands/import-eligibility-list.js';
import { acceptUploads } from './upload.js';
import { MAX_LIST_BYTES, readUpload } from './form.js';
import { comunaCodes, listEligibilityListsWithImports } from './queries.js';
import { EligibilityListsPage, type UploadState } from './views.js';

/** Lists decide who takes part in a consultation or vote: the participation module's business. */
const canManageLists = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'participation');

/** An encapsulated plugin: the multipart parser it installs serves these routes only. */
export async function eligibilityRoutes(app: FastifyInstance, { config, db }: { config: Config; db: Db }) {
  acceptUploads(app, { maxFileBytes: MAX_LIST_BYTES });
  const runKey = deriveKey(config.identityKey, 'run-hash');

  async function render(request: FastifyRequest, reply: FastifyReply, institution: { id: number; slug: string; name: string }, form?: UploadState) {
    const lists = await listEligibilityListsWithImports(db, institution.id);
    return reply.html(<EligibilityListsPage ctx={request.view()} institution={institution} lists={lists} form={form} />, form ? 422 : 200);
  }

  app.get('/instituciones/:ref/padrones', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution } = await institutionFor(db, request, canManageLists);
    return render(request, reply, institution);
  });

  app.post('/instituciones/:ref/padrones', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution, actor } = await institutionFor(db, request, canManageLists);
    const upload = readUpload(request.body, request.t, { comunas: await comunaCodes(db), runKey });
    if (!upload.ok) return render(request, reply, institution, upload);
    const { name, entries } = upload.value;
    const result = await db.transaction((tx) => importEligibilityList(tx, { institutionId: institution.id, name, entries }, auditActor(actor)));
    const { number } = formatters(request.locale);
    return reply.flash('success', 'identity.eligibility.imported', { name, entries: number.format(result.entries), previous: number.format(result.previousEntries) })
      .redirect(`/instituciones/${institution.slug}/padrones`, 303);
  });
}
