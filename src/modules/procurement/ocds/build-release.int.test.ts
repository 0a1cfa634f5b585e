// Releases emitted by real flows: each one validates against the patched schema, shows what is public at its moment
// and nothing more (no prices before the award, no emails, no natural person's RUT).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { procurementReleases as rel } from '../process/schema.js';
import { validatePackage } from './validate.js';
import { OCDS_EXTENSIONS } from './package.js';
import { createPublishedStory, NATURAL_PERSON_RUT, rutOf } from './test-support.js';

let t: TestApp;
beforeEach(async () => { t = await createTestApp(); }, 300_000);
afterEach(async () => { await t.close(); });

const releasesOf = async (ocid: string) => (await t.database.db.select().from(rel).where(eq(rel.ocid, ocid)).orderBy(asc(rel.date)))
  .map((r) => ({ tags: r.tags, json: r.json, release: JSON.parse(r.json) }));

describe('buildRelease', { timeout: 120_000 }, () => {
  it('every release of a framework call and its call-off validates, and none carries personal data', async () => {
    const story = await createPublishedStory(t);
    const all = await t.database.db.select().from(rel).orderBy(asc(rel.date), asc(rel.id));
    expect(all.length).toBe(10);
    const report = validatePackage({ uri: 'https://example.org/x', version: '1.1', publishedDate: new Date().toISOString(), publisher: { name: 'x' },
      extensions: [...OCDS_EXTENSIONS], releases: all.map((r) => JSON.parse(r.json)) });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const r of all) {
      expect(r.json).not.toMatch(/@/);
      expect(r.json).not.toContain(NATURAL_PERSON_RUT);
      expect(r.json).not.toContain('12345678');
    }
    expect((await releasesOf(story.callOff.ocid)).map((r) => r.tags)).toEqual([['tender'], ['award'], ['contract']]);
  });

  it('shows tenderers and statistics after opening, prices only once the lot is awarded', async () => {
    const story = await createPublishedStory(t);
    const releases = await releasesOf(story.call.ocid);
    expect(releases.map((r) => r.tags.join())).toEqual(['tender', 'tenderUpdate', 'award', 'awardUpdate', 'contract', 'implementation', 'implementation']);
    const [tender, opened, awarded, confirmed] = releases.map((r) => r.release);
    expect(tender.bids).toBeUndefined();
    expect(tender.parties.map((p: { roles: string[] }) => p.roles)).toEqual([['buyer', 'procuringEntity']]);
    expect(opened.bids.details).toBeUndefined();
    expect(opened.bids.statistics.filter((s: { relatedLot: string }) => s.relatedLot === '1').map((s: { measure: string; value: number }) => [s.measure, s.value]))
      .toEqual([['bids', 3], ['bidders', 3], ['smeBids', 3], ['microBids', 1]]);
    expect(opened.tender.numberOfTenderers).toBe(3);
    expect(JSON.stringify(opened)).not.toContain('30000000');
    expect(opened.parties.filter((p: { roles: string[] }) => p.roles.includes('tenderer'))).toHaveLength(3);
    expect(awarded.bids.details.map((b: { value: { amount: number } }) => b.value.amount)).toEqual([30_000_000, 32_000_000, 45_000_000]);
    expect(awarded.awards.map((a: { status: string; relatedLots: string[] }) => [a.status, a.relatedLots])).toEqual([['pending', ['1']], ['pending', ['1']]]);
    expect(confirmed.awards.map((a: { status: string }) => a.status)).toEqual(['active', 'active']);
  });

  it('identifies suppliers by CL-RUT with their scale, and a joint venture locally with members minus natural persons\' RUT', async () => {
    const story = await createPublishedStory(t);
    const last = (await releasesOf(story.call.ocid)).at(-1)!.release;
    const coop = last.parties.find((p: { name: string }) => p.name === 'Cooperativa Código Sur');
    expect(coop).toMatchObject({ id: `CL-RUT-${rutOf(65_432_100)}`, identifier: { scheme: 'CL-RUT', id: rutOf(65_432_100) }, roles: ['tenderer', 'supplier', 'payee'], details: { scale: 'sme' } });
    const jv = last.parties.find((p: { name: string }) => p.name === 'UTP Sur Digital');
    expect(jv.identifier).toEqual({ scheme: 'CL-CABILDO-UTP', id: String(story.jv.id), legalName: 'UTP Sur Digital' });
    expect(jv.details).toEqual({ scale: 'micro', members: [
      { name: 'Cooperativa Sur Limitada', identifier: { scheme: 'CL-RUT', id: rutOf(76_543_210) }, scale: 'sme' },
      { name: 'Ana Pérez', scale: 'micro' },
    ] });
    expect(last.contracts[0]).toMatchObject({ awardID: last.awards[0].id, status: 'active', value: { amount: 30_000_000, currency: 'CLP' } });
    expect(last.contracts[0].implementation.milestones[0]).toMatchObject({ status: 'met', title: 'Primera entrega' });
    expect(last.contracts[0].implementation.transactions[0]).toMatchObject({ value: { amount: 10_000_000 }, payee: { id: coop.id } });
  });

  it('describes the framework agreement, lot limits and weighted criteria in the tender', async () => {
    const story = await createPublishedStory(t);
    const tender = (await releasesOf(story.call.ocid))[0]!.release.tender;
    expect(tender).toMatchObject({ status: 'active', procurementMethod: 'open', mainProcurementCategory: 'services', value: { amount: 100_000_000 },
      lotDetails: { maximumLotsBidPerSupplier: 2, maximumLotsAwardedPerSupplier: 1 },
      techniques: { hasFrameworkAgreement: true, frameworkAgreement: { method: 'withAndWithoutReopeningCompetition', maximumParticipants: 4 } } });
    expect(tender.items[0]).toEqual({ id: '1', description: 'Lote 1', classification: { scheme: 'CABILDO-CAT', id: 'software-development' }, relatedLot: '1' });
    expect(tender.lots[0].awardCriteria.criteria[1]).toEqual({ type: 'quality', name: 'technical',
      numbers: [{ number: 30, weight: 'percentageExact' }, { number: 50, threshold: 'minimumScore' }] });
    expect(tender.lots[0].contractPeriod.startDate).toBe('2030-02-01T03:00:00.000Z');
  });

  it('relates a call-off to its framework agreement', async () => {
    const story = await createPublishedStory(t);
    const last = (await releasesOf(story.callOff.ocid)).at(-1)!.release;
    expect(last.relatedProcesses).toEqual([{ id: '1', relationship: ['framework'], title: 'Convenio marco de desarrollo ágil', scheme: 'ocid', identifier: story.call.ocid }]);
    expect(last.tender).toMatchObject({ status: 'complete', procurementMethod: 'limited', competitive: false, techniques: { hasFrameworkAgreement: true } });
    expect(last.awards[0]).toMatchObject({ id: `call-off-${story.callOff.id}`, value: { amount: 7_500_000 } });
    expect(last.contracts[0].awardID).toBe(last.awards[0].id);
  });
});
