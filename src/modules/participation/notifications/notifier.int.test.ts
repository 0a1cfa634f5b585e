import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { resident, writeProposal } from '../proposals/test-support.js';
import { openConsultation, setDates } from '../consultations/test-support.js';
import { closeVote, openVote, participationOfficialToken } from '../votes/test-support.js';
import { participationVotes } from '../votes/schema.js';
import { recordEvent } from './record.js';
import { findSubject } from './subjects.js';
import { runNotifier, startNotifier } from './notifier.js';
import { capturingMailer, eventsOf, followDirectly, notifiedOf, recordDirectly, silentLog } from './test-support.js';

const HOUR = 3600_000;
let t: TestApp;
let process: TestProcess;
let proposal: number;
let author: number;
const mailer = capturingMailer();
const tick = (now = new Date()) => runNotifier(t.database.db, mailer, t.config, now);
const person = async () => (await signedIn(t)).personId;

beforeAll(async () => {
  t = await createTestApp();
  process = await createTestProcess(t, { components: ['proposals'] });
  const writer = await resident(t);
  author = writer.personId;
  proposal = (await writeProposal(t, writer.token, process.id)).id;
  await tick(); // the open phase's "phase.started", before anyone here follows the process
});
afterAll(async () => { await t.close(); });

describe('fan-out: events become notifications', () => {
  it('tells the followers of the subject and of its process, each once, and nobody else', async () => {
    const [a, b, c, d] = [await person(), await person(), await person(), await person()];
    await followDirectly(t, a, 'proposal', proposal);
    await followDirectly(t, b, 'process', process.id);
    await followDirectly(t, c, 'proposal', proposal);
    await followDirectly(t, c, 'process', process.id);
    await recordDirectly(t, 'proposal', proposal, 'proposal.answered', { answer: 'accepted' });
    expect((await tick())!.notifications).toBe(4);
    // the author follows their proposal from its creation (proposals area); d follows nothing
    expect(await notifiedOf(t, 'proposal', proposal, 'proposal.answered')).toEqual([author, a, b, c].sort((x, y) => x - y));
    expect(await notifiedOf(t, 'proposal', proposal, 'proposal.answered')).not.toContain(d);
    expect((await tick())!.notifications).toBe(0);
  });

  it('never tells the actor of their own event, and a direct event only its recipient', async () => {
    const [actor, other, recipient] = [await person(), await person(), await person()];
    for (const p of [actor, other, recipient]) await followDirectly(t, p, 'proposal', proposal);
    await recordDirectly(t, 'proposal', proposal, 'proposal.thresholdReached', { threshold: 10, supports: 10, actorId: actor });
    await recordDirectly(t, 'proposal', proposal, 'comment.reply', { commentId: 7, recipientId: recipient, actorId: other });
    await tick();
    const told = await notifiedOf(t, 'proposal', proposal, 'proposal.thresholdReached');
    expect(told).toContain(other);
    expect(told).not.toContain(actor);
    expect(await notifiedOf(t, 'proposal', proposal, 'comment.reply')).toEqual([recipient]);
    const [event] = await eventsOf(t, 'comment.reply');
    expect(event.params).toEqual({ commentId: 7 }); // who is who stays out of the message's params
    expect(event).toMatchObject({ actorId: other, recipientId: recipient });
  });

  it.skipIf(!globalThis.process.env.TEST_DATABASE_URL)('skips no event committed after a later one (PostgreSQL: concurrent writers)', async () => {
    const follower = await person();
    await followDirectly(t, follower, 'proposal', proposal);
    const subject = (await findSubject(t.database.db, 'proposal', proposal))!;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let recorded!: () => void;
    const inside = new Promise<void>((resolve) => { recorded = resolve; });
    const slow = t.database.db.transaction(async (tx) => {
      await recordEvent(tx, subject, 'proposal.answered', { answer: 'rejected' }); // the smaller id, committed last
      recorded();
      await gate;
    });
    await inside;
    await recordDirectly(t, 'proposal', proposal, 'proposal.answered', { answer: 'evaluation' });
    await tick();
    release();
    await slow;
    await tick();
    const rows = await notifiedOf(t, 'proposal', proposal, 'proposal.answered');
    expect(rows.filter((p) => p === follower)).toHaveLength(2);
  });
});

