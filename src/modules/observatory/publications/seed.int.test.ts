// The demo: one published policy brief with a real (if tiny) PDF, three panels — one past with video and summary,
// one past without video, one to come — whatever day the seed runs, all marked as examples; and a feed made of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { seedPublicationsDemo } from './seed.js';
import { assertWellFormedXml } from '../../../test-support/xml.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); await t.database.db.transaction((tx) => seedPublicationsDemo(tx)); }, 60_000);
afterAll(async () => { await t.close(); });

describe('seedPublicationsDemo', () => {
  it('publishes one brief with a valid PDF, marked as a demo example', async () => {
    const { items } = (await t.app.inject({ url: '/api/v1/observatory/publications' })).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'brief', attachment: { mediaType: 'application/pdf' } });
    expect(items[0].body).toContain('Ejemplo de demostración');
    const pdf = await t.app.inject({ url: items[0].attachment.url });
    expect(pdf.statusCode).toBe(200);
    const text = pdf.rawPayload.toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf.rawPayload.length).toBeLessThan(2048);
    // The cross-reference table points at each object: what a PDF reader follows.
    const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((o, i) => expect(text.slice(o, o + 8)).toBe(`${i + 1} 0 obj\n`));
  });

  it('announces three panels: past with video and summary, past without video, and one to come', async () => {
    const { items } = (await t.app.inject({ url: '/api/v1/observatory/panels' })).json();
    expect(items).toHaveLength(3);
    const now = Date.now();
    const [coming, ...past] = items as Array<{ startsAt: string; videoUrl: string | null; summary: string | null; speakers: Array<{ name: string }> }>;
    expect(Date.parse(coming!.startsAt)).toBeGreaterThan(now);
    expect(past.every((p) => Date.parse(p.startsAt) < now)).toBe(true);
    expect(past.map((p) => [!!p.videoUrl, !!p.summary])).toEqual([[true, true], [false, false]]);
    expect(past[0]!.videoUrl).toMatch(/^https:\/\/video\.example\.org\//);
    expect(items.flatMap((p: { speakers: Array<{ name: string }> }) => p.speakers).every((s: { name: string }) => s.name.endsWith('(ejemplo)'))).toBe(true);
    const list = (await t.app.inject({ url: '/observatorio/paneles' })).body;
    expect(list).toContain('(hora de Chile)');
    const feed = await t.app.inject({ url: '/observatorio/feed.atom' });
    assertWellFormedXml(feed.body);
    expect(feed.body.match(/<entry>/g)).toHaveLength(4);
  });
});
