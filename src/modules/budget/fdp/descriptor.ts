// datapackage.json of a cube's Fiscal Data Package. Both generations of the spec, from the same columns (columns.ts):
// FDP 1.0-rc.1 reads each field's `columnType`; OpenSpending's tools (os-types, os-conductor) read the v0.3 `model`, whose
// measures carry their currency and phase and whose dimensions list attributes with `parent` (the hierarchy) and
// `labelfor` (a name column for a code column). The profile is the Data Package v1 registry's "fiscal-data-package".
import type { Translate } from '../../../core/i18n/index.js';
import { HIERARCHY, type Level } from '../babbage/model.js';
import type { BudgetDataset } from '../queries.js';
import { labelColumn, type FdpColumn, type TableField } from './columns.js';
import { VALUE } from './vocabulary.js';

export const factsPath = (cube: string) => `data/${cube}.csv`;

type Attributes = Record<string, { source: string; title: string; parent?: string; labelfor?: string }>;

/** A classification dimension: each level's code, child of the level above, and its name column labelling it. */
function classification(levels: readonly Level[], kind: 'administrative' | 'economic', fields: Map<string, TableField>) {
  const attributes: Attributes = {};
  levels.forEach((level, i) => {
    attributes[level] = { source: level, title: fields.get(level)!.title, ...(i > 0 ? { parent: levels[i - 1] } : {}) };
    attributes[labelColumn(level)] = { source: labelColumn(level), title: fields.get(labelColumn(level))!.title, labelfor: level };
  });
  return { dimensionType: 'classification', classificationType: kind, primaryKey: [...levels], attributes };
}

const single = (dimensionType: string, field: TableField) => ({
  dimensionType, primaryKey: [field.name], attributes: { [field.name]: { source: field.name, title: field.title } },
});

/** FDP v0.3 model: one measure per amount column, dimensions over the others. */
function fdpModel(fields: TableField[]) {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const measures = Object.fromEntries(fields.filter((f) => f.columnType === VALUE).map((f) => [f.name, {
    source: f.name, title: f.title, currency: f.currency, factor: 1, phase: f.phase,
  }]));
  return {
    measures,
    dimensions: {
      'administrative-classification': classification(HIERARCHY.slice(0, 3), 'administrative', byName),
      'economic-classification': classification(HIERARCHY.slice(3), 'economic', byName),
      date: { dimensionType: 'datetime', primaryKey: ['anio', 'mes'], attributes: {
        anio: { source: 'anio', title: byName.get('anio')!.title },
        mes: { source: 'mes', title: byName.get('mes')!.title, parent: 'anio' },
      } },
      direction: single('other', byName.get('direction')!),
      technology: single('other', byName.get('tecnologia')!),
    },
  };
}

export interface DescriptorInput {
  dataset: Pick<BudgetDataset, 'cube' | 'year' | 'kind' | 'importedAt' | 'sourceNames'>;
  institution: string;
  columns: FdpColumn[];
  t: Translate;
}

export function fdpDescriptor({ dataset, institution, columns, t }: DescriptorInput) {
  const { cube, year } = dataset;
  const fields = columns.map((c) => c.field(t));
  return {
    profile: 'fiscal-data-package',
    name: cube,
    title: t(`budget.fdp.title.${dataset.kind}`, { year, institution }),
    description: t('budget.fdp.description', { cube }),
    countryCode: 'CL',
    // FDP v0.3: rows sum a fiscal period, they are not single transactions.
    granularity: 'aggregated',
    // DL 1.263 (Administración Financiera del Estado) art. 12: the fiscal year is the calendar year.
    fiscalPeriod: { start: `${year}-01-01`, end: `${year}-12-31` },
    created: dataset.importedAt.toISOString(),
    sources: dataset.sourceNames.map((title) => ({ title })),
    resources: [{
      name: cube,
      path: factsPath(cube),
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: { fields, missingValues: [''] },
    }],
    model: fdpModel(fields),
  };
}
