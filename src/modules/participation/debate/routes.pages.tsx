// Pages of the debate: /participacion/{procesos|consultas|propuestas}/{id}/debate with its forms (posted and
// redirected 303 with a flash; re-rendered with 422 and the values kept on errors), and the moderation queue.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { decodeCursor, encodeCursor } from '../../../core/http/pagination.js';
import { SUBMISSION_FIELD } from '../../../core/http/idempotency.js';
import { alignmentSummary, cursorBeforeRoot, findComment, moderationQueue, SORTS, threadPage, type Sort, type ThreadRow } from './queries.js';
import { canComment, canEditComment, canModerate, ROOTS_PER_PAGE } from './rules.js';
import type { Actor } from '../../../core/policy.js';
import { debatePath, findTarget, targetTypeOfSegment, type Target } from './target.js';
import { moderatedInstitutions, submitComment, submitEdit, submitModeration, submitReport, submitVote } from './service.js';
import { CommentFormSchema, EditFormSchema, ModerationFormSchema, ReportFormSchema, VoteFormSchema } from './form.js';
import { DebatePage } from './views/thread.js';
import { PANEL_PARAMS, type PanelKind } from './views/comment.js';
import type { FormState } from './views/forms.js';
import { MODERATION_PATH, ModerationQueuePage } from './views/moderation.js';

const TargetParams = Type.Object({ segment: Type.String({ maxLength: 20 }), id: Type.Integer({ minimum: 1 }) });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const PageQuery = Type.Object({
  orden: Type.Optional(Type.Union(SORTS.map((s) => Type.Literal(s)))), cursor: Type.Optional(Type.String({ maxLength: 200 })),
  ...Object.fromEntries(Object.values(PANEL_PARAMS).map((p) => [p, Type.Optional(Type.Integer({ minimum: 1 }))])),
});
const QueueQuery = Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 200 })) });
type Panel = { kind: PanelKind; commentId: number } | null;

/** A form opens under a comment only for who may use it (the same rules as the links that open it, views/comment.tsx). */
function panelAllowed(kind: PanelKind, row: ThreadRow, actor: Actor | null, open: boolean, moderator: boolean): boolean {
  if (kind === 'moderate') return moderator;
  if (kind === 'edit') return open && canEditComment(actor, row, new Date());
  if (kind === 'reply') return open && canComment(actor) && row.status === 'visible';
  return canComment(actor) && row.status !== 'hidden' && actor.personId !== row.authorId;
}

