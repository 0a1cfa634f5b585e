// `cabildo help`: what each command does, its options, and the exit codes scripts can rely on.
import { ROLES } from '../core/auth/schema.js';
import { MODULES } from '../core/policy.js';
import { EXIT } from './errors.js';
import { OCDS_USAGE } from './ocds.js';
import { CLAVEUNICA_ISSUER } from '../core/identity/claveunica/client-config.js';
import { BUDGET_FORMATS } from '../modules/budget/index.js';

export const USAGE = `Usage: cabildo <command> [options]

Commands:
  migrate                      Apply the database migrations (the server also does this at start).
  seed [--demo]                Load the reference data (territory, institutions); with --demo, also the
                               demo content when the database is empty.
  user create --email E --name N [--role R] [--institution SLUG|CUT] [--permissions M1,M2] [--password-stdin]
                               Create an account, optionally with a role:
                                 ${ROLES.join(', ')}.
                               --institution takes a slug (temuco) or a CUT code (09101 for a comuna, 13 for
                               a regional government). --permissions, for officials, any of:
                                 ${MODULES.join(', ')}.
                               --password-stdin reads the password from the first line of stdin; without it
                               the person sets one through "forgot my password".
  token create --email E [--name N]
                               Create an API token for the account and print only the token.
  audit verify                 Check the whole audit chain: exit 0 when intact, 1 with the first bad entry.
  eligibility import --institution SLUG|CUT --list NAME --file F.csv
                               Replace an eligibility list (padrón) from a CSV: column run, optional comuna and
                               grupo. Only keyed hashes of the RUNs are kept. Nothing is imported if any row is
                               bad (exit 1, each bad line listed).
  budget import --institution SLUG|CUT --file F --format ${BUDGET_FORMATS.join('|')} --year Y [--cube NAME]
                               Import a budget file as one cube, replacing the cube's previous data: a folder of
                               them for dipres-ejecucion; for fdp a Fiscal Data Package, as a .zip or a folder
                               holding datapackage.json (what GET /api/v1/budget/cubes/{cube}/datapackage.zip gives),
                               a Ley if it holds only yearly inicial amounts, else an ejecucion. Prints only the
                               cube name (default <slug>-<year>-<kind>, e.g. dipres-2017-ley). Nothing is imported
                               if any row is bad (exit 1, each listed).
  pb tally FILE.pb --rule greedy|greedy-no-skip|mes [--utilities cost|approval]
           [--completion none|add1|add1-greedy|add1-no-stop|add1-comparison] [--json]
                               Tally a participatory-budget file in the pabulib format (no database) and print
                               the funded projects, the budget, what was spent and what is left; with --json
                               only {"selected": [ids in selection order], "cost": N}. MES defaults to cost
                               utilities and the add1 completion; add1-comparison is Wieliczka's variant. A bad
                               file exits 1 with its line and the reason.
  pb import FILE.pb --institution SLUG|CUT
                               Create a participatory budget from a pabulib file: its projects, and its ballots as
                               a closed, sealed vote (no people), tallied under both rules. Acts as the
                               institution's first admin or participation official (says so if there is none).
  institution claveunica --institution SLUG|CUT [--client-id ID] [--client-secret-stdin] [--issuer URL]
                         [--redirect-uri U] [--logout-uri U]
                               Set the institution's ClaveÚnica client. The secret is read from the first line
                               of stdin (required the first time; left out, the stored one is kept) and stored
                               encrypted. An option left out keeps the configured value, or takes the default:
                               issuer ${CLAVEUNICA_ISSUER}, redirect and logout URIs
                               under BASE_URL (printed, to register with ClaveÚnica).
  transparency deadline --filed ISO-DATE-TIME [--institution SLUG|CUT] [--json]
                               The legal clock of an information request filed at that instant (Ley 20.285):
                               receipt, 20-business-day deadline, with the 10-day extension, and the last day to
                               appeal (amparo, 15 business days) when no answer came, with the holidays skipped.
                               --filed takes an offset (2025-04-17T15:00:00-04:00) or a Santiago time
                               (2025-04-17T15:00). Without --institution, the national calendar (no database);
                               with it, the institution's territory and extra holidays. --json prints only
                               {"receivedOn","dueOn","extendedDueOn","appealUntil","appealUntilAfterExtension",
                               "skippedHolidays":[{date,name,law?}]}, dates YYYY-MM-DD in America/Santiago.
  observatory import --file F.csv
                               Import indicator values of the observatory from a CSV in long format
                               cut,year,indicator,value,source (UTF-8 or Windows-1252, "," or ";", decimal point or
                               comma; a .csv.gz too, e.g. data/observatory/sinim-2019-2023.csv.gz). Existing values
                               of the same comuna, year and indicator are replaced; the index of the years touched is
                               recomputed. Nothing is imported if any row is bad (exit 1, each listed with its line).
                               Prints the counts as JSON.
  observatory refresh [--year Y]
                               Recompute the observatory's values that come from the other modules (transparency,
                               participation, procurement, budget) for every year with activity, or one year; values
                               imported for the same comuna, year and indicator are kept. Prints the counts as JSON.
${OCDS_USAGE}  help                         Show this help.

Configuration comes from the same environment variables as the server (DATABASE_URL, CABILDO_DATA_DIR, ...).
The embedded database can be opened by one process at a time: stop the server before running a command on it,
or use PostgreSQL (DATABASE_URL).

Exit codes: ${EXIT.ok} done, ${EXIT.failure} failed or refused, ${EXIT.usage} usage error, ${EXIT.unavailable} database unavailable or in use,
${EXIT.config} invalid configuration.
`;

export async function help(): Promise<number> {
  process.stdout.write(USAGE);
  return EXIT.ok;
}
