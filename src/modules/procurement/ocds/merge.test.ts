import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileRecordPackage,
  compileRelease,
  loadMergeSchema,
  versionRelease,
  type Release,
} from './merge.js';

const OCDS = new URL('../../../../../shared/data/ocds/', import.meta.url);
const FICTIONAL = new URL('examples/fictional-1.1/', OCDS);
const FRAMEWORK = new URL('examples/ocp-framework-examples-1.1/', OCDS);
const readJson = (url: URL): any => JSON.parse(readFileSync(url, 'utf8'));

const schema = loadMergeSchema(
  new URL('schema/patched/release-schema.core+lots+bids+techniques+awardCriteria+submissionTerms+partyScale.master.json', OCDS),
);
const STAGES = ['01-planning', '02-tender', '03-tenderAmendment', '04-award', '05-contract', '06-implementation'];
const fictionalPackages = (): any[] => STAGES.map((s) => readJson(new URL(`ocds-213czf-000-00001-${s}.json`, FICTIONAL)));
const expectedRecord = readJson(new URL('record/ocds-213czf-000-00001.json', FICTIONAL));
const expectedWithVersions = readJson(new URL('record/ocds-213czf-000-00001-withversions.json', FICTIONAL));

const rel = (date: string, fields: Record<string, unknown> = {}, id = `r-${date}`): Release => ({
  ocid: 'ocds-abc123-1',
  id,
  date,
  tag: ['tender'],
  ...fields,
});
const D1 = '2024-01-01T00:00:00Z';
const D2 = '2024-02-01T00:00:00Z';
const D3 = '2024-03-01T00:00:00Z';

describe('merge schema rules', () => {
  it('derives omit, whole-list and identified paths from the patched schema', () => {
    expect(schema.get('tag')).toBe('omit');
    expect(schema.get('date')).toBe('omit');
    expect(schema.get('parties')).toBe('identified');
    expect(schema.get('parties.roles')).toBe('whole');
    expect(schema.get('parties.additionalIdentifiers')).toBe('whole');
    expect(schema.get('tender.items.additionalClassifications')).toBe('whole');
    expect(schema.get('tender.lots')).toBe('identified');
    expect(schema.get('bids.details')).toBe('identified');
    expect(schema.get('tender.lots.awardCriteria.criteria')).toBe('whole');
    expect(schema.get('contracts.implementation.transactions')).toBe('identified');
  });

  it('the default path reaches the shared patched schema; the core schema gives the same fictional record', () => {
    expect(new Map(loadMergeSchema())).toEqual(new Map(schema));
    const core = loadMergeSchema(new URL('schema/release-schema.json', OCDS));
    expect(core.get('tender.lots')).toBeUndefined();
    const releases = fictionalPackages().map((p) => p.releases[0]);
    expect(compileRelease(releases, core)).toEqual(expectedRecord.records[0].compiledRelease);
  });

  it('reports a missing schema file clearly', () => {
    expect(() => loadMergeSchema('/nonexistent/release-schema.json')).toThrow(/cannot read release schema/);
  });
});

