// The procurement demo on a fresh database, seeded as the app seeds it (core/seed-demo.ts, in its transaction, after
// the demo accounts): what it promises (suppliers, the framework agreement's multi-award, contracts, call-offs and
// payments, the grant to an association, the open tender with a sealed bid, work waiting for the demo official), every
// OCDS release it emitted valid as one package, and seeding again a no-op.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemoIfEmpty } from '../../core/seed-demo.js';
import { people } from '../../core/auth/schema.js';
import { procurementModule } from './index.js';
import { validatePackage } from './ocds/validate.js';
import {
  procurementAwards as awards, procurementBids as bids, procurementCallOffs as callOffs, procurementCalls as calls, procurementContracts as contracts,
  procurementEvaluators as evaluators, procurementLots as lots, procurementPayments as payments, procurementQuestions as questions,
  procurementReleases as releases, procurementScores as scores, procurementSupplierMembers as members, procurementSuppliers as suppliers,
} from './schema.js';

let t: TestApp;
const seed = () => seedDemoIfEmpty(t.database.db, [procurementModule], () => {}, t.config);
beforeAll(async () => {
  t = await createTestApp();
  await seed();
}, 240_000);
afterAll(() => t.close());

const db = () => t.database.db;
const countOf = async (table: typeof suppliers | typeof releases | typeof contracts) => (await db().select({ n: count() }).from(table))[0]!.n;
const callNamed = async (title: string) => (await db().select().from(calls).where(eq(calls.title, title)))[0]!;
const lotsOf = (callId: number) => db().select().from(lots).where(eq(lots.callId, callId)).orderBy(asc(lots.number));