describe('clock events: written once by the tick', () => {
  it('announces each phase as it starts, once across ticks and concurrent ticks, to the process\'s followers', async () => {
    const now = Date.now();
    const staged = await createTestProcess(t, { phases: [
      { title: 'Propuestas', startsAt: new Date(now - HOUR), endsAt: new Date(now + HOUR), components: ['proposals'] },
      { title: 'Votación', startsAt: new Date(now + HOUR), endsAt: new Date(now + 3 * HOUR), components: ['vote'] },
    ] });
    const follower = await person();
    await followDirectly(t, follower, 'process', staged.id);
    await tick(new Date(now));
    await tick(new Date(now));
    const later = new Date(now + 90 * 60_000);
    const runs = await Promise.all([tick(later), tick(later), tick(later)]);
    expect(runs.some((r) => r !== null)).toBe(true);
    const events = (await eventsOf(t, 'phase.started')).filter((e) => e.subjectId === staged.id);
    expect(events.map((e) => e.params.phase).sort()).toEqual(['Propuestas', 'Votación']);
    expect(events.map((e) => e.marker).sort()).toEqual(staged.phaseIds.map((id) => `phase.started:${id}`).sort());
    expect(await notifiedOf(t, 'process', staged.id, 'phase.started')).toEqual([follower, follower]);
  });

  it('announces a consultation\'s results and a vote\'s results once their time has come, once', async () => {
    const consultation = await openConsultation(t);
    const follower = await person();
    await followDirectly(t, follower, 'consultation', consultation.id);
    await tick();
    expect(await notifiedOf(t, 'consultation', consultation.id, 'consultation.results')).toEqual([]);
    await setDates(t, consultation.id, { closesAt: new Date(Date.now() - 2 * HOUR), resultsAt: new Date(Date.now() - HOUR) });
    await Promise.all([tick(), tick()]);
    await tick();
    expect(await notifiedOf(t, 'consultation', consultation.id, 'consultation.results')).toEqual([follower]);

    const vote = await openVote(t, await participationOfficialToken(t));
    await t.database.db.update(participationVotes).set({ processId: process.id }).where(eq(participationVotes.id, vote.id));
    const processFollower = await person();
    await followDirectly(t, processFollower, 'process', process.id);
    await tick();
    await closeVote(t, vote.id);
    await Promise.all([tick(), tick()]);
    expect(await notifiedOf(t, 'vote', vote.id, 'vote.results')).toContain(processFollower);
    expect((await eventsOf(t, 'vote.results')).filter((e) => e.subjectId === vote.id)).toHaveLength(1);
  });

  it('does not announce results from before the horizon (a new installation\'s first tick)', async () => {
    const vote = await openVote(t, await participationOfficialToken(t));
    await t.database.db.update(participationVotes).set({ opensAt: new Date(Date.now() - 40 * 86_400_000), closesAt: new Date(Date.now() - 30 * 86_400_000) })
      .where(eq(participationVotes.id, vote.id));
    await tick();
    expect((await eventsOf(t, 'vote.results')).filter((e) => e.subjectId === vote.id)).toHaveLength(0);
  });
});

describe('the ticker', () => {
  it('ticks on its own until stopped, and stops cleanly', async () => {
    const follower = await person();
    await followDirectly(t, follower, 'proposal', proposal);
    await recordDirectly(t, 'proposal', proposal, 'proposal.answered', { answer: 'accepted' });
    const ticker = startNotifier(t.database.db, mailer, t.config, silentLog, 20);
    for (let i = 0; i < 100 && !(await notifiedOf(t, 'proposal', proposal, 'proposal.answered')).includes(follower); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await ticker.stop();
    expect(await notifiedOf(t, 'proposal', proposal, 'proposal.answered')).toContain(follower);
  });
});
