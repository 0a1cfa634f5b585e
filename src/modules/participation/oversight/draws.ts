// Draws as the API and the pages use them: checking an announcement (a real term start, volunteering closing in the
// future and before the term starts) before the command, and reading one draw back in its public shape.
import type { Db } from '../../../core/db/client.js';
import { HttpError, notFound } from '../../../core/http/errors.js';
import type { Actor } from '../../../core/policy.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { findDraw, listMembers, listVolunteers, type Body } from './queries.js';
import { presentDraw } from './present.js';
import { isCalendarDate, parseInstant } from './validation.js';
import { announceDraw } from './commands/announce-draw.js';

const invalid = (key: 'badTermStart' | 'badClosesAt' | 'closesAfterStart'): HttpError => new HttpError(422, 'invalid_draw', `participation.oversight.error.${key}`);

export async function announce(db: Db, actor: Actor, body: Body, input: { termStart: string; closesAt: string }, seedHash: string, now = new Date()): Promise<number> {
  if (!isCalendarDate(input.termStart)) throw invalid('badTermStart');
  const closesAt = parseInstant(input.closesAt);
  if (!closesAt || closesAt <= now) throw invalid('badClosesAt');
  // Members are known before their term starts: volunteering closes before the term's first day in Chile.
  if (toSantiagoDate(closesAt) >= input.termStart) throw invalid('closesAfterStart');
  return (await db.transaction((tx) => announceDraw(tx, body, { termStart: input.termStart, closesAt, seedHash }, actor))).id;
}

export async function draw(db: Db, id: number) {
  const d = await findDraw(db, id);
  if (!d) throw notFound();
  return presentDraw(d, await listVolunteers(db, id), await listMembers(db, d.bodyId));
}
