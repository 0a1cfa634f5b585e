// Questions and answers of a call. Anyone signed in may ask while the lot (or, for a question about the whole call,
// any open lot) still takes questions, judged on the server's clock up to and including questionsUntil; questions are
// public but the asker never is (their audit entry is private). Officials answer each question once: the answer is a
// public step of the process (question_answered, OCDS tenderUpdate).
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { conflict, notFound } from '../../../../core/http/errors.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { procurementCalls as calls, procurementLots as lots, procurementQuestions as questions } from '../schema.js';

export type AskInput = { callId: number; lotId: number | null; question: string };

export async function askQuestion(tx: Tx, input: AskInput, actor: AuditActor & { id: number }, at = new Date()): Promise<number> {
  const [call] = await tx.select({ state: calls.state, institutionId: calls.institutionId }).from(calls).where(eq(calls.id, input.callId));
  if (!call) throw notFound();
  const lotRows = await tx.select({ id: lots.id, state: lots.state, questionsUntil: lots.questionsUntil }).from(lots).where(eq(lots.callId, input.callId));
  const asked = input.lotId === null ? lotRows : lotRows.filter((l) => l.id === input.lotId);
  if (input.lotId !== null && asked.length === 0) throw notFound();
  const open = call.state === 'published' && asked.some((l) => l.state === 'open' && at.getTime() <= l.questionsUntil.getTime());
  if (!open) throw conflict('procurement.calls.error.questionsClosed');
  const [row] = await tx.insert(questions).values({ callId: input.callId, lotId: input.lotId, question: input.question, askedBy: actor.id, askedAt: at })
    .returning({ id: questions.id });
  await appendAudit(tx, {
    actor, institutionId: call.institutionId, action: 'procurement.question.asked', resourceType: 'procurement_question', resourceId: row!.id,
    public: false, summary: { callId: input.callId, lotId: input.lotId },
  });
  return row!.id;
}

export async function answerQuestion(tx: Tx, input: { callId: number; questionId: number; answer: string }, actor: AuditActor, at = new Date()): Promise<void> {
  const [q] = await tx.select({ callId: questions.callId, answer: questions.answer }).from(questions).where(eq(questions.id, input.questionId)).for('update');
  if (!q || q.callId !== input.callId) throw notFound();
  if (q.answer !== null) throw conflict('procurement.calls.error.alreadyAnswered');
  await tx.update(questions).set({ answer: input.answer, answeredBy: actor.id, answeredAt: at }).where(and(eq(questions.id, input.questionId), isNull(questions.answer)));
  await recordProcessEvent(tx, { callId: q.callId, kind: 'question_answered', data: { questionId: input.questionId }, author: 'official', actor, at });
}
