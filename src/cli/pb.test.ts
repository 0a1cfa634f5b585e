import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { realFilePath } from '../modules/participation/budgets/pabulib/real-files.js';
import { UsageError } from './errors.js';
import { pbTally } from './pb.js';

const ASSEN = fileURLToPath(realFilePath('Netherlands_Assen_2024'));
const WARSZAWA = fileURLToPath(realFilePath('Poland_Warszawa_2017_Plac_Wojska_Polskiego'));

async function capture(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  const code = await pbTally(args);
  vi.restoreAllMocks();
  return { code, stdout: out.join(''), stderr: err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('cabildo pb tally', () => {
  it('prints the selected ids and the cost as JSON (MES defaults: cost utilities, add1)', async () => {
    const { code, stdout } = await capture([ASSEN, '--rule', 'mes', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ selected: ['3', '9', '2', '11', '13', '14', '5', '6', '12'], cost: 76700 });
    const none = JSON.parse((await capture([ASSEN, '--rule', 'mes', '--completion', 'none', '--json'])).stdout);
    expect(none).toEqual({ selected: ['3', '9', '2', '13', '11', '14', '12'], cost: 60700 });
  });

  it('prints a table with the budget, what was spent and what is left', async () => {
    const { code, stdout } = await capture([WARSZAWA, '--rule', 'greedy']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^427 +15995 +Akademia Szkraba$/m);
    expect(stdout).toContain('budget    51195\nspent     44720\nleftover  6475\n');
  });

  it('keeps decimal money exact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-'));
    const file = join(dir, 'decimal.pb');
    writeFileSync(file, 'META\nkey;value\nbudget;969245.38\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;500000.24\n2;469245.13\n3;0.01\nVOTES\nvoter_id;vote\n1;1,2,3\n');
    expect(JSON.parse((await capture([file, '--rule', 'greedy', '--json'])).stdout)).toEqual({ selected: ['3', '2', '1'], cost: 969245.38 });
    expect((await capture([file, '--rule', 'greedy'])).stdout).toContain('spent     969245.38\nleftover  0.00\n');
  });

  it('rejects a bad file with its line and the reason (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-'));
    const file = join(dir, 'bad.pb');
    writeFileSync(file, 'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;10\nVOTES\nvoter_id;vote\nv1;1,9\n');
    const { code, stdout, stderr } = await capture([file, '--rule', 'mes']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${file}: line 10: voter v1 votes for project 9, which is not in PROJECTS\n`);
  });

  it.each([
    [[], /needs a file/],
    [[ASSEN], /--rule is required/],
    [[ASSEN, '--rule', 'borda'], /--rule must be greedy, greedy-no-skip, mes, not "borda"/],
    [[ASSEN, '--rule', 'mes', '--completion', 'add2'], /--completion must be none, add1/],
    [[ASSEN, '--rule', 'mes', '--utilities', 'money'], /--utilities must be cost, approval/],
    [[ASSEN, '--rule', 'greedy', '--completion', 'add1'], /apply to --rule mes only/],
    [[ASSEN, '--rule', 'mes', '--jsn'], /Unknown option '--jsn'/],
    [['/nonexistent/x.pb', '--rule', 'mes'], /cannot read \/nonexistent\/x.pb: ENOENT/],
  ])('usage error for %j', async (args, message) => {
    await expect(pbTally(args)).rejects.toThrow(UsageError);
    await expect(pbTally(args)).rejects.toThrow(message);
  });
});
