// Replays every case file (case-files/*.json): one process's history, every step with the states and release tags it
// must lead to, or the rule that refuses it. A change in the transition table that moves a state fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProcessEvent } from './events.js';
import { emptyProcess, isRefusal, next, releaseTagsOf, type ProcessContext, type ProcessKind, type ProcessSnapshot } from './lifecycle.js';

type Step = {
  at: string; kind: ProcessEvent['kind']; by: ProcessEvent['author']; lot?: number; data?: Record<string, unknown>;
  expect?: { state?: string; lots?: Record<string, string>; tags?: string[] }; refused?: string;
};
type CaseFile = { title: string; why: string; kind: ProcessKind; lots: Record<string, { bidsUntil: string; admitCount: number }>; steps: Step[] };

const DIR = new URL('./case-files/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('process lifecycle case files', () => {
  for (const file of files) {
    const c = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as CaseFile;
    it(`${file}: ${c.title}`, () => {
      expect(c.why.length).toBeGreaterThan(80);
      const ctx: ProcessContext = { lots: Object.fromEntries(Object.entries(c.lots).map(([id, l]) => [id, { bidsUntil: new Date(l.bidsUntil), admitCount: l.admitCount }])) };
      let s: ProcessSnapshot = emptyProcess(c.kind, ctx);
      for (const [i, step] of c.steps.entries()) {
        const event = { kind: step.kind, at: new Date(step.at), author: step.by, lotId: step.lot ?? null, data: step.data ?? {} } as ProcessEvent;
        const result = next(s, event, ctx);
        const where = `${file} step ${i + 1} (${step.kind} ${step.at})`;
        if (step.refused) {
          expect(isRefusal(result) ? result.messageKey : 'accepted', where).toBe(`procurement.rule.${step.refused}`);
          continue;
        }
        if (isRefusal(result)) throw new Error(`${where} refused: ${result.messageKey}`);
        if (step.expect?.state) expect(result.state, where).toBe(step.expect.state);
        for (const [lot, state] of Object.entries(step.expect?.lots ?? {})) expect(result.lots[+lot], `${where} lot ${lot}`).toBe(state);
        if (step.expect?.tags) expect([...releaseTagsOf(s, event)], where).toEqual(step.expect.tags);
        s = result;
      }
    });
  }
});
