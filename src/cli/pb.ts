// `cabildo pb tally FILE.pb`: tallies a pabulib file with greedy or the Method of Equal Shares and prints the funded
// projects and their total cost. No database. A bad file is rejected with its line and the reason (exit 1).
import { readFile } from 'node:fs/promises';
import {
  COMPLETIONS, PabulibError, RULES, UTILITIES, formatMoney, parsePabulib, tally, buildElection,
} from '../modules/participation/budgets/tally/index.js';
import { parseOptions, requireOption } from './args.js';
import { EXIT, UsageError } from './errors.js';

export function parsePbTally(args: string[]) {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith('-')) throw new UsageError('pb tally needs a file: cabildo pb tally FILE.pb --rule greedy|mes');
  const values = parseOptions(rest, { rule: { type: 'string' }, utilities: { type: 'string' }, completion: { type: 'string' }, json: { type: 'boolean' } });
  const rule = oneOf(requireOption(values.rule, 'rule'), RULES, 'rule');
  if (rule !== 'mes' && (values.utilities !== undefined || values.completion !== undefined)) {
    throw new UsageError('--utilities and --completion apply to --rule mes only');
  }
  return {
    file, rule,
    utilities: oneOf(values.utilities ?? 'cost', UTILITIES, 'utilities'),
    completion: oneOf(values.completion ?? 'add1', COMPLETIONS, 'completion'),
    json: values.json ?? false,
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** Reads and parses a .pb file; a bad one is reported on stderr with its line and reason, and answers null (exit 1). */
export async function readPabulibFile(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return parsePabulib(text);
  } catch (err) {
    if (!(err instanceof PabulibError)) throw err;
    process.stderr.write(`${file}: ${err.message}\n`);
    return null;
  }
}

export async function pbTally(args: string[]): Promise<number> {
  const o = parsePbTally(args);
  const instance = await readPabulibFile(o.file);
  if (!instance) return EXIT.failure;
  const election = buildElection(instance);
  const { selected, cost } = tally(election, { rule: o.rule, utilities: o.utilities, completion: o.completion });
  const money = (amount: bigint) => formatMoney(amount, election.unit);
  if (o.json) {
    // The cost in currency units: exact for whole amounts and for cents (a double holds 15 significant digits).
    process.stdout.write(`${JSON.stringify({ selected, cost: Number(money(cost)) })}\n`);
    return EXIT.ok;
  }
  const costs = new Map(election.projects.map((p) => [p.id, p.cost]));
  const names = new Map(instance.projects.map((p) => [p.id, p.name ?? '']));
  const width = Math.max(7, ...selected.map((id) => id.length));
  const rows = selected.map((id) => `${id.padEnd(width)}  ${money(costs.get(id)!).padStart(12)}  ${names.get(id)}`);
  const rule = o.rule === 'mes' ? `mes (${o.utilities} utilities, ${o.completion} completion)` : o.rule;
  process.stdout.write([
    `rule: ${rule}`, '', `${'project'.padEnd(width)}  ${'cost'.padStart(12)}  name`, ...rows, '',
    `budget    ${money(election.budget)}`, `spent     ${money(cost)}`, `leftover  ${money(election.budget - cost)}`, '',
  ].join('\n'));
  return EXIT.ok;
}