export async function debatePageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  async function targetOf(segment: string, id: number): Promise<Target> {
    const type = targetTypeOfSegment(segment);
    const target = type && await findTarget(db, type, id);
    if (!target) throw notFound();
    return target;
  }

  async function render(request: FastifyRequest, reply: FastifyReply, target: Target, opts: { sort?: Sort; cursor?: string; panel: Panel; form: FormState; status?: number }) {
    const sort = opts.sort ?? 'oldest';
    const moderator = canModerate(request.actor, target.institutionId);
    const after = opts.cursor ? decodeCursor(opts.cursor) : opts.panel ? await cursorBeforeRoot(db, opts.panel.commentId, sort) : null;
    const [page, summary] = await Promise.all([
      threadPage(db, { targetType: target.type, targetId: target.id, sort, after, limit: ROOTS_PER_PAGE, viewerId: request.actor?.personId ?? null, moderator }),
      alignmentSummary(db, target.type, target.id),
    ]);
    const row = opts.panel && page.rows.find((r) => r.id === opts.panel!.commentId);
    const panel = row && panelAllowed(opts.panel!.kind, row, request.actor, target.open, moderator) ? opts.panel : null;
    return reply.html(<DebatePage ctx={request.view()} target={target} summary={summary} rows={page.rows} next={page.next && encodeCursor(page.next)}
      sort={sort} firstPage={!after} moderator={moderator} now={new Date()} panel={panel} form={opts.form} />, opts.status ?? 200);
  }

  app.get('/participacion/:segment/:id/debate', { schema: { hide: true, params: TargetParams, querystring: PageQuery } }, async (request, reply) => {
    const { segment, id } = request.params as Static<typeof TargetParams>;
    const q = request.query as Record<string, string | number | undefined>;
    const target = await targetOf(segment, id);
    const open = (Object.entries(PANEL_PARAMS) as Array<[PanelKind, string]>).find(([, p]) => q[p] !== undefined);
    const panel: Panel = open ? { kind: open[0], commentId: Number(q[open[1]]) } : null;
    let form: FormState = { values: {} };
    if (panel?.kind === 'edit') {
      const c = await findComment(db, panel.commentId);
      if (c && c.authorId === request.actor?.personId) form = { values: { body: c.body, alignment: c.alignment } };
    }
    return render(request, reply, target, { sort: q.orden as Sort | undefined, cursor: q.cursor as string | undefined, panel, form });
  });

  app.post('/participacion/:segment/:id/debate', { schema: { hide: true, params: TargetParams } }, async (request, reply) => {
    const { segment, id } = request.params as Static<typeof TargetParams>;
    const target = await targetOf(segment, id);
    const form = parseForm(CommentFormSchema, request.body, request.t);
    if (!form.ok) {
      const parentId = Number(form.values.parentId) || undefined;
      return render(request, reply, target, { panel: parentId ? { kind: 'reply', commentId: parentId } : null, form, status: 422 });
    }
    const done = await submitComment(db, request.actor, { target, parentId: form.value.parentId, body: form.value.body, alignment: form.value.alignment },
      request.locale, form.value[SUBMISSION_FIELD]);
    reply.flash('success', done.status === 'held' ? 'participation.debate.heldFlash' : 'participation.debate.published');
    return reply.redirect(`${debatePath(target.type, target.id)}#c-${done.id}`, 303);
  });

  /** A form posted about one comment: parsed, run, and answered with the thread (422 with the form open on errors). */
  function commentForm<S extends Parameters<typeof parseForm>[0]>(action: string, schema: S, kind: PanelKind,
    run: (request: FastifyRequest, id: number, value: Static<S>) => Promise<unknown>, flash: Parameters<FastifyReply['flash']>[1]) {
    app.post(`/participacion/comentarios/:id/${action}`, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
      const { id } = request.params as Static<typeof IdParams>;
      const comment = await findComment(db, id);
      if (!comment) throw notFound();
      const target = (await findTarget(db, comment.targetType, comment.targetId))!;
      const form = parseForm(schema, request.body, request.t);
      if (!form.ok) return render(request, reply, target, { panel: { kind, commentId: id }, form, status: 422 });
      await run(request, id, form.value);
      return reply.flash('success', flash).redirect(`${debatePath(target.type, target.id)}#c-${id}`, 303);
    });
  }
  commentForm('editar', EditFormSchema, 'edit', (r, id, v) => submitEdit(db, r.actor, id, v, r.locale), 'participation.debate.saved');
  commentForm('voto', VoteFormSchema, 'reply', (r, id, v) => submitVote(db, r.actor, id, v.value === '0' ? null : (Number(v.value) as 1 | -1), r.locale), 'participation.debate.voted');
  commentForm('denuncia', ReportFormSchema, 'report', (r, id, v) => submitReport(db, r.actor, id, v), 'participation.debate.reported');
  commentForm('moderacion', ModerationFormSchema, 'moderate', (r, id, v) => submitModeration(db, r.actor, id, v), 'participation.debate.moderated');

  app.get(MODERATION_PATH, { schema: { hide: true, querystring: QueueQuery } }, async (request, reply) => {
    const institutions = moderatedInstitutions(request.actor);
    if (!request.actor || (institutions !== null && institutions.length === 0)) throw denied(!!request.actor);
    const { cursor } = request.query as Static<typeof QueueQuery>;
    const after = decodeCursor(cursor);
    const rows = await moderationQueue(db, institutions, after ? Number(after[0]) : null, 50);
    const items = rows.slice(0, 50);
    return reply.html(<ModerationQueuePage ctx={request.view()} rows={items} next={rows.length > 50 ? encodeCursor([items.at(-1)!.id]) : null} firstPage={!cursor} />);
  });
}
