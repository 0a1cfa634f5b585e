// Reads a `.pb` file (format: /work/shared/data/pb/SOURCES.md and pabulib.org/format): META, PROJECTS and VOTES
// sections, each a header row then `;`-separated rows. A bad file is rejected whole, with the line and the reason.
import { PabulibError, parseAmount, type Amount, type PabulibInstance, type PabulibProject, type PabulibVote } from './instance.js';
import { splitRow } from './rows.js';

const SECTIONS = ['meta', 'projects', 'votes'] as const;
type Section = (typeof SECTIONS)[number];

interface Table {
  header: string[];
  rows: { line: number; cells: Record<string, string> }[];
}

export function parsePabulib(text: string): PabulibInstance {
  const tables = readTables(text);
  const meta: Record<string, string> = {};
  for (const { cells } of tables.meta.rows) meta[cells.key] = cells.value;
  const metaLine = (key: string) => tables.meta.rows.find((r) => r.cells.key === key)?.line ?? tables.meta.rows[0]?.line ?? 1;
  const budget = requireAmount(meta.budget, metaLine('budget'), 'META budget');
  const voteType = meta.vote_type?.trim();
  if (!voteType) throw new PabulibError(metaLine('vote_type'), 'META has no vote_type');
  delete meta.budget;
  delete meta.vote_type;
  const projects = readProjects(tables.projects);
  const votes = readVotes(tables.votes, new Set(projects.map((p) => p.id)));
  return { meta, budget, voteType, projectColumns: tables.projects.header, projects, voteColumns: tables.votes.header, votes };
}

function readTables(text: string): Record<Section, Table> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const tables: Partial<Record<Section, Table>> = {};
  let current: Table | undefined;
  lines.forEach((line, i) => {
    const number = i + 1;
    if (line.trim() === '') return;
    const section = SECTIONS.find((s) => s === line.trim().toLowerCase());
    if (section) {
      if (tables[section]) throw new PabulibError(number, `a second ${line.trim()} section`);
      current = { header: [], rows: [] };
      tables[section] = current;
      return;
    }
    if (!current) throw new PabulibError(number, 'the file must start with a META, PROJECTS or VOTES line');
    let cells = splitRow(line);
    if (!cells) throw new PabulibError(number, 'an unclosed or misplaced quote');
    // A META value may hold an unquoted ";" (a description): everything after the key is the value.
    if (current === tables.meta && current.header.length === 2 && cells.length > 2) cells = [cells[0], cells.slice(1).join(';')];
    if (current.header.length === 0) {
      current.header = cells.map((c) => c.trim());
      if (new Set(current.header).size !== cells.length) throw new PabulibError(number, 'a column name is repeated');
      return;
    }
    if (cells.length !== current.header.length) {
      throw new PabulibError(number, `${cells.length} fields where the header has ${current.header.length} (a ";" inside a value must be quoted)`);
    }
    current.rows.push({ line: number, cells: Object.fromEntries(current.header.map((h, j) => [h, cells[j]])) });
  });
  for (const s of SECTIONS) {
    if (!tables[s]) throw new PabulibError(0, `the file has no ${s.toUpperCase()} section`);
    if (tables[s]!.header.length === 0) throw new PabulibError(0, `the ${s.toUpperCase()} section has no header row`);
  }
  requireColumns(tables.meta!, ['key', 'value'], 'META');
  requireColumns(tables.projects!, ['project_id', 'cost'], 'PROJECTS');
  requireColumns(tables.votes!, ['voter_id', 'vote'], 'VOTES');
  return tables as Record<Section, Table>;
}

function requireColumns(table: Table, columns: string[], section: string) {
  const missing = columns.filter((c) => !table.header.includes(c));
  if (missing.length > 0) throw new PabulibError(0, `the ${section} header lacks ${missing.join(', ')}`);
}

function readProjects(table: Table): PabulibProject[] {
  const seen = new Set<string>();
  return table.rows.map(({ line, cells }) => {
    const { project_id: id, cost, name, category, ...extra } = cells;
    if (id.trim() === '') throw new PabulibError(line, 'a project without project_id');
    if (seen.has(id)) throw new PabulibError(line, `project ${id} appears twice`);
    seen.add(id);
    return {
      id, cost: requireAmount(cost, line, `the cost of project ${id}`), extra,
      ...(name === undefined ? {} : { name }), ...(category === undefined ? {} : { category }),
    };
  });
}

function readVotes(table: Table, projectIds: Set<string>): PabulibVote[] {
  const seen = new Set<string>();
  const hasPoints = table.header.includes('points');
  return table.rows.map(({ line, cells }) => {
    const { voter_id: voterId, vote: voteText, points: pointsText, ...extra } = cells;
    if (seen.has(voterId)) throw new PabulibError(line, `voter ${voterId} appears twice`);
    seen.add(voterId);
    const vote = splitList(voteText);
    const unknown = vote.find((id) => !projectIds.has(id));
    if (unknown !== undefined) throw new PabulibError(line, `voter ${voterId} votes for project ${unknown}, which is not in PROJECTS`);
    if (new Set(vote).size !== vote.length) throw new PabulibError(line, `voter ${voterId} lists a project twice`);
    if (!hasPoints) return { voterId, vote, extra };
    const points = splitList(pointsText).map((p) => {
      if (!/^\d+$/.test(p)) throw new PabulibError(line, `voter ${voterId} has points "${p}": whole numbers ≥ 0 only`);
      return Number(p);
    });
    if (points.length !== vote.length) throw new PabulibError(line, `voter ${voterId} has ${vote.length} projects but ${points.length} points`);
    return { voterId, vote, points, extra };
  });
}

const splitList = (text: string) => (text.trim() === '' ? [] : text.split(',').map((s) => s.trim()));

function requireAmount(text: string | undefined, line: number, what: string): Amount {
  const amount = text === undefined ? null : parseAmount(text);
  if (!amount) throw new PabulibError(line, `${what} must be a number such as 1000 or 969245.38, not "${text ?? ''}"`);
  return amount;
}
