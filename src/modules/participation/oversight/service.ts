// What the API and the pages share: finding an institution's body (404 when none), the rules a write checks before
// its command (who, the member's term, the target, rate limits) and the commands in one transaction, idempotent when
// a submission key is sent (core/http/idempotency.ts). Errors are HttpErrors with catalogue keys, so both the API and
// the forms (422 with the fields kept) say the same thing.
import type { Db } from '../../../core/db/client.js';
import { denied, HttpError, notFound } from '../../../core/http/errors.js';
import { once } from '../../../core/http/idempotency.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import type { Actor } from '../../../core/policy.js';
import { toSantiagoDate, type CalendarDate } from '../../../core/calendar/index.js';
import { findInstitution, type InstitutionDetail } from '../../../core/tenancy/queries.js';
import { activeMembership, canManageOversight, canVolunteer } from './policy.js';
import { findBody, findBodyById, listMembers, type Body, type Member, type ObservationDetail } from './queries.js';
import { resolveTarget, type TargetInput } from './targets.js';
import { openObservation, addMessage } from './commands/observations.js';
import { publishReport, type ReportInput } from './commands/publish-report.js';
import { volunteerForDraw } from './commands/volunteer.js';
import type { MessageKind } from './schema.js';

/** A few observations a day per member is plenty and slows a flood (the institution must answer each one). */
export const OBSERVATION_LIMIT = { max: 10, windowSeconds: 86_400 };

export const todayInChile = (now = new Date()): CalendarDate => toSantiagoDate(now);

export async function institutionOf(db: Db, ref: string): Promise<InstitutionDetail> {
  const institution = await findInstitution(db, ref);
  if (!institution) throw notFound();
  return institution;
}

export async function bodyOf(db: Db, institutionId: number): Promise<Body> {
  const body = await findBody(db, institutionId);
  if (!body) throw notFound();
  return body;
}

export async function bodyById(db: Db, id: number): Promise<Body> {
  const body = await findBodyById(db, id);
  if (!body) throw notFound();
  return body;
}

export function requireManager(actor: Actor | null, institutionId: number) {
  if (!canManageOversight(actor, institutionId)) throw denied(!!actor);
}

/** The actor's running membership, or 401/403 saying why not (not a member; a member whose term ended). */
export async function requireMember(db: Db, actor: Actor | null, body: Body, today = todayInChile()): Promise<Member> {
  if (!actor) throw denied(false);
  const members = await listMembers(db, body.id);
  const member = activeMembership(actor, members, today);
  if (member) return member;
  const past = members.some((m) => m.personId === actor.personId);
  throw new HttpError(403, 'not_member', past ? 'participation.oversight.error.termNotRunning' : 'participation.oversight.error.notMember');
}

export async function submitVolunteer(db: Db, actor: Actor | null, institutionId: number, drawId: number) {
  if (!actor) throw denied(false);
  if (!canVolunteer(actor, institutionId)) {
    throw new HttpError(403, 'not_eligible', actor.verification === 'identity' ? 'participation.oversight.error.official' : 'participation.oversight.error.needsIdentity');
  }
  return db.transaction((tx) => volunteerForDraw(tx, drawId, actor));
}

export async function submitObservation(db: Db, actor: Actor | null, institution: InstitutionDetail, body: Body,
  input: TargetInput & { title: string; body: string }, key?: string): Promise<number> {
  const member = await requireMember(db, actor, body);
  const target = await resolveTarget(db, institution, input);
  if (typeof target === 'string') throw new HttpError(422, 'invalid_target', `participation.oversight.error.${target}`);
  const done = await db.transaction((tx) => once(tx, actor!.personId, key, async () => {
    await consumeRateLimit(tx, { key: `participation.oversight.observation:${actor!.personId}`, ...OBSERVATION_LIMIT });
    return String((await openObservation(tx, body, member, institution.cutCode, target, { title: input.title, body: input.body }, actor!)).id);
  }));
  return Number(done.result);
}

/** Officials answer; members in term reply or close. */
export async function submitMessage(db: Db, actor: Actor | null, body: Body, observation: ObservationDetail, kind: MessageKind, input: { body: string; url?: string }) {
  if (kind === 'answer') requireManager(actor, observation.institutionId);
  else await requireMember(db, actor, body);
  await db.transaction((tx) => addMessage(tx, observation, kind, input, actor!));
}

export async function submitReport(db: Db, actor: Actor | null, body: Body, input: ReportInput): Promise<number> {
  const member = await requireMember(db, actor, body);
  if (input.periodFrom > input.periodTo) throw new HttpError(422, 'invalid_period', 'participation.oversight.error.period');
  return (await db.transaction((tx) => publishReport(tx, body, member, input, actor!))).id;
}
