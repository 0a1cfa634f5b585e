// A member in term publishes a periodic report of the body (title, the period it covers, the text): public at once.
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationOversightReports as reports } from '../schema.js';
import type { Body, Member } from '../queries.js';

export interface ReportInput { title: string; periodFrom: string; periodTo: string; body: string }

export async function publishReport(tx: Tx, body: Body, member: Member, input: ReportInput, person: Pick<Actor, 'personId' | 'name'>) {
  const [row] = await tx.insert(reports).values({ bodyId: body.id, institutionId: body.institutionId, memberId: member.id, authorName: member.displayName, ...input }).returning();
  await appendAudit(tx, {
    actor: auditActor(person), institutionId: body.institutionId, action: 'participation.oversight.report.publish',
    resourceType: 'participation_oversight_report', resourceId: row!.id, public: true,
    summary: { title: input.title, periodFrom: input.periodFrom, periodTo: input.periodTo },
  });
  return row!;
}
