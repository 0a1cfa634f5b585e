// The export of a consultation's 250,000 answers (GET /api/v1/participation/consultations/{id}/responses?format=csv
// over a real HTTP listen + fetch, read as a stream) side by side in one run with a baseline that loads every answer
// in one query and builds the CSV in memory: rows per second and the growth of the process's peak RSS for each.
// The streamed export runs first, so the baseline's garbage cannot inflate its figure.
//   npx tsx bench/participation-consultation-export.ts                                                   (PGlite)
//   bash .ci/with-postgres sh -c 'BENCH_DATABASE_URL=$PG_URL npx tsx bench/participation-consultation-export.ts'
// BENCH_RESPONDENTS (default 50,000; five answers each) sets the size. Never part of the test suite.
import { eq } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { createTestDatabase, testConfig } from '../src/test-support/app.js';
import { csvCell } from '../src/core/http/csv.js';
import { participationConsultationAnswers } from '../src/modules/participation/consultations/schema.js';
import { insertAnswers, openConsultation, setDates } from '../src/modules/participation/consultations/test-support.js';
import { measure } from './measure.js';

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 50_000);
const testDb = await createTestDatabase(process.env.BENCH_DATABASE_URL);
const config = testConfig();
const app = await buildApp(config, testDb.database, { logger: false });
const t = { app, database: testDb.database, config, close: async () => { await app.close(); await testDb.drop(); } };
const c = await openConsultation(t, { respondents: 'anyone' });
const made = Date.now();
await insertAnswers(t, c, RESPONDENTS);
await setDates(t, c.id, { closesAt: new Date(Date.now() - 2000), resultsAt: new Date(Date.now() - 1000) });
console.log(`${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: ${RESPONDENTS * 5} answers generated in ${Date.now() - made} ms`);

const address = await app.listen({ port: 0, host: '127.0.0.1' });
const streamed = await measure(async () => {
  const res = await fetch(`${address}/api/v1/participation/consultations/${c.id}/responses?format=csv`);
  let lines = 0;
  let bytes = 0;
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    lines += decoder.decode(chunk, { stream: true }).split('\n').length - 1;
  }
  return { rows: lines - 1, bytes };
});
const loaded = await measure(async () => {
  const rows = await t.database.db.select().from(participationConsultationAnswers).where(eq(participationConsultationAnswers.consultationId, c.id));
  const csv = rows.map((r) => [r.responseId, r.questionId, r.text, r.value, r.optionIds?.join(' ')].map(csvCell).join(',')).join('\r\n');
  return { rows: rows.length, bytes: Buffer.byteLength(csv) };
});

const line = (name: string, m: typeof streamed) =>
  `${name.padEnd(30)} ${String(m.result.rows).padStart(8)} rows  ${(m.result.bytes / 2 ** 20).toFixed(1).padStart(6)} MB  ${Math.round(m.ms).toString().padStart(6)} ms  ${Math.round(m.result.rows / (m.ms / 1000)).toString().padStart(8)} rows/s  peak RSS +${m.peakMb.toFixed(0)} MB`;
console.log(line('streamed export (HTTP, CSV)', streamed));
console.log(line('baseline: load all, build CSV', loaded));
await t.close();
