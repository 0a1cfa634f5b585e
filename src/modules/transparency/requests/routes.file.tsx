// …/transparencia/solicitudes/nueva: filing without an account (Ley 20.285 art. 12). Validated, rate limited per
// address and per email, filed once however often the form is sent (the submission key serialises duplicates, which
// then find the first filing), mailed to the requester with the private link, and confirmed on a page that shows the
// folio, the deadline with how it was computed and the link (routes.private.tsx).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { eq } from 'drizzle-orm';
import type { ModuleDeps } from '../../../core/module.js';
import type { Mailer } from '../../../core/auth/email.js';
import { people } from '../../../core/auth/schema.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import { newSubmissionKey } from '../../../core/http/idempotency.js';
import { requestRulesOf } from './commands/file-request.js';
import { fileOnce } from './commands/file-once.js';
import { readFilingForm } from './form.js';
import { findRequestById } from './queries.js';
import { composeFiledEmail } from './views/filed-mail.js';
import { FileRequestPage } from './views/file-page.js';
import type { FormState } from './views/parts.js';
import { followUpPath, requestPath, requestsPath } from './views/paths.js';
import type { Locale } from '../../../core/i18n/index.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
/** Enough for a person filing several requests in a sitting; not for a script flooding an institution. */
export const FILING_LIMITS = { perIp: { max: 20, windowSeconds: 3600 }, perEmail: { max: 10, windowSeconds: 3600 } };


export async function limitFiling(db: ModuleDeps['db'], ip: string, email: string) {
  await consumeRateLimit(db, { key: `transparency.filing:ip:${ip}`, ...FILING_LIMITS.perIp });
  await consumeRateLimit(db, { key: `transparency.filing:email:${email.toLowerCase()}`, ...FILING_LIMITS.perEmail });
}

export async function sendFiledEmail(mailer: Mailer, baseUrl: string, to: { email: string; name: string; locale: Locale },
  filed: { folio: string; accessToken: string; institution: { slug: string; name: string }; subject: string; dueOn: string | null }) {
  await mailer.send(composeFiledEmail(to, {
    folio: filed.folio, institutionName: filed.institution.name, subject: filed.subject, dueOn: filed.dueOn,
    link: `${baseUrl}${followUpPath(filed.accessToken)}`, publicUrl: `${baseUrl}${requestPath(filed.institution.slug, filed.folio)}`,
  }));
}

export async function fileRoutes(app: FastifyInstance, { db, config, mailer }: ModuleDeps & { mailer: Mailer }) {
  const page = (slug: string) => `${requestsPath(slug)}/nueva`;

  app.get(page(':slug'), { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    const values: Record<string, string> = {};
    if (request.actor) {
      const [person] = await db.select({ email: people.email }).from(people).where(eq(people.id, request.actor.personId));
      Object.assign(values, { name: request.actor.name, email: person?.email ?? '' });
    }
    return reply.html(<FileRequestPage ctx={request.view()} institution={institution} form={{ values }} submission={newSubmissionKey()} />);
  });

  app.post(page(':slug'), { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    const form = readFilingForm(request.body, request.t);
    const render = (state: FormState) => reply.html(<FileRequestPage ctx={request.view()} institution={institution} form={state} submission={newSubmissionKey()} />, 422);
    if (!form.ok) return render(form);
    await limitFiling(db, request.ip, form.value.email);
    const outcome = await db.transaction((tx) => fileOnce(tx, institution.id, form.value, request.actor?.personId ?? null, requestRulesOf(config)));
    if (outcome.duplicate) {
      return reply.flash('info', 'transparency.request.file.duplicate', { folio: outcome.folio }).redirect(requestPath(institution.slug, outcome.folio), 303);
    }
    const row = await findRequestById(db, outcome.id);
    await sendFiledEmail(mailer, config.baseUrl, { email: form.value.email, name: form.value.name, locale: request.locale },
      { ...outcome, institution, subject: form.value.subject, dueOn: row?.dueOn ?? null });
    return reply.redirect(`${followUpPath(outcome.accessToken)}/recibida`, 303);
  });
}