describe('fictional OCDS 1.1 example: releases 01..06 give exactly record/', () => {
  const meta = { uri: expectedRecord.uri, publishedDate: expectedRecord.publishedDate, linkReleases: true, schema };

  it('compiled record package equals record/ocds-213czf-000-00001.json', () => {
    const got = compileRecordPackage(fictionalPackages(), meta);
    expect(got.records[0].compiledRelease).toEqual(expectedRecord.records[0].compiledRelease);
    expect(got).toEqual(expectedRecord);
  });

  it('versioned record package equals record/ocds-213czf-000-00001-withversions.json', () => {
    const got = compileRecordPackage(fictionalPackages(), { ...meta, uri: expectedWithVersions.uri, versioned: true });
    expect(got.records[0].versionedRelease).toEqual(expectedWithVersions.records[0].versionedRelease);
    expect(got).toEqual(expectedWithVersions);
  });

  it('gives the same result whatever the order of the input releases', () => {
    const releases = fictionalPackages().map((p) => p.releases[0]);
    const compiled = compileRelease(releases, schema);
    const versioned = versionRelease(releases, schema);
    for (const order of [[5, 4, 3, 2, 1, 0], [2, 0, 5, 1, 4, 3], [1, 3, 5, 0, 2, 4]]) {
      const shuffled = order.map((i) => releases[i]);
      expect(compileRelease(shuffled, schema)).toEqual(compiled);
      expect(versionRelease(shuffled, schema)).toEqual(versioned);
    }
    expect(compiled).toEqual(expectedRecord.records[0].compiledRelease);
  });

  it('a combined release package, an array of packages and a plain list of releases agree', () => {
    const combined = readJson(new URL('ocds-213czf-000-00001.json', FICTIONAL));
    const plain = fictionalPackages().map((p) => p.releases[0]).reverse();
    const results = [combined, fictionalPackages().reverse(), plain].map((input) =>
      compileRecordPackage(input, { versioned: true, schema }).records,
    );
    for (const records of results) {
      expect(records).toHaveLength(1);
      expect(records[0].compiledRelease).toEqual(expectedRecord.records[0].compiledRelease);
      expect(records[0].versionedRelease).toEqual(expectedWithVersions.records[0].versionedRelease);
      expect(records[0].releases.map((r) => (r as Release).id)).toEqual(STAGES.map((s) => `ocds-213czf-000-00001-${s}`));
    }
    const fromPlain = compileRecordPackage(plain, { publisher: { name: 'Demo GORE' }, uri: 'https://x.example/r.json' });
    expect(fromPlain).toMatchObject({ version: '1.1', uri: 'https://x.example/r.json', publisher: { name: 'Demo GORE' } });
    expect(fromPlain.records[0].versionedRelease).toBeUndefined();
  });

  it('does not modify its input', () => {
    const packages = fictionalPackages();
    const before = JSON.stringify(packages);
    compileRecordPackage(packages, { versioned: true, schema });
    expect(JSON.stringify(packages)).toBe(before);
  });
});

describe('framework agreement examples', () => {
  const packages = readdirSync(FRAMEWORK)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson(new URL(f, FRAMEWORK)))
    .filter((p) => Array.isArray(p.releases)); // extensions_block.json is only an extensions list

  it('all compile, grouped by ocid, with extensions united', () => {
    const pkg = compileRecordPackage(packages, { versioned: true, schema });
    expect(pkg.records.map((r) => r.ocid).sort()).toEqual([
      'ocds-70d2nz-2239-4-LP14',
      'ocds-70d2nz-54705',
      'ocds-r6ebe6-95f19d21-d066-4931-a431-071211033960',
      'ocds-r6ebe6-9af22e2f-5307-4e98-bff6-1ebffbff343d',
    ]);
    expect(pkg.extensions).toEqual(expect.arrayContaining(packages.flatMap((p) => p.extensions ?? [])));
    expect(new Set(pkg.extensions).size).toBe(pkg.extensions!.length);
    for (const record of pkg.records) {
      expect(record.compiledRelease.tag).toEqual(['compiled']);
      expect(record.versionedRelease?.ocid).toBe(record.ocid);
    }
  });

  it('the call-off (second stage + award) merges into one record related to its framework', () => {
    const pkg = compileRecordPackage(packages, { versioned: true, schema });
    const callOff = pkg.records.find((r) => r.ocid === 'ocds-70d2nz-54705')!;
    const c = callOff.compiledRelease as any;
    expect(callOff.releases).toHaveLength(2);
    expect(c.id).toBe('ocds-70d2nz-54705-2020-08-30T16:30:52Z');
    expect(c.relatedProcesses).toEqual([
      expect.objectContaining({ id: '1', relationship: ['framework'], scheme: 'ocid', identifier: 'ocds-70d2nz-2239-4-LP14' }),
    ]);
    expect(c.tender.status).toBe('complete'); // award release
    expect(c.tender.title).toBe('Artículos de Escritorio y Papelería'); // kept from the tender release
    expect(c.parties.map((p: any) => p.id)).toEqual(['CL-MP-1002588', 'CL-MP-1394484']);
    expect(c.awards[0].value).toEqual({ amount: 280000, currency: 'CLP' });
    const v = callOff.versionedRelease as any;
    expect(v.tender.status.map((e: any) => e.value)).toEqual(['active', 'complete']);
    expect(v.tender.title).toHaveLength(1);
  });

  it('lots are kept by id and bid details merged by id across later call-off releases (hand-made releases)', () => {
    const second = packages.find((p) => p.releases[0].id === '54705-2020-08-20T16:30:52Z');
    const base = second.releases[0];
    const lotsRelease = rel('2020-09-01T00:00:00Z', {
      ocid: base.ocid,
      tender: {
        lots: [
          { id: 'L1', title: 'Papel', value: { amount: 100, currency: 'CLP' }, awardCriteria: { criteria: [{ type: 'price' }, { type: 'quality' }] } },
          { id: 'L2', title: 'Lápices', status: 'active' },
        ],
      },
      bids: { details: [{ id: 'B1', status: 'pending', relatedLots: ['L1'] }] },
    });
    const laterRelease = rel('2020-09-15T00:00:00Z', {
      ocid: base.ocid,
      tender: { lots: [{ id: 'L2', status: 'cancelled' }, { id: 'L1', awardCriteria: { criteria: [{ type: 'price' }] } }] },
      bids: { details: [{ id: 'B1', status: 'valid' }, { id: 'B2', status: 'disqualified', relatedLots: ['L2'] }] },
    });
    const c = compileRelease([laterRelease, base, lotsRelease], schema) as any;
    expect(c.tender.title).toBe('Artículos de Escritorio y Papelería');
    expect(c.tender.lots).toEqual([
      { id: 'L1', title: 'Papel', value: { amount: 100, currency: 'CLP' }, awardCriteria: { criteria: [{ type: 'price' }] } },
      { id: 'L2', title: 'Lápices', status: 'cancelled' },
    ]);
    expect(c.bids.details).toEqual([
      { id: 'B1', status: 'valid', relatedLots: ['L1'] },
      { id: 'B2', status: 'disqualified', relatedLots: ['L2'] },
    ]);
    const v = versionRelease([laterRelease, base, lotsRelease], schema) as any;
    expect(v.tender.lots[1].id).toBe('L2');
    expect(v.tender.lots[1].status.map((e: any) => e.value)).toEqual(['active', 'cancelled']);
    // awardCriteria.criteria is wholeListMerge: versioned as whole values
    expect(v.tender.lots[0].awardCriteria.criteria.map((e: any) => e.value)).toEqual([
      [{ type: 'price' }, { type: 'quality' }],
      [{ type: 'price' }],
    ]);
  });
});

