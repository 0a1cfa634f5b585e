// Reads a Fiscal Data Package descriptor into a plan: for each resource holding amounts (a column of columnType
// `value`), which column carries which code, name, month, currency and measure. Columns are found by their columnType,
// not their name, as FDP 1.0 intends; columns of other types are ignored, as the spec asks of readers ("unmapped
// columns should simply be ignored"), and resources without amounts (code lists) too.
//
// A measure's phase and currency come from its field (FDP 1.0 style, as Cabildo writes them) or from the v0.3 `model`
// measure whose `source` is that field; a row's currency may instead come from a `value-currency:code` column.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { HIERARCHY, type Level, type Measure } from '../babbage/model.js';
import type { ProblemList } from '../import/problems.js';
import type { Currency } from '../import/types.js';
import { packagePath } from './package-files.js';
import { CURRENCY, DESCRIPTOR, DIRECTION, FISCAL_MONTH, FISCAL_YEAR, LEVEL_TYPES, PHASE_OF_MEASURE, VALUE, isCurrency } from './vocabulary.js';

// The part of a descriptor this reader uses; anything else may be there (Type.Object allows extra properties).
const Field = Type.Object({
  name: Type.String({ minLength: 1 }),
  columnType: Type.Optional(Type.String()),
  currency: Type.Optional(Type.String()),
  phase: Type.Optional(Type.String()),
  decimalChar: Type.Optional(Type.String({ minLength: 1 })),
  groupChar: Type.Optional(Type.String()),
});
const Resource = Type.Object({
  name: Type.Optional(Type.String()),
  path: Type.Optional(Type.String()),
  schema: Type.Optional(Type.Object({ fields: Type.Array(Field) })),
  dialect: Type.Optional(Type.Object({ delimiter: Type.Optional(Type.String({ minLength: 1, maxLength: 1 })) })),
});
const ModelMeasure = Type.Object({
  source: Type.String(),
  resource: Type.Optional(Type.String()),
  currency: Type.Optional(Type.String()),
  phase: Type.Optional(Type.String()),
  factor: Type.Optional(Type.Number()),
});
const Descriptor = Type.Object({
  resources: Type.Array(Resource, { minItems: 1 }),
  model: Type.Optional(Type.Object({ measures: Type.Optional(Type.Record(Type.String(), ModelMeasure)) })),
});
type DescriptorJson = Static<typeof Descriptor>;
type ResourceJson = Static<typeof Resource>;

export interface AmountColumn {
  index: number;
  name: string;
  measure: Measure;
  /** Null: the row's `value-currency:code` column says. */
  currency: Currency | null;
  /** FDP v0.3 measure factor: 1000 when the column is in thousands. */
  factor: bigint;
  decimalChar: string;
  groupChar: string;
}

export interface ResourcePlan {
  path: string;
  delimiter: string;
  /** The header the CSV must have: the schema's field names, in order (Table Schema). */
  header: string[];
  codes: Partial<Record<Level, number>>;
  labels: Partial<Record<Level, number>>;
  /** The fiscal year, the month, the direction and the row's currency, where a column gives them. */
  single: Partial<Record<SingleColumn, number>>;
  amounts: AmountColumn[];
}

// Maps, not object lookups: a columnType or phase such as "constructor" must find nothing.
const MEASURE_OF_PHASE = new Map(Object.entries(PHASE_OF_MEASURE).map(([m, phase]) => [phase, m as Measure]));
const CLASSIFICATION = /^(administrative|economic)-classification:generic:level(\d+):(code|code:part|code:full|label)$/;
type SingleColumn = 'year' | 'month' | 'direction' | 'currency';
const SINGLE = new Map<string, SingleColumn>([[FISCAL_YEAR, 'year'], [FISCAL_MONTH, 'month'], [DIRECTION, 'direction'], [CURRENCY, 'currency']]);

/**
 * The JSON of datapackage.json, or undefined with the problem reported: on its line when the parser gives a position
 * (V8 does for most errors, not all), else with no line and the parser's excerpt in the message.
 */
