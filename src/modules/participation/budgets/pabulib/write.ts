// Writes an instance back as a `.pb` file: the same sections, columns and values, so parse → write → parse is the identity.
import { formatAmount, type PabulibInstance } from './instance.js';
import { joinRow } from './rows.js';

export function writePabulib(instance: PabulibInstance): string {
  const lines = ['META', joinRow(['key', 'value'])];
  const meta = { ...instance.meta, budget: formatAmount(instance.budget), vote_type: instance.voteType };
  for (const [key, value] of Object.entries(meta)) lines.push(joinRow([key, value]));
  lines.push('PROJECTS', joinRow(instance.projectColumns));
  for (const p of instance.projects) {
    const cells: Record<string, string> = { ...p.extra, project_id: p.id, cost: formatAmount(p.cost) };
    if (p.name !== undefined) cells.name = p.name;
    if (p.category !== undefined) cells.category = p.category;
    lines.push(joinRow(instance.projectColumns.map((c) => cells[c] ?? '')));
  }
  lines.push('VOTES', joinRow(instance.voteColumns));
  for (const v of instance.votes) {
    const cells: Record<string, string> = { ...v.extra, voter_id: v.voterId, vote: v.vote.join(',') };
    if (v.points !== undefined) cells.points = v.points.join(',');
    lines.push(joinRow(instance.voteColumns.map((c) => cells[c] ?? '')));
  }
  return `${lines.join('\n')}\n`;
}
