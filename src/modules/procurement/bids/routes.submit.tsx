// The bid form page: GET shows it to a supplier's representative; POST (multipart, with documents) submits the bid and
// redirects 303 to "Mis ofertas" with a flash, or re-renders the form (422) with its errors and values, files aside
// (views/bid-form.tsx says why). An encapsulated plugin: the multipart parser it installs serves these routes only.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, forbidden, unauthorized } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { CSRF_FIELD } from '../../../core/http/csrf.js';
import { acceptUploads, uploadedFiles } from '../../../core/identity/eligibility/upload.js';
import { answeredCriteria, representedSuppliers, type BidLot } from './queries.js';
import { MAX_BID_BYTES, MAX_BID_DOCUMENTS, checkBid, submitBid } from './commands/submit-bid.js';
import { LotParams, biddersFor, lotOr404, parsePrice, refusal } from './service.js';
import { MY_BIDS_PATH } from './present.js';
import { BidFormPage, NotRepresentingPage, type FormState } from './views/bid-form.js';

const PAGE = '/instituciones/:slug/compras/llamados/:id/lotes/:n/oferta';
const PageForm = Type.Object({ supplierId: Type.Integer({ minimum: 1 }), price: Type.String({ minLength: 1, maxLength: 30 }) });
const ANSWER = /^answer-(\d{1,9})$/;

/** The body apart: files, answers (answer-<criterion id>) and the other fields; the CSRF token was checked already. */
function split(body: unknown) {
  const { documents, [CSRF_FIELD]: _csrf, ...rest } = { ...(body as Record<string, unknown> | undefined) };
  const answers: Record<string, string> = {};
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) {
    const m = ANSWER.exec(k);
    if (m && typeof v === 'string') answers[m[1]!] = v; else fields[k] = v;
  }
  const values = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  return { files: uploadedFiles(documents), answers, fields, values };
}

export async function bidFormRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  acceptUploads(app, { maxFileBytes: MAX_BID_BYTES, maxFiles: MAX_BID_DOCUMENTS });

  const render = async (request: FastifyRequest, reply: FastifyReply, lot: BidLot, form?: FormState, status = 200) =>
    reply.html(<BidFormPage ctx={request.view()} lot={lot} criteria={await answeredCriteria(db, lot.callId)} now={new Date()}
      suppliers={await biddersFor(db, request.actor!.personId, lot.id)} form={form} />, status);

  /** The lot, for a signed-in representative of some supplier; run before the body is read (no 25 MB for anyone else). */
  const bidder = async (request: FastifyRequest) => {
    const { slug, id, n } = request.params as LotParams;
    const lot = await lotOr404(db, slug, id, n);
    if (!request.actor) throw unauthorized();
    if ((await representedSuppliers(db, request.actor.personId)).length === 0) throw forbidden();
    return lot;
  };
  const preParsing = async (request: FastifyRequest, _reply: unknown, payload: unknown) => { await bidder(request); return payload; };

  app.get(PAGE, { schema: { hide: true, params: LotParams } }, async (request, reply) => {
    if (!request.actor) {
      const { slug, id, n } = request.params as LotParams;
      await lotOr404(db, slug, id, n);
      return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    }
    try {
      return await render(request, reply, await bidder(request));
    } catch (e) {
      if (e instanceof HttpError && e.statusCode === 403) return reply.html(<NotRepresentingPage ctx={request.view()} />, 403);
      throw e;
    }
  });

  // A form over the size limit is refused while it streams in (413 from the parser): the form again, with its error.
  app.setErrorHandler(async (error, request, reply) => {
    if (!(error instanceof HttpError && error.code === 'payload_too_large' && request.routeOptions.url === PAGE)) throw error;
    const lot = await bidder(request);
    return render(request, reply, lot, { values: {}, errors: { documents: request.t('procurement.bid.error.documentsTooLarge') } }, 422);
  });

  app.post(PAGE, { schema: { hide: true, params: LotParams }, preParsing }, async (request, reply) => {
    const lot = await bidder(request);
    const { files, answers, fields, values } = split(request.body);
    const form = parseForm(PageForm, fields, request.t);
    const documents = files.map((f) => ({ fileName: f.filename, bytes: f.bytes }));
    const price = parsePrice(form.ok ? form.value.price : values.price ?? '') ?? 0;
    // Every problem at once (the command alone would stop at the first).
    const checked = checkBid(lot.budgetAmount, await answeredCriteria(db, lot.callId), { price, answers, documents });
    const errors = { ...(form.ok ? {} : form.errors), ...Object.fromEntries(Object.entries(checked.errors).map(([k, key]) => [k, request.t(key)])) };
    if (!form.ok || Object.keys(errors).length > 0) return render(request, reply, lot, { values, errors }, 422);
    try {
      await db.transaction((tx) => submitBid(tx, config, { lotId: lot.id, supplierId: form.value.supplierId, price, answers, documents }, request.actor!));
      return reply.flash('success', 'procurement.bid.submitted').redirect(MY_BIDS_PATH, 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (!errors) throw e;
      return render(request, reply, lot, { values, errors }, 'form' in errors ? 409 : 422);
    }
  });
}
