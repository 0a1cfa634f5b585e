// /instituciones/:ref/verificaciones — an institution's officials verify a person's identity in person, with the
// identity card in hand (policy.ts: canVerifyIdentity).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.js';
import { canVerifyIdentity } from '../../policy.js';
import type { FormState } from '../../auth/views/auth-page.js';
import { institutionFor, RefParams } from '../../tenancy/access.js';
import { verifyIdentityInPerson } from '../commands/verify-identity-in-person.js';
import { VERIFY_REFUSAL_KEYS } from '../problems.js';
import { readVerifyForm } from './form.js';
import { listInPersonVerifications } from './queries.js';
import { VerificationPage } from './views.js';

export function verificationRoutes(app: FastifyInstance, { db }: { db: Db }) {
  async function render(request: FastifyRequest, reply: FastifyReply, institution: { id: number; slug: string; name: string }, form?: FormState) {
    const verifications = await listInPersonVerifications(db, institution.id);
    return reply.html(<VerificationPage ctx={request.view()} institution={institution} verifications={verifications} form={form} />, form ? 422 : 200);
  }

  app.get('/instituciones/:ref/verificaciones', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution } = await institutionFor(db, request, canVerifyIdentity);
    return render(request, reply, institution);
  });

  app.post('/instituciones/:ref/verificaciones', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution, actor } = await institutionFor(db, request, canVerifyIdentity);
    const form = await readVerifyForm(db, request.body, request.t);
    if (!form.ok) return render(request, reply, institution, form);
    const { person, run } = form.value;
    const outcome = await db.transaction((tx) => verifyIdentityInPerson(tx, { personId: person.id, run, institutionId: institution.id }, actor));
    if (outcome !== 'verified' && outcome !== 'already_verified') {
      return render(request, reply, institution, { values: request.body as Record<string, string>, errors: { run: request.t(VERIFY_REFUSAL_KEYS[outcome]) } });
    }
    const [kind, key] = outcome === 'verified' ? ['success', 'identity.verify.done'] as const : ['info', 'identity.verify.already'] as const;
    return reply.flash(kind, key, { name: person.name }).redirect(`/instituciones/${institution.slug}/verificaciones`, 303);
  });
}
