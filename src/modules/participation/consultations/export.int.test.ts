// The export streams: 250,000 answers (made with SQL, generate_series) come out as 250,000 CSV rows, read from the
// database in keyset batches of EXPORT_BATCH rows (counted), never as one result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { findConsultation } from './queries.js';
import { EXPORT_BATCH, answerBatches, exportRows } from './export.js';
import { insertAnswers, openConsultation, setDates, type ConsultationJsonLike } from './test-support.js';

const RESPONDENTS = 50_000;
const ANSWERS = RESPONDENTS * 5;

let t: TestApp;
let c: ConsultationJsonLike;
beforeAll(async () => {
  t = await createTestApp();
  c = await openConsultation(t, { respondents: 'anyone' });
  await insertAnswers(t, c, RESPONDENTS);
  await setDates(t, c.id, { closesAt: new Date(Date.now() - 2000), resultsAt: new Date(Date.now() - 1000) });
}, 180_000);
afterAll(async () => { await t.close(); });

describe('the export of 250,000 answers', () => {
  it('reads them in keyset batches of EXPORT_BATCH rows', async () => {
    let batches = 0;
    let count = 0;
    let largest = 0;
    for await (const batch of answerBatches(t.database.db, c.id, () => { batches += 1; })) {
      count += batch.length;
      largest = Math.max(largest, batch.length);
    }
    expect(count).toBe(ANSWERS);
    expect(largest).toBe(EXPORT_BATCH);
    expect(batches).toBe(Math.floor(ANSWERS / EXPORT_BATCH) + 1);
  }, 120_000);

  it('turns them into export rows as they are read', async () => {
    const consultation = (await findConsultation(t.database.db, c.id))!;
    let batches = 0;
    let rowsAtSecondBatch = -1;
    let count = 0;
    for await (const row of exportRows(t.database.db, consultation, () => { if (++batches === 2) rowsAtSecondBatch = count; })) {
      expect(row.respondent).toBeGreaterThan(0);
      count += 1;
    }
    expect(count).toBe(ANSWERS);
    // The first rows were handed on before the second batch was even asked for: a generator, not a whole result.
    expect(rowsAtSecondBatch).toBe(EXPORT_BATCH);
  }, 120_000);

  it('streams them as CSV through the HTTP API, one line per answer', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/participation/consultations/${c.id}/responses?format=csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    let lines = 0;
    for (let i = res.body.indexOf('\r\n'); i !== -1; i = res.body.indexOf('\r\n', i + 2)) lines += 1;
    expect(lines).toBe(ANSWERS + 1);
  }, 120_000);

  it('aggregates them for the results', async () => {
    const res = (await t.app.inject({ method: 'GET', url: `/api/v1/participation/consultations/${c.id}/results` })).json();
    expect(res.respondents).toBe(RESPONDENTS);
    const scale = res.questions.find((q: { questionId: number }) => q.questionId === c.questions[4]!.id);
    expect(scale.answered).toBe(RESPONDENTS);
    expect(scale.distribution.reduce((s: number, d: { count: number }) => s + d.count, 0)).toBe(RESPONDENTS);
  }, 120_000);
});
