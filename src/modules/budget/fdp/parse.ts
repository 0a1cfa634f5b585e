// `fdp`: a Fiscal Data Package (a .zip, or a folder holding datapackage.json) into the importers' contract
// (import/types.ts). Reads what Cabildo's export writes (columns.ts) and other packages typed with the same FDP
// vocabulary (parse-descriptor.ts); rejected whole, with every problem and its file and line, like every importer.
// Beyond each row's own checks: a code may appear once per currency and month (a repeat would be counted twice), and
// only leaves may be facts (a total next to its parts would be counted twice).
import type { DatasetKind } from '../schema.js';
import type { ImportFile } from '../import/dipres-ejecucion.js';
import { findLeaves } from '../import/hierarchy.js';
import { ProblemList } from '../import/problems.js';
import type { BudgetFact, NodeLabel, ParseResult, ParsedBudget } from '../import/types.js';
import { HIERARCHY } from '../babbage/model.js';
import { packageContents } from './package-files.js';
import { planResources, readDescriptorJson } from './parse-descriptor.js';
import { readResource, type PackageRow } from './read-rows.js';
import { DESCRIPTOR } from './vocabulary.js';

const dotted = (f: BudgetFact | NodeLabel) => HIERARCHY.map((l) => f[l]).filter((c) => c !== '').join('.');
/** All six positions: "21" as a partida and "21" as a subtítulo (no partida, as municipalities have) are different. */
const keyOf = (f: BudgetFact | NodeLabel) => HIERARCHY.map((l) => f[l]).join('|');
const where = (row: PackageRow) => `${row.file} line ${row.line}`;

export function parseFdp(files: readonly ImportFile[], options: { year: number }): ParseResult {
  const problems = new ProblemList();
  const contents = packageContents(files, problems);
  if (contents === null) return problems.rejected();
  const json = readDescriptorJson(contents.get(DESCRIPTOR)!, problems);
  const plans = json === undefined ? null : planResources(json, problems);
  if (plans === null) return problems.rejected();

  const rows: PackageRow[] = [];
  for (const plan of plans) {
    const bytes = contents.get(plan.path);
    if (bytes === undefined) problems.add(0, 'missing_file', `${DESCRIPTOR} names ${plan.path}, which is not in the package`);
    else rows.push(...readResource(plan, bytes, options.year, problems));
  }
  const facts = factsOf(rows, problems);
  const labels = labelsOf(rows, problems);
  return problems.result(() => ({ year: options.year, facts, labels }));
}

function factsOf(rows: readonly PackageRow[], problems: ProblemList): BudgetFact[] {
  const seen = new Map<string, PackageRow>();
  const facts: BudgetFact[] = [];
  const rowOf: PackageRow[] = [];
  for (const row of rows) {
    for (const fact of row.facts) {
      const key = `${keyOf(fact)}|${fact.moneda}|${fact.mes}`;
      const first = seen.get(key);
      if (first) problems.add(row.line, 'duplicate', `${row.file}: ${dotted(fact)} in ${fact.moneda}${fact.mes === null ? '' : ` for month ${fact.mes}`} is also at ${where(first)}`);
      else seen.set(key, row);
      facts.push(fact);
      rowOf.push(row);
    }
  }
  findLeaves(facts, (f) => `${f.moneda}|${f.mes}`).forEach((leaf, i) => {
    if (!leaf) {
      const f = facts[i];
      problems.add(f.line, 'not_leaf', `${rowOf[i].file}: ${dotted(f)} has rows below it in ${f.moneda}${f.mes === null ? '' : ` for month ${f.mes}`}: give only the most detailed rows, whose sums are the totals`);
    }
  });
  return facts;
}

/** One name per node; two different names for one node mean the rows disagree about what it is. */
function labelsOf(rows: readonly PackageRow[], problems: ProblemList): NodeLabel[] {
  const byNode = new Map<string, { label: NodeLabel; row: PackageRow }>();
  for (const row of rows) {
    for (const [depth, level] of HIERARCHY.entries()) {
      const name = row.names[level];
      if (name === undefined) continue;
      const label = { ...row.code, label: name };
      for (const below of HIERARCHY.slice(depth + 1)) label[below] = '';
      const first = byNode.get(keyOf(label));
      if (!first) byNode.set(keyOf(label), { label, row });
      else if (first.label.label !== name) problems.add(row.line, 'label', `${row.file}: ${level} ${dotted(label)} is named "${name}" here and "${first.label.label}" at ${where(first.row)}`);
    }
  }
  return [...byNode.values()].map((v) => v.label);
}

/**
 * A package says which kind of dataset it is by what it holds: the Ley is yearly appropriations only, so any month,
 * current budget (vigente) or execution (ejecutado) makes it an execution dataset.
 */
export function kindOfBudget(budget: ParsedBudget): DatasetKind {
  return budget.facts.some((f) => f.mes !== null || f.vigente !== null || f.ejecutado !== null) ? 'ejecucion' : 'ley';
}