describe('merge rules on hand-made releases', () => {
  it('a null value removes the field, and a null object removes the whole object', () => {
    const c = compileRelease(
      [
        rel(D1, { tender: { title: 'A', description: 'x', tenderPeriod: { endDate: D2 } } }),
        rel(D2, { tender: { description: null, tenderPeriod: null } }),
      ],
      schema,
    );
    expect(c.tender).toEqual({ title: 'A' });
    const v = versionRelease(
      [rel(D1, { tender: { description: 'x', tenderPeriod: { endDate: D2 } } }), rel(D2, { tender: { tenderPeriod: null } })],
      schema,
    ) as any;
    expect(v.tender.tenderPeriod.endDate.map((e: any) => e.value)).toEqual([D2, null]);
  });

  it('merges identified arrays by id and replaces whole-list arrays and arrays of strings', () => {
    const c = compileRelease(
      [
        rel(D1, {
          parties: [
            { id: 'P1', name: 'One', roles: ['buyer', 'payer'], additionalIdentifiers: [{ scheme: 'A', id: '1' }, { scheme: 'B', id: '2' }] },
            { id: 'P2', name: 'Two' },
          ],
        }),
        rel(D2, { parties: [{ id: 'P3', name: 'Three' }, { id: 'P1', roles: ['buyer'], additionalIdentifiers: [{ scheme: 'C', id: '3' }] }] }),
      ],
      schema,
    ) as any;
    expect(c.parties).toEqual([
      { id: 'P1', name: 'One', roles: ['buyer'], additionalIdentifiers: [{ scheme: 'C', id: '3' }] },
      { id: 'P2', name: 'Two' },
      { id: 'P3', name: 'Three' },
    ]);
  });

  it('merges nested identified arrays (award items inside awards, transactions inside contracts)', () => {
    const c = compileRelease(
      [
        rel(D1, { awards: [{ id: 'A1', items: [{ id: 'I1', quantity: 1 }, { id: 'I2', quantity: 2 }] }] }),
        rel(D2, { awards: [{ id: 'A1', items: [{ id: 'I2', quantity: 5 }] }], contracts: [{ id: 'C1', implementation: { transactions: [{ id: 'T1', value: { amount: 1 } }] } }] }),
        rel(D3, { contracts: [{ id: 'C1', implementation: { transactions: [{ id: 'T2', value: { amount: 2 } }] } }] }),
      ],
      schema,
    ) as any;
    expect(c.awards[0].items).toEqual([{ id: 'I1', quantity: 1 }, { id: 'I2', quantity: 5 }]);
    expect(c.contracts[0].implementation.transactions.map((t: any) => t.id)).toEqual(['T1', 'T2']);
  });

  it('treats integer 1 and string "1" as the same id (OCDS ids are strings or integers); the latest value is kept', () => {
    const releases = [rel(D1, { awards: [{ id: 1, title: 'a', status: 'pending' }] }), rel(D2, { awards: [{ id: '1', status: 'active' }] })];
    expect((compileRelease(releases, schema) as any).awards).toEqual([{ id: '1', title: 'a', status: 'active' }]);
    const v = versionRelease(releases, schema) as any;
    expect(v.awards).toHaveLength(1);
    expect(v.awards[0].id).toBe('1'); // not versioned
    expect(v.awards[0].status.map((e: any) => e.value)).toEqual(['pending', 'active']);
  });

  it('items without an id are new items; unknown arrays merge by id only when every item has one', () => {
    const c = compileRelease(
      [
        rel(D1, { awards: [{ title: 'no id' }], x_notes: [{ id: 'n1', a: 1 }], x_plain: [{ a: 1 }] }),
        rel(D2, { awards: [{ title: 'still no id' }], x_notes: [{ id: 'n1', b: 2 }], x_plain: [{ b: 2 }] }),
      ],
      schema,
    ) as any;
    expect(c.awards).toEqual([{ title: 'no id' }, { title: 'still no id' }]);
    expect(c.x_notes).toEqual([{ id: 'n1', a: 1, b: 2 }]);
    expect(c.x_plain).toEqual([{ b: 2 }]);
  });

  it('versions a leaf only when its value changes, with release id, date and tag', () => {
    const v = versionRelease(
      [rel(D1, { tender: { title: 'A' } }, 'r1'), rel(D2, { tender: { title: 'A' } }, 'r2'), { ...rel(D3, { tender: { title: 'B' } }, 'r3'), tag: ['tenderAmendment'] }],
      schema,
    ) as any;
    expect(v.tender.title).toEqual([
      { releaseID: 'r1', releaseDate: D1, releaseTag: ['tender'], value: 'A' },
      { releaseID: 'r3', releaseDate: D3, releaseTag: ['tenderAmendment'], value: 'B' },
    ]);
    expect(v).not.toHaveProperty('id');
    expect(v).not.toHaveProperty('date');
    expect(v.ocid).toBe('ocds-abc123-1');
  });

  it('without a schema, core omitWhenMerged fields are still dropped', () => {
    const c = compileRelease([rel(D2, { a: 1 }), rel(D1, { a: 0, b: 2 })]);
    expect(c).toEqual({ tag: ['compiled'], id: `ocds-abc123-1-${D2}`, date: D2, ocid: 'ocds-abc123-1', a: 1, b: 2 });
  });
});

