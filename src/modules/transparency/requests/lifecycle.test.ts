// The transition table itself: the properties the law asks of it, read off the data rather than replayed.
import { describe, expect, it } from 'vitest';
import { REQUEST_EVENT_KINDS } from './events.js';
import { next, replayRequest, startRequest, TRANSITIONS, type RequestSnapshot } from './lifecycle.js';
import type { RequestEvent } from './events.js';
import { FINAL_STATES, REQUEST_STATES } from './schema.js';
import { catalogues } from '../../../core/i18n/index.js';

describe('TRANSITIONS', () => {
  it('covers every event kind, and every state and kind has a label in both languages', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...REQUEST_EVENT_KINDS].sort());
    for (const locale of ['es-CL', 'en'] as const) {
      const c = catalogues[locale] as Record<string, string>;
      for (const s of REQUEST_STATES) expect(c[`transparency.request.state.${s}`], `${locale} ${s}`).toBeTruthy();
      for (const k of REQUEST_EVENT_KINDS) expect(c[`transparency.request.event.${k}`], `${locale} ${k}`).toBeTruthy();
    }
  });

  it('lets final states take only comments, ratings, internal notes and recomputes', () => {
    const inFinal = REQUEST_EVENT_KINDS.filter((k) => TRANSITIONS[k].from === 'any' || FINAL_STATES.some((s) => (TRANSITIONS[k].from as readonly string[]).includes(s)));
    expect(inFinal.sort()).toEqual(['comment', 'deadline_recomputed', 'note', 'satisfaction']);
  });

  it('gives each step to the right hands: officials work, requesters file, correct, withdraw and rate, the clock expires', () => {
    const by = (who: string) => REQUEST_EVENT_KINDS.filter((k) => (TRANSITIONS[k].authors as readonly string[]).includes(who)).sort();
    expect(by('requester')).toEqual(['comment', 'corrected', 'filed', 'satisfaction', 'withdrawn']);
    expect(by('system')).toEqual(['correction_expired', 'deadline_recomputed']);
    expect(by('official')).toEqual(['acknowledged', 'answered', 'comment', 'correction_requested', 'council_decided', 'extended', 'note',
      'third_party_notified', 'third_party_opposed', 'transferred']);
  });
});

describe('replayRequest', () => {
  const filed: RequestEvent = { kind: 'filed', at: new Date('2026-09-17T10:00:00-03:00'), author: 'requester', data: {} };
  const extended: RequestEvent = { kind: 'extended', at: new Date('2026-10-19T20:00:00-03:00'), author: 'official', data: { reasons: 'x' } };
  // Due 19 Oct 2026 on Temuco's calendar (fiestas-patrias-2026.json); with an extra holiday on 13 Oct it is 20 Oct.
  const withHoliday = { calendar: { territory: '09101', extraHolidays: [{ date: '2026-10-13', name: 'Ejemplo' }] } };
  const plain = { calendar: { territory: '09101' } };

  it('recomputes the dates of a stored history without judging its steps again', () => {
    const s = startRequest(filed, withHoliday) as RequestSnapshot;
    expect(s.clock.dueOn).toBe('2026-10-20');
    expect(next(s, { ...extended, at: new Date('2026-10-20T20:00:00-03:00') }, withHoliday)).toMatchObject({ extended: true });
    // The holiday is removed afterwards: the extension given on 20 Oct stands, on a due date now one day earlier.
    const replayed = replayRequest([filed, { ...extended, at: new Date('2026-10-20T20:00:00-03:00') }], plain);
    expect(replayed.clock).toMatchObject({ dueOn: '2026-10-19', extendedDueOn: '2026-11-02' });
    expect(next(startRequest(filed, plain) as RequestSnapshot, { ...extended, at: new Date('2026-10-20T20:00:00-03:00') }, plain))
      .toMatchObject({ refused: true, messageKey: 'transparency.request.rule.deadlineExpired' });
  });

  it('needs the filing first', () => {
    expect(() => replayRequest([], plain)).toThrow(RangeError);
    expect(() => replayRequest([extended], plain)).toThrow(RangeError);
  });
});