describe('procurement demo seed', () => {
  it('registers eight local and regional suppliers, one a joint venture of two SMEs', async () => {
    expect(await countOf(suppliers)).toBe(8);
    const kinds = (await db().select({ kind: suppliers.kind }).from(suppliers)).map((s) => s.kind).sort();
    expect(kinds).toEqual(['association', 'association', 'association', 'company', 'company', 'cooperative', 'cooperative', 'joint_venture']);
    expect((await db().select({ n: count() }).from(members))[0]!.n).toBe(2);
  });

  it('awards each lot of the GORE framework agreement to two suppliers, the evaluator with a declared conflict abstaining', async () => {
    const call = await callNamed('Convenio marco de servicios de desarrollo ágil');
    expect(call.state).toBe('closed');
    const winners: string[][] = [];
    for (const lot of await lotsOf(call.id)) {
      expect(lot.state).toBe('awarded');
      const rows = await db().select({ name: suppliers.legalName, state: awards.state }).from(awards).innerJoin(suppliers, eq(suppliers.id, awards.supplierId))
        .where(eq(awards.lotId, lot.id)).orderBy(asc(awards.rank));
      expect(rows.every((r) => r.state === 'active')).toBe(true);
      winners.push(rows.map((r) => r.name));
    }
    const report = await t.app.inject({ url: `/instituciones/gore-la-araucania/compras/llamados/${call.id}/lotes/2/informe` });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('Unión Temporal Datos del Sur');
    expect(winners).toEqual([
      ['Cooperativa de Trabajo Tecnológico Nahuelbuta', 'Código Araucanía SpA'],
      ['Unión Temporal Datos del Sur', 'Soluciones Digitales Andinas S.A.'],
      ['Asociación Gremial de Diseño de Servicios del Sur', 'Código Araucanía SpA'],
    ]);
    const [jv] = await db().select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.kind, 'joint_venture'));
    const abstaining = (await db().select().from(evaluators).where(eq(evaluators.callId, call.id))).filter((e) => e.conflictSupplierIds.includes(jv!.id));
    expect(abstaining).toHaveLength(1);
    const theirs = await db().select({ n: count() }).from(scores).innerJoin(bids, eq(bids.id, scores.bidId))
      .where(and(eq(scores.evaluatorId, abstaining[0]!.id), eq(bids.supplierId, jv!.id)));
    expect(theirs[0]!.n).toBe(0);
  });

  it('signs the agreements and two call-offs, one direct and one by renewed competition, paid on a technology line', async () => {
    expect(await countOf(contracts)).toBe(9);
    const orders = await db().select({ method: callOffs.method, state: callOffs.state, amount: callOffs.amount, name: suppliers.legalName })
      .from(callOffs).innerJoin(suppliers, eq(suppliers.id, callOffs.supplierId)).orderBy(asc(callOffs.id));
    expect(orders).toEqual([
      { method: 'mini_competition', state: 'placed', amount: 27_400_000, name: 'Unión Temporal Datos del Sur' },
      { method: 'direct', state: 'placed', amount: 24_000_000, name: 'Cooperativa de Trabajo Tecnológico Nahuelbuta' },
    ]);
    const paid = await db().select({ amount: payments.amount, line: payments.budgetLine }).from(payments).orderBy(asc(payments.id));
    expect(paid).toEqual([
      { amount: 7_200_000, line: '22.11.003' }, { amount: 8_220_000, line: '22.11.003' }, { amount: 5_900_000, line: '24.01.999' },
    ]);
  });

  it('grants Temuco\'s first civil-society lot to an association and leaves the second for the demo official to evaluate', async () => {
    const call = await callNamed('Fondo concursable de iniciativas digitales de la sociedad civil');
    const [first, second] = await lotsOf(call.id);
    expect([first!.state, second!.state]).toEqual(['awarded', 'evaluation']);
    const [award] = await db().select({ kind: suppliers.kind }).from(awards).innerJoin(suppliers, eq(suppliers.id, awards.supplierId)).where(eq(awards.lotId, first!.id));
    expect(award!.kind).toBe('association');
    const [official] = await db().select({ id: people.id }).from(people).where(eq(people.email, 'funcionaria.temuco@demo.cabildo.cl'));
    const [evaluator] = await db().select().from(evaluators).where(and(eq(evaluators.callId, call.id), eq(evaluators.personId, official!.id)));
    const opened = await db().select({ openedAt: bids.openedAt }).from(bids).where(eq(bids.lotId, second!.id));
    expect(opened).toHaveLength(2);
    // Declared for the first lot only: the second lot's bids were opened after, so she must declare again, then score.
    expect(opened.every((b) => b.openedAt! > evaluator!.declaredAt!)).toBe(true);
  });

  it('keeps Temuco\'s tender open for three weeks, with a sealed bid and a question waiting for an answer', async () => {
    const call = await callNamed('Plataforma de reservas de recintos deportivos municipales');
    const open = await lotsOf(call.id);
    expect(open.map((l) => l.state)).toEqual(['open', 'open']);
    expect(open[0]!.bidsUntil.getTime() - Date.now()).toBeGreaterThan(19 * 86_400_000);
    const sealed = await db().select({ price: bids.price, sealed: bids.sealed }).from(bids).where(eq(bids.lotId, open[0]!.id));
    expect(sealed).toHaveLength(1);
    expect(sealed[0]!.price).toBeNull();
    expect(sealed[0]!.sealed.length).toBeGreaterThan(0);
    const waiting = await db().select({ n: count() }).from(questions).where(and(eq(questions.callId, call.id), isNull(questions.answer)));
    expect(waiting[0]!.n).toBe(1);
    const home = await t.app.inject({ url: '/compras' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Plataforma de reservas de recintos deportivos municipales');
  });

  it('emits only releases that validate as one package, dated in the past', async () => {
    const rows = await db().select({ json: releases.json, date: releases.date }).from(releases).orderBy(asc(releases.id));
    // Framework 17 (tender, an answer, 3 openings, 3 awards, 3 confirmations, 6 agreements), its call-offs 5 each
    // (tender, award, contract, milestone, payment), the grant 8, the open tender 2 (tender, an answer).
    expect(rows).toHaveLength(17 + 10 + 8 + 2);
    expect(rows.every((r) => r.date.getTime() < Date.now())).toBe(true);
    const pkg = {
      uri: 'https://cabildo.example/api/v1/procurement/ocds/releases', publishedDate: new Date().toISOString(), version: '1.1',
      publisher: { name: 'Cabildo (demo)' }, releases: rows.map((r) => JSON.parse(r.json)),
    };
    const report = validatePackage(pkg);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('is a no-op when seeded again', async () => {
    const before = await countOf(releases);
    await seed();
    expect(await countOf(releases)).toBe(before);
    expect(await countOf(suppliers)).toBe(8);
  });
});