describe('bad input is refused with a clear error', () => {
  it('no releases, no ocid, no or bad date, equal dates, mixed ocids', () => {
    expect(() => compileRelease([])).toThrow(/no releases/);
    expect(() => compileRelease([{ id: 'x', date: D1 }])).toThrow(/has no ocid/);
    expect(() => compileRelease([rel(D1), { ...rel(D2), date: undefined }])).toThrow(/no valid date/);
    expect(() => versionRelease([{ ...rel(D1), date: 'yesterday' }])).toThrow(/no valid date/);
    expect(() => compileRelease([rel(D1, {}, 'a'), rel('2024-01-01T00:00:00.000Z', {}, 'b')])).toThrow(/a and b .* same date/);
    expect(() => compileRelease([rel(D1), { ...rel(D2), ocid: 'ocds-other-2' }])).toThrow(/different ocids/);
  });

  it('compileRecordPackage refuses what is not a package or a list of releases', () => {
    expect(() => compileRecordPackage({ extensions: [] })).toThrow(/expected a release package/);
    expect(() => compileRecordPackage('nope')).toThrow(/expected a release package/);
    expect(() => compileRecordPackage([{ releases: [rel(D1)] }, rel(D2)])).toThrow(/expected a release package/);
    expect(() => compileRecordPackage({ releases: [{ id: 'x', date: D1 }] })).toThrow(/has no ocid/);
    expect(() => compileRecordPackage({ releases: [3] })).toThrow(/not an object/);
  });

  it('groups several ocids into several records, each compiled on its own', () => {
    const pkg = compileRecordPackage([rel(D1, { a: 1 }), { ...rel(D2, { a: 2 }), ocid: 'ocds-abc123-2' }, rel(D3, { a: 3 })]);
    expect(pkg.records.map((r) => [r.ocid, r.compiledRelease.a])).toEqual([
      ['ocds-abc123-1', 3],
      ['ocds-abc123-2', 2],
    ]);
  });
});
