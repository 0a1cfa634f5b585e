// The `cabildo` commands, dispatched by name; every failure becomes a clear message on stderr and an exit code.
import { auditVerify } from './audit.js';
import { budgetImport } from './budget.js';
import { describeError, UsageError } from './errors.js';
import { eligibilityImport } from './eligibility.js';
import { help } from './help.js';
import { institutionClaveUnica } from './institution.js';
import { migrate } from './migrate.js';
import { OCDS_COMMANDS } from './ocds.js';
import { observatoryImport, observatoryRefresh } from './observatory.js';
import { pbTally } from './pb.js';
import { pbImport } from './pb-import.js';
import { seed } from './seed.js';
import { tokenCreate } from './token.js';
import { transparencyDeadline } from './transparency.js';
import { userCreate } from './user.js';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  migrate,
  seed,
  'user create': userCreate,
  'token create': tokenCreate,
  'audit verify': auditVerify,
  'eligibility import': eligibilityImport,
  'budget import': budgetImport,
  'pb tally': pbTally,
  'pb import': pbImport,
  'institution claveunica': institutionClaveUnica,
  'transparency deadline': transparencyDeadline,
  'observatory import': observatoryImport,
  'observatory refresh': observatoryRefresh,
  ...OCDS_COMMANDS,
  help,
};

function findCommand(argv: string[]): { command: Command; args: string[] } {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: help, args: [] };
  const [first, second] = argv;
  if (second !== undefined && COMMANDS[`${first} ${second}`]) return { command: COMMANDS[`${first} ${second}`], args: argv.slice(2) };
  if (COMMANDS[first]) return { command: COMMANDS[first], args: argv.slice(1) };
  throw new UsageError(`unknown command "${argv.slice(0, 2).join(' ')}"`);
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { command, args } = findCommand(argv);
    return await command(args);
  } catch (err) {
    const { code, message } = describeError(err);
    process.stderr.write(`cabildo: ${message}\n`);
    return code;
  }
}
