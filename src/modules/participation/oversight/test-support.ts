// Factories for the oversight tests: a body configured directly, members seated by a real draw (the commands, with
// the clock moved so volunteering has closed and the term runs), a commitment row for observations to point at.
import { eq, inArray, sql } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { people } from '../../../core/auth/schema.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { queryRows } from '../../../core/db/client.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { configureBody } from './commands/configure-body.js';
import { announceDraw } from './commands/announce-draw.js';
import { volunteerForDraw } from './commands/volunteer.js';
import { performDraw } from './commands/run-draw.js';
import { sha256Hex } from './draw.js';
import type { Body } from './queries.js';
import { participationOversightMembers } from './schema.js';

const system = { personId: 0, name: 'test' };
const DAY = 86_400_000;
/** The Santiago date `offsetDays` from now: due dates are Santiago days, and UTC is already tomorrow from 21:00 or 20:00 there. */
export const isoDay = (offsetDays: number) => toSantiagoDate(new Date(Date.now() + offsetDays * DAY));

export async function createBody(t: TestApp, institution = 'temuco', settings = { seats: 3, termMonths: 24, answerDays: 10 }): Promise<Body> {
  const inst = (await findInstitution(t.database.db, institution))!;
  return t.database.db.transaction((tx) => configureBody(tx, inst.id, settings, system));
}

/** All the given people volunteer and, since seats >= their number, all become members of a term running today. */
export async function seatMembers(t: TestApp, body: Body, personIds: number[], opts: { termStart?: string; seed?: string } = {}) {
  const { db } = t.database;
  const seed = opts.seed ?? 'semilla de prueba del sorteo';
  const names = await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, personIds));
  const draw = await db.transaction((tx) => announceDraw(tx, body, { termStart: opts.termStart ?? isoDay(-30), closesAt: new Date(Date.now() - 1000), seedHash: sha256Hex(seed) }, system));
  for (const n of names) await db.transaction((tx) => volunteerForDraw(tx, draw.id, { personId: n.id, name: n.name }, new Date(Date.now() - 60_000)));
  await db.transaction((tx) => performDraw(tx, draw.id, seed, system));
  return db.select().from(participationOversightMembers).where(eq(participationOversightMembers.drawId, draw.id));
}

/** A commitment row, written directly: the commitments area owns its commands; these tests only need one to exist. */
export async function insertCommitment(t: TestApp, institution = 'temuco', title = 'Luminarias LED en la plaza Recabarren'): Promise<number> {
  const inst = (await findInstitution(t.database.db, institution))!;
  const [row] = await queryRows<{ id: number }>(t.database.db, sql`insert into participation_commitments (institution_id, title, origin_type, responsible_unit, due_date)
    values (${inst.id}, ${title}, 'action_plan_line', 'Dirección de Obras', '2026-12-31') returning id`);
  return Number(row!.id);
}