export function readDescriptorJson(bytes: Uint8Array, problems: ProblemList): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch (err) {
    const position = /position (\d+)/.exec((err as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : 0;
    problems.add(line, 'descriptor', `${DESCRIPTOR}: not valid JSON (${(err as Error).message})`);
    return undefined;
  }
}

/** The plans of the resources with amounts, or null when the descriptor is unusable (problems reported). */
export function planResources(json: unknown, problems: ProblemList): ResourcePlan[] | null {
  if (!Value.Check(Descriptor, json)) {
    for (const e of [...Value.Errors(Descriptor, json)].slice(0, 10)) problems.add(0, 'descriptor', `${DESCRIPTOR}: ${e.path || '/'}: ${e.message}`);
    return null;
  }
  const withAmounts = json.resources.filter((r) => r.schema?.fields.some((f) => f.columnType === VALUE));
  if (withAmounts.length === 0) {
    problems.add(0, 'descriptor', `${DESCRIPTOR}: no resource has a column of columnType "${VALUE}": there are no amounts to import`);
    return null;
  }
  const plans = withAmounts.map((r) => planResource(r, json, problems));
  return problems.empty ? plans : null;
}

function planResource(resource: ResourceJson, json: DescriptorJson, problems: ProblemList): ResourcePlan {
  const where = `${DESCRIPTOR}: resource "${resource.name ?? resource.path ?? '?'}": `;
  const fail = (message: string) => problems.add(0, 'descriptor', where + message);
  const path = resource.path === undefined ? null : packagePath(resource.path);
  if (path === null) fail(`"path" must name a CSV file inside the package (a relative path, no URL, no ".."), got ${JSON.stringify(resource.path ?? null)}`);
  const fields = resource.schema!.fields;
  const plan: ResourcePlan = { path: path ?? '', delimiter: resource.dialect?.delimiter ?? ',', header: fields.map((f) => f.name), codes: {}, labels: {}, single: {}, amounts: [] };
  const claim = (slot: Partial<Record<string, number>>, key: string, index: number, what: string) => {
    if (slot[key] !== undefined) fail(`columns "${fields[slot[key]!].name}" and "${fields[index].name}" are both ${what}`);
    slot[key] = index;
  };

  fields.forEach((field, index) => {
    const type = field.columnType ?? '';
    const level = CLASSIFICATION.exec(type);
    if (level) {
      const [, classification, depth, attribute] = level;
      const name = HIERARCHY.find((l) => LEVEL_TYPES[l].classification === classification && LEVEL_TYPES[l].level === Number(depth));
      if (name === undefined) fail(`column "${field.name}" is ${classification} level ${depth}: Cabildo's classification has three ${classification} levels`);
      else if (attribute === 'code:full') fail(`column "${field.name}" holds full codes (${type}): give each level its own code, columnType …:code:part`);
      else if (attribute === 'label') claim(plan.labels, name, index, `the name of ${name}`);
      else claim(plan.codes, name, index, `the code of ${name}`);
    } else if (SINGLE.has(type)) {
      claim(plan.single, SINGLE.get(type)!, index, type);
    } else if (type === VALUE) {
      const amount = amountColumn(field, index, resource, json, fail);
      if (amount) plan.amounts.push(amount);
    }
  });
  if (plan.codes.subtitulo === undefined) fail(`no column of columnType ${LEVEL_TYPES.subtitulo.classification}-classification:generic:level1:code: the subtítulo is what tells ingresos from gastos`);
  plan.amounts.forEach((a, i) => {
    const twin = plan.amounts.slice(0, i).find((b) => b.measure === a.measure && b.currency === a.currency);
    if (twin) fail(`columns "${twin.name}" and "${a.name}" both hold ${a.measure} ${a.currency ?? 'in the row\'s currency'}`);
  });
  if (plan.amounts.some((a) => a.currency === null) && plan.single.currency === undefined) {
    fail(`amount columns without a currency need a column of columnType ${CURRENCY}, or a "currency" on each amount column`);
  }
  return plan;
}

function amountColumn(field: Static<typeof Field>, index: number, resource: ResourceJson, json: DescriptorJson, fail: (m: string) => void): AmountColumn | null {
  const model = Object.values(json.model?.measures ?? {}).find((m) => m.source === field.name && (m.resource === undefined || m.resource === resource.name));
  const phase = field.phase ?? model?.phase;
  const measure = phase === undefined ? undefined : MEASURE_OF_PHASE.get(phase);
  const currency = field.currency ?? model?.currency ?? null;
  const factor = model?.factor ?? 1;
  const name = `amount column "${field.name}"`;
  const wrong = [
    measure === undefined && `${name} has ${phase === undefined ? 'no phase' : `phase "${phase}"`}: Cabildo keeps approved (inicial), adjusted (vigente) and executed (ejecutado)`,
    currency !== null && !isCurrency(currency) && `${name} is in "${currency}": Cabildo keeps CLP and USD`,
    !(Number.isSafeInteger(factor) && factor >= 1) && `${name} has factor ${factor}: it must be a whole number such as 1 or 1000`,
  ].filter((m): m is string => m !== false);
  wrong.forEach(fail);
  if (wrong.length > 0) return null;
  return { index, name: field.name, measure: measure!, currency: currency as Currency | null, factor: BigInt(factor), decimalChar: field.decimalChar ?? '.', groupChar: field.groupChar ?? '' };
}
