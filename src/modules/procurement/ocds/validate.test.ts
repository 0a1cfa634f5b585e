// OCDS validation against the real schemas and examples in ../shared/data/ocds: every example is free of errors, and
// each hand-broken copy of the fictional package gives exactly the problem broken into it (and nothing else).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeDv } from '../../../core/identity/run.js';
import { defaultSchemaDir, loadOcdsSchemas, OcdsSchemaError, validatePackage } from './validate.js';
import { parseCsv } from './schemas.js';

const EXAMPLES = fileURLToPath(new URL('../../../../../shared/data/ocds/examples', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const fictional = () => readJson(join(EXAMPLES, 'fictional-1.1/ocds-213czf-000-00001.json'));
const brief = (data: unknown) => validatePackage(data).problems.map((p) => [p.severity, p.code, p.path]);

describe('the published examples', () => {
  const files = ['fictional-1.1', 'fictional-1.1/record', 'ocp-framework-examples-1.1']
    .flatMap((dir) => readdirSync(join(EXAMPLES, dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`))
    // extensions_block.json is only the "extensions" fragment the framework docs show, not a package.
    .filter((f) => !f.endsWith('extensions_block.json'));

  it('finds the 16 packages', () => expect(files).toHaveLength(16));

  it.each(files)('%s validates without errors', (file) => {
    const report = validatePackage(readJson(join(EXAMPLES, file)));
    expect(report.kind).not.toBe('unknown');
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('the fictional package has no warnings either (x_ codes are a publisher\'s own)', () => {
    expect(validatePackage(fictional())).toMatchObject({ kind: 'release-package', releases: 6, errors: 0, warnings: 0 });
  });

  it('Mercado Público\'s bare RUT numbers (no check digit) are warnings, not errors', () => {
    expect(brief(readJson(join(EXAMPLES, 'ocp-framework-examples-1.1/open_multiple_supplier.json')))).toEqual([
      ['warning', 'rut_unchecked', '/releases/0/parties/0/identifier/id'],
      ['warning', 'rut_unchecked', '/releases/0/parties/1/identifier/id'],
    ]);
  });

  it('says a fragment is not a package', () => {
    expect(brief(readJson(join(EXAMPLES, 'ocp-framework-examples-1.1/extensions_block.json')))).toEqual([['error', 'not_a_package', '']]);
    expect(brief([])).toEqual([['error', 'not_a_package', '']]);
  });
});

describe('hand-broken copies of the fictional package', () => {
  it('a wrong award status: one closed-codelist error (not also the schema enum)', () => {
    const pkg = fictional();
    pkg.releases[3].awards[0].status = 'won';
    expect(brief(pkg)).toEqual([['error', 'codelist_closed', '/releases/3/awards/0/status']]);
    expect(validatePackage(pkg).problems[0].message).toBe('"won" no es un código de la lista cerrada awardStatus.csv');
  });

  it('a wrong tender status and a wrong tag', () => {
    const pkg = fictional();
    pkg.releases[1].tender.status = 'open';
    pkg.releases[2].tag = ['tenderAmendment', 'amendment'];
    expect(brief(pkg)).toEqual([['error', 'codelist_closed', '/releases/1/tender/status'], ['error', 'codelist_closed', '/releases/2/tag/1']]);
  });

  it('a duplicate release id', () => {
    const pkg = fictional();
    pkg.releases[2].id = pkg.releases[1].id;
    expect(brief(pkg)).toEqual([['error', 'duplicate_release_id', '/releases/2/id']]);
  });

  it('a contract pointing to a missing award', () => {
    const pkg = fictional();
    pkg.releases[4].contracts[0].awardID = 'no-such-award';
    expect(brief(pkg)).toEqual([['error', 'contract_award_missing', '/releases/4/contracts/0/awardID']]);
  });

  it('an award in another ocid does not count', () => {
    const pkg = fictional();
    pkg.releases[4].contracts[0].awardID = 'elsewhere';
    pkg.releases.push({ ...pkg.releases[3], ocid: 'ocds-213czf-000-00002', awards: [{ ...pkg.releases[3].awards[0], id: 'elsewhere' }] });
    expect(brief(pkg)).toEqual([['error', 'contract_award_missing', '/releases/4/contracts/0/awardID']]);
  });

  it('a bad ocid prefix', () => {
    const pkg = fictional();
    pkg.releases[0].ocid = 'ocds-213CZF-000-00001';
    expect(brief(pkg)).toEqual([['error', 'ocid_prefix', '/releases/0/ocid']]);
  });

  it('dates out of order, and two releases at the same instant', () => {
    const swapped = fictional();
    [swapped.releases[1].date, swapped.releases[2].date] = [swapped.releases[2].date, swapped.releases[1].date];
    expect(brief(swapped)).toEqual([['error', 'release_date_order', '/releases/2/date']]);
    const tied = fictional();
    tied.releases[2].date = tied.releases[1].date;
    expect(brief(tied)).toEqual([['error', 'duplicate_release_date', '/releases/2/date']]);
    // Same instant written differently, and not next to each other: still a tie, reported once.
    const far = fictional();
    far.releases[4].date = far.releases[1].date.replace('Z', '+00:00');
    expect(brief(far)).toEqual([['error', 'duplicate_release_date', '/releases/4/date']]);
  });

  it('a CL-RUT with a wrong check digit; a right one passes', () => {
    const pkg = fictional();
    const wrong = computeDv(76364678) === '0' ? '1' : '0';
    pkg.releases[0].parties[0].identifier = { scheme: 'CL-RUT', id: `76.364.678-${wrong}` };
    expect(brief(pkg)).toEqual([['error', 'rut_invalid', '/releases/0/parties/0/identifier/id']]);
    pkg.releases[0].parties[0].identifier.id = `76.364.678-${computeDv(76364678)}`;
    expect(brief(pkg)).toEqual([]);
  });

  it('a missing required field, reported at the field', () => {
    const pkg = fictional();
    delete pkg.releases[1].initiationType;
    delete pkg.version;
    expect(brief(pkg)).toEqual([['error', 'schema_required', '/releases/1/initiationType'], ['error', 'schema_required', '/version']]);
    expect(validatePackage(pkg).problems[0].message).toBe('falta el campo obligatorio "initiationType"');
    expect(validatePackage(pkg, { lang: 'en' }).problems[0].message).toBe('required field "initiationType" is missing');
  });

  it('a bad date-time format', () => {
    const pkg = fictional();
    pkg.releases[0].tender.tenderPeriod = { startDate: '15/03/2010' };
    expect(brief(pkg)).toEqual([['error', 'schema_format', '/releases/0/tender/tenderPeriod/startDate']]);
  });

  it('an open codelist value is only a warning', () => {
    const pkg = fictional();
    pkg.releases[0].parties[0].roles.push('sponsor');
    expect(validatePackage(pkg)).toMatchObject({ errors: 0, warnings: 1, problems: [{ severity: 'warning', code: 'codelist_open' }] });
  });

  it('extension fields are checked against the patched schema (lots, partyDetails_scale)', () => {
    const pkg = fictional();
    pkg.releases[1].tender.lots = [{ id: 'lot-1', status: 'finished' }];
    pkg.releases[1].tender.lotGroups = 'all';
    pkg.releases[1].parties[0].details = { scale: 'huge' };
    expect(brief(pkg)).toEqual([
      ['error', 'codelist_closed', '/releases/1/parties/0/details/scale'],
      ['error', 'schema_type', '/releases/1/tender/lotGroups'],
      ['error', 'codelist_closed', '/releases/1/tender/lots/0/status'],
    ]);
    // The core schema knows neither lots nor details.scale: only the codelist checks remain.
    expect(validatePackage(pkg, { coreOnly: true }).problems.map((p) => p.code)).not.toContain('schema_type');
  });

  it('checks the ocids and embedded releases of a record package', () => {
    const rec = readJson(join(EXAMPLES, 'fictional-1.1/record/ocds-213czf-000-00001.json'));
    rec.records[0].ocid = 'OCDS-1';
    delete rec.records[0].compiledRelease.id;
    expect(brief(rec)).toEqual([['error', 'schema_required', '/records/0/compiledRelease/id'], ['error', 'ocid_prefix', '/records/0/ocid']]);
    const twice = readJson(join(EXAMPLES, 'fictional-1.1/record/ocds-213czf-000-00001.json'));
    twice.records.push(twice.records[0]);
    expect(brief(twice)).toEqual([['error', 'duplicate_record_ocid', '/records/1/ocid']]);
  });
});

describe('schemas and codelists', () => {
  it('a missing schema folder is a clear error', () => {
    expect(() => validatePackage(fictional(), { schemaDir: '/nonexistent/ocds' })).toThrow(OcdsSchemaError);
    expect(() => loadOcdsSchemas('/nonexistent/ocds')).toThrow(/OCDS schema folder not found: \/nonexistent\/ocds/);
  });

  it('compiles the validators once per folder', () => expect(loadOcdsSchemas()).toBe(loadOcdsSchemas(defaultSchemaDir())));

  it('reads codelists by their Code column, quoted descriptions and all', () => {
    const lists = loadOcdsSchemas().codelists;
    expect([...lists.get('tenderStatus.csv')!]).toEqual(['planning', 'planned', 'active', 'cancelled', 'unsuccessful', 'complete', 'withdrawn']);
    expect(lists.get('documentType.csv')!.has('tenderNotice')).toBe(true);
    expect(lists.get('partyScale.csv')!.has('sme')).toBe(true);
    expect(parseCsv('Code,Description\na,"x, ""y""\nz"\nb,c\n')).toEqual([['Code', 'Description'], ['a', 'x, "y"\nz'], ['b', 'c']]);
  });
});

describe('a large package', () => {
  it('validates 10,000 generated releases (time printed)', () => {
    const releases = Array.from({ length: 10_000 }, (_, i) => {
      const n = Math.floor(i / 5);
      const step = i % 5;
      const ocid = `ocds-abc123-${String(n).padStart(6, '0')}`;
      return {
        ocid, id: `${ocid}-${step}`, date: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(), tag: [['tender', 'tenderAmendment', 'award', 'contract', 'implementation'][step]],
        initiationType: 'tender', buyer: { id: 'CL-RUT-60808000-7', name: 'Comprador' },
        parties: [{ id: 'CL-RUT-60808000-7', name: 'Comprador', roles: ['buyer'], identifier: { scheme: 'CL-RUT', id: '60808000-7' } }],
        tender: { id: `t-${n}`, status: step === 0 ? 'active' : 'complete', value: { amount: 1000 + n, currency: 'CLP' }, lots: [{ id: 'lot-1', status: 'active' }] },
        ...(step >= 2 ? { awards: [{ id: `a-${n}`, status: 'active' }] } : {}),
        ...(step >= 3 ? { contracts: [{ id: `c-${n}`, awardID: `a-${n}`, status: 'active' }] } : {}),
      };
    });
    const pkg = { uri: 'https://example.cl/ocds/big.json', version: '1.1', publishedDate: '2025-06-01T00:00:00Z', publisher: { name: 'Cabildo' }, releases };
    loadOcdsSchemas(); // compiled beforehand, so the time is the validation alone
    const started = performance.now();
    const report = validatePackage(pkg);
    const ms = performance.now() - started;
    console.log(`OCDS validation: ${releases.length} releases in ${ms.toFixed(0)} ms (${Math.round(releases.length / (ms / 1000))} releases/s)`);
    expect(report).toMatchObject({ releases: 10_000, errors: 0, warnings: 0 });
  });
});
