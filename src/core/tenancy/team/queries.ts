// The people holding roles in an institution (its team), for its administrators.
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { people, roleAssignments } from '../../auth/schema.js';

export async function listTeam(db: DbOrTx, institutionId: number) {
  return db.select({
    assignmentId: roleAssignments.id, personId: people.id, name: people.name, email: people.email,
    role: roleAssignments.role, permissions: roleAssignments.permissions,
  }).from(roleAssignments).innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(eq(roleAssignments.institutionId, institutionId))
    .orderBy(asc(people.name), asc(roleAssignments.id));
}
export type TeamMember = Awaited<ReturnType<typeof listTeam>>[number];

export async function findAssignment(db: DbOrTx, institutionId: number, assignmentId: number) {
  const [row] = await db.select().from(roleAssignments)
    .where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.institutionId, institutionId)));
  return row ?? null;
}
