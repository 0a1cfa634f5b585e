// `cabildo ocds validate|compile` in-process (no database): exit codes 0/1/2, Spanish and JSON output, the schema
// folder option, and the record package compiled from the fictional example's six releases.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../test-support/cli.js';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';

const EXAMPLES = fileURLToPath(new URL('../../../shared/data/ocds/examples', import.meta.url));
const FICTIONAL = join(EXAMPLES, 'fictional-1.1/ocds-213czf-000-00001.json');
const dir = mkdtempSync(join(tmpdir(), 'cabildo-ocds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ocds = (...args: string[]) => runCommand(() => main(['ocds', ...args]));
const write = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
};
const broken = () => {
  const pkg = JSON.parse(readFileSync(FICTIONAL, 'utf8'));
  pkg.releases[3].awards[0].status = 'won';
  pkg.releases[4].contracts[0].awardID = 'missing';
  pkg.releases[0].parties[0].roles.push('sponsor');
  return write('broken.json', pkg);
};

describe('cabildo ocds validate', () => {
  it('a valid package: exit 0 and a Spanish summary', async () => {
    const res = await ocds('validate', FICTIONAL);
    expect(res).toMatchObject({ code: 0, stderr: '' });
    expect(res.stdout).toBe('0 errores, 0 advertencias (paquete de entregas, 6 entregas)\n');
  });

  it('a broken package: exit 1, each problem on a line with its severity and path, in Spanish', async () => {
    const res = await ocds('validate', broken());
    expect(res.code).toBe(1);
    expect(res.stdout.trim().split('\n')).toEqual([
      'advertencia\t/releases/0/parties/0/roles/2\t"sponsor" no está en la lista abierta partyRole.csv (se admite, pero revise si es un error de tipeo)',
      'error\t/releases/3/awards/0/status\t"won" no es un código de la lista cerrada awardStatus.csv',
      'error\t/releases/4/contracts/0/awardID\tel contrato apunta a la adjudicación "missing", que no existe en las entregas del ocid ocds-213czf-000-00001',
      '2 errores, 1 advertencia (paquete de entregas, 6 entregas)',
    ]);
  });

  it('--json prints the report only; --lang en words it in English', async () => {
    const res = await ocds('validate', broken(), '--json', '--lang', 'en');
    expect(res.code).toBe(1);
    const report = JSON.parse(res.stdout);
    expect(report).toMatchObject({ valid: false, kind: 'release-package', releases: 6, errors: 2, warnings: 1 });
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual(['codelist_open', 'codelist_closed', 'contract_award_missing']);
    expect(report.problems[1].message).toBe('"won" is not a code of the closed codelist awardStatus.csv');
    const ok = JSON.parse((await ocds('validate', FICTIONAL, '--json')).stdout);
    expect(ok).toMatchObject({ valid: true, errors: 0, problems: [] });
  });

  it('warnings alone exit 0; a record package is recognised', async () => {
    const res = await ocds('validate', join(EXAMPLES, 'ocp-framework-examples-1.1/open_multiple_award.json'));
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('0 errores, 1 advertencia');
    const rec = await ocds('validate', join(EXAMPLES, 'fictional-1.1/record/ocds-213czf-000-00001-withversions.json'));
    expect(rec).toMatchObject({ code: 0, stdout: '0 errores, 0 advertencias (paquete de registros, 1 registros)\n' });
  });

  it('JSON that is not a package is an error (exit 1), with the reason', async () => {
    const res = await ocds('validate', write('fragment.json', { extensions: [] }));
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('error\t/\tno es un paquete OCDS');
  });

  it('unreadable input and bad usage exit 2 with one clear line', async () => {
    const missing = await ocds('validate', join(dir, 'nope.json'));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^cabildo: cannot read .*nope\.json: ENOENT\n/);
    const bad = await ocds('validate', write('bad.json', '{"releases": ['));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not valid JSON');
    expect((await ocds('validate')).code).toBe(2);
    expect((await ocds('validate', FICTIONAL, FICTIONAL)).code).toBe(2);
    expect((await ocds('validate', FICTIONAL, '--strict')).code).toBe(2);
    expect((await ocds('validate', FICTIONAL, '--lang', 'fr')).code).toBe(2);
  });

  it('a missing schema folder is exit 2 with the folder named, never a crash', async () => {
    const res = await ocds('validate', FICTIONAL, '--schema-dir', join(dir, 'no-schemas'));
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`OCDS schema folder not found: ${join(dir, 'no-schemas')}`);
    expect(res.stderr).not.toContain('    at ');
  });

  it('FILE "-" reads stdin (a real process: the in-process runner has no stdin to give)', () => {
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const run = (input: string) => spawnSync(tsx, ['src/cli.ts', 'ocds', 'validate', '-', '--json'], { input, encoding: 'utf8', timeout: 60_000 });
    const ok = run(readFileSync(FICTIONAL, 'utf8'));
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ valid: true, releases: 6 });
    const bad = run('{');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('stdin is not valid JSON');
  }, 60_000);

  it('is listed in cabildo help', async () => {
    const res = await runCommand(() => main(['help']));
    expect(res.stdout).toContain('ocds validate FILE');
    expect(res.stdout).toContain('ocds compile FILE');
  });
});

describe('cabildo ocds compile', () => {
  const expected = (file: string) => JSON.parse(readFileSync(join(EXAMPLES, 'fictional-1.1/record', file), 'utf8')).records[0];

  it('merges the six fictional releases into the published compiled release', async () => {
    const list = write('list.json', [1, 2, 3, 4, 5, 6].map((n) => JSON.parse(readFileSync(join(EXAMPLES, 'fictional-1.1', [
      '', 'ocds-213czf-000-00001-01-planning.json', 'ocds-213czf-000-00001-02-tender.json', 'ocds-213czf-000-00001-03-tenderAmendment.json',
      'ocds-213czf-000-00001-04-award.json', 'ocds-213czf-000-00001-05-contract.json', 'ocds-213czf-000-00001-06-implementation.json'][n]), 'utf8'))));
    const res = await ocds('compile', list);
    expect(res).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(res.stdout);
    expect(out.records).toHaveLength(1);
    expect(out.records[0].ocid).toBe('ocds-213czf-000-00001');
    expect(out.records[0].compiledRelease).toEqual(expected('ocds-213czf-000-00001.json').compiledRelease);
    expect(out.records[0].versionedRelease).toBeUndefined();
    // What compile prints is itself a valid record package.
    const check = await ocds('validate', write('compiled.json', out), '--json');
    expect(JSON.parse(check.stdout)).toMatchObject({ kind: 'record-package', errors: 0 });
  });

  it('--versioned adds the versioned release', async () => {
    const res = await ocds('compile', FICTIONAL, '--versioned');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).records[0].versionedRelease).toEqual(expected('ocds-213czf-000-00001-withversions.json').versionedRelease);
  });

  it('bad input exits 2', async () => {
    const res = await ocds('compile', write('not-ocds.json', { hello: 'world' }));
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('expected a release package');
    expect((await ocds('compile', join(dir, 'nope.json'))).code).toBe(2);
    expect((await ocds('compile')).code).toBe(2);
  });
});
