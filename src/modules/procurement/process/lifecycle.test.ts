// The transition table itself: properties read off the data rather than replayed.
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../core/i18n/index.js';
import { CALL_STATES, LOT_STATES } from '../calls/schema.js';
import { PROCESS_EVENT_KINDS, type ProcessEvent } from './events.js';
import { emptyProcess, next, replayProcess, TRANSITIONS } from './lifecycle.js';

describe('TRANSITIONS', () => {
  it('covers every event kind, and every state and kind has a label in both languages', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...PROCESS_EVENT_KINDS].sort());
    for (const locale of ['es-CL', 'en'] as const) {
      const c = catalogues[locale] as Record<string, string>;
      for (const s of CALL_STATES) expect(c[`procurement.call.state.${s}`], `${locale} ${s}`).toBeTruthy();
      for (const s of LOT_STATES) expect(c[`procurement.lot.state.${s}`], `${locale} ${s}`).toBeTruthy();
      for (const k of PROCESS_EVENT_KINDS) expect(c[`procurement.process.event.${k}`], `${locale} ${k}`).toBeTruthy();
    }
  });

  it('publishes every step but drafting, and lets suppliers write none (their bids are not process steps)', () => {
    expect(PROCESS_EVENT_KINDS.filter((k) => !TRANSITIONS[k].tags)).toEqual(['drafted']);
    expect(PROCESS_EVENT_KINDS.filter((k) => (TRANSITIONS[k].authors as readonly string[]).includes('supplier'))).toEqual([]);
  });

  it('leaves only opening, desertion and confirmation to the clock', () => {
    expect(PROCESS_EVENT_KINDS.filter((k) => (TRANSITIONS[k].authors as readonly string[]).includes('system')).sort())
      .toEqual(['award_confirmed', 'bids_opened', 'deserted']);
  });
});

describe('replayProcess', () => {
  it('rebuilds the states of a stored history without judging its steps again', () => {
    const ctx = { lots: { 1: { bidsUntil: new Date('2027-03-15T15:00:00Z'), admitCount: 1 } } };
    const events: ProcessEvent[] = [
      { kind: 'drafted', at: new Date('2027-02-01T12:00:00Z'), author: 'official', lotId: null, data: {} },
      { kind: 'published', at: new Date('2027-02-02T12:00:00Z'), author: 'official', lotId: null, data: {} },
      // Opened before the deadline in this history (say the deadline was later moved earlier): replay keeps it.
      { kind: 'bids_opened', at: new Date('2027-03-01T12:00:00Z'), author: 'system', lotId: 1, data: { bids: 1 } },
    ];
    expect(replayProcess('call', events, ctx).lots[1]).toBe('evaluation');
    const s = replayProcess('call', events.slice(0, 2), ctx);
    expect(next(s, events[2]!, ctx)).toMatchObject({ refused: true, messageKey: 'procurement.rule.sealedUntilDeadline' });
    expect(emptyProcess('call_off', ctx).lots).toEqual({});
  });
});
