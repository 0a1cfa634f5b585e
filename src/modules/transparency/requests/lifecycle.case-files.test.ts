// Replays every case file (case-files/*.json): each is one request's history on one calendar, every step with the
// state and dates it must lead to, or the rule that refuses it. The dates were counted by hand on a calendar (each
// file's `why`), so a change in the lifecycle, the clock or the holiday tables that moves a date fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CalendarOptions } from '../../../core/calendar/index.js';
import type { RequestEvent } from './events.js';
import { isRefusal, next, startRequest, type Refusal, type RequestSnapshot } from './lifecycle.js';

type Step = { at: string; kind: RequestEvent['kind']; by: RequestEvent['author']; data?: Record<string, unknown>; expect?: Record<string, unknown>; refused?: string };
type CaseFile = { title: string; why: string; calendar?: CalendarOptions; steps: Step[] };

const DIR = new URL('./case-files/', import.meta.url);
const DATE_KEYS = ['receivedOn', 'dueOn', 'extendedDueOn', 'effectiveDueOn', 'correctionDueOn', 'appealUntil', 'appealFrom', 'oppositionDueOn', 'noticeDueOn', 'suspendedDays'];
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

/** What a step may assert: the state, the cached dates, and the clock's provenance by date. */
function projectSnapshot(s: RequestSnapshot) {
  const c = s.clock;
  const holidays = (days: typeof c.dueSkipped) => days.filter((d) => d.reason === 'holiday').map((d) => d.date);
  return {
    state: s.state, receivedOn: c.receivedOn, dueOn: c.dueOn, extendedDueOn: c.extendedDueOn, effectiveDueOn: c.effectiveDueOn,
    correctionDueOn: c.correction?.dueOn ?? null, appealFrom: c.appeal?.from ?? null, appealUntil: c.appeal?.until ?? null,
    appealBasis: c.appeal?.basis ?? null, answeredLate: c.answeredLate, suspendedDays: c.suspendedDays, running: c.running,
    receiptSkipped: c.receiptSkipped.map((d) => d.date), dueHolidays: holidays(c.dueSkipped), extensionHolidays: holidays(c.extensionSkipped),
    appealHolidays: holidays(c.appeal?.skipped ?? []), oppositionDueOn: c.thirdParties.map((p) => p.oppositionDueOn),
    noticeDueOn: c.thirdParties.map((p) => p.noticeDueOn), deliveryBlocked: c.thirdParties.some((p) => p.opposedOn !== null && p.deliveryAllowed !== true),
    answerKind: s.answerKind, satisfied: s.satisfied,
  };
}

describe('lifecycle case files', () => {
  it('has the case files the issue asks for', () => expect(files.length).toBeGreaterThanOrEqual(15));

  for (const file of files) {
    const c = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as CaseFile;
    it(`${file}: ${c.title}`, () => {
      expect(c.why.length).toBeGreaterThan(80);
      const ctx = { calendar: c.calendar ?? { territory: '09101' } };
      let s: RequestSnapshot | null = null;
      for (const [i, step] of c.steps.entries()) {
        const event = { id: i + 1, kind: step.kind, at: new Date(step.at), author: step.by, data: step.data ?? {} } as RequestEvent;
        const result: RequestSnapshot | Refusal = s === null ? startRequest(event, ctx) : next(s, event, ctx);
        const where = `${file} step ${i + 1} (${step.kind} ${step.at})`;
        if (step.refused) {
          expect(isRefusal(result) ? result.messageKey : 'accepted', where).toBe(`transparency.request.rule.${step.refused}`);
          continue;
        }
        if (isRefusal(result)) throw new Error(`${where} refused: ${result.messageKey}`);
        s = result;
        // Every accepted step asserts at least its state and one date.
        expect(Object.keys(step.expect ?? {}), where).toContain('state');
        expect(Object.keys(step.expect ?? {}).some((k) => DATE_KEYS.includes(k)), where).toBe(true);
        expect(projectSnapshot(result), where).toMatchObject(step.expect!);
      }
    });
  }
});
