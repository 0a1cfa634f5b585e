// `cabildo ocds import` in-process on a throwaway embedded database: the summary, the invalid lines and the exit codes.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, useCliDataDir } from '../../../test-support/cli.js';
import { main } from '../../../cli/main.js';
import { fileURLToPath } from 'node:url';

const FICTIONAL = fileURLToPath(new URL('../../../../../shared/data/ocds/examples/fictional-1.1/ocds-213czf-000-00001.json', import.meta.url));
const dir = useCliDataDir('ocds-import');
const ocds = (...args: string[]) => runCommand(() => main(['ocds', ...args]));
beforeAll(async () => { expect((await runCommand(() => main(['migrate']))).code).toBe(0); }, 180_000);

describe('cabildo ocds import', () => {
  it('loads a package, says so, and skips it the second time', async () => {
    const first = await ocds('import', FICTIONAL, '--institution', 'temuco');
    expect(first.stdout).toBe('6 entregas cargadas, 0 ya estaban cargadas, 0 inválidas (de 6 leídas)\n');
    expect(first.code).toBe(0);
    const again = await ocds('import', FICTIONAL, '--institution', 'temuco', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ loaded: 0, alreadyLoaded: 6 });
  }, 60_000);

  it('lists invalid releases and exits 1; usage errors exit 2', async () => {
    const file = join(dir(), 'broken.jsonl');
    writeFileSync(file, '{"ocid":\n');
    const broken = await ocds('import', file, '--institution', 'temuco', '--lang', 'en');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^invalid\tline 1\t-\t-\tnot valid JSON/);
    expect((await ocds('import', FICTIONAL)).code).toBe(2);
    expect((await ocds('import', FICTIONAL, '--institution', 'nowhere')).code).toBe(2);
  }, 60_000);
});
