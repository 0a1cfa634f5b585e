// Turns SUBDERE SINIM's wide table of municipal indicators 2019–2023 (../shared/data/chile/
// sinim_indicadores_comunas_2019_2023.csv, one row per municipality and year) into the observatory's long import
// format `cut,year,indicator,value,source` (the same file an official uploads), gzipped, so the demo seed and its test
// load real figures through the importer itself. An empty cell is a real gap in SINIM (e.g. 18 municipalities lack
// staff figures in 2023, SOURCES.md) and is left out, never written as 0: a missing value is imputed by the index's
// method, a zero would be a claim. Each SINIM name is checked against the SUBDERE CUT list, allowing the known
// variants (Trehuaco/Treguaco, Marchigüe/Marchihue, Paihuano/Paiguano, O'Higgins written with ´), so a shifted code
// cannot slip through; and the file must cover the 345 municipalities (12202 Antártica has none).
// Run: npx tsx scripts/derive-observatory-data.ts [chile dir] (default ../shared/data/chile).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

const from = process.argv[2] ?? '../shared/data/chile';
const to = 'data/observatory/sinim-2019-2023.csv.gz';

/** SINIM column → catalogue code (src/modules/observatory/indicators/catalogue.ts), in the catalogue's order. */
const SINIM_COLUMNS: ReadonlyArray<[string, string]> = [
  ['nivel_profesionalizacion_pct', 'capacities.professionalisation'],
  ['gasto_capacitacion_sobre_gasto_personal_pct', 'capacities.training_spend'],
  ['poblacion_ine_estimada', 'context.population'],
  ['pct_poblacion_rural', 'context.rural_share'],
  ['superficie_km2', 'context.area'],
  ['densidad_hab_km2', 'context.density'],
  ['pobreza_casen_pct', 'context.poverty'],
  ['ippp_m_clp_per_capita', 'context.own_income_per_capita'],
  ['dependencia_fcm_pct', 'context.fcm_dependency'],
  ['gasto_total_devengado_m_clp', 'context.total_spending'],
  ['funcionarios_planta_contrata', 'context.staff'],
];

/** Names SINIM spells differently from SUBDERE's CUT list (../shared/data/chile/SOURCES.md). */
const VARIANTS: Record<string, string[]> = { '16207': ['trehuaco', 'treguaco'], '06204': ['marchigue', 'marchihue'], '04105': ['paihuano', 'paiguano'] };
const key = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

type Row = Record<string, string>;
const read = (file: string, delimiter: string) => parse(readFileSync(join(from, file)), { columns: true, delimiter, bom: true }) as Row[];

const names = new Map(read('cut_comunas_subdere_2018.csv', ';').map((r) => [r.codigo_comuna!, key(r.nombre_comuna!)]));
const sinim = read('sinim_indicadores_comunas_2019_2023.csv', ',');

const lines = ['cut,year,indicator,value,source'];
const cuts = new Set<string>();
let gaps = 0;
for (const row of sinim) {
  const cut = row.cut_comuna!;
  const expected = names.get(cut);
  const found = key(row.municipio_sinim!);
  if (expected === undefined) throw new Error(`SINIM row for unknown CUT ${cut}`);
  const variant = VARIANTS[cut]?.includes(found) && VARIANTS[cut].includes(expected);
  if (found !== expected && !variant) throw new Error(`${cut}: SINIM says "${row.municipio_sinim}", SUBDERE "${expected}"`);
  cuts.add(cut);
  for (const [column, indicator] of SINIM_COLUMNS) {
    const cell = row[column]!.trim();
    if (cell === '' || cell === 'NA') { gaps += 1; continue; }
    if (!Number.isFinite(Number(cell))) throw new Error(`${cut} ${row.anio} ${column}: "${cell}" is not a number`);
    lines.push(`${cut},${row.anio},${indicator},${cell},SINIM`);
  }
}
if (cuts.size !== 345) throw new Error(`expected 345 municipalities, found ${cuts.size}`);
if (cuts.has('12202')) throw new Error('12202 Antártica has no municipality: SINIM should have no row for it');

mkdirSync('data/observatory', { recursive: true });
const gz = gzipSync(`${lines.join('\n')}\n`, { level: 9 });
writeFileSync(to, gz);
console.log(`${cuts.size} municipalities, ${sinim.length} rows, ${lines.length - 1} values, ${gaps} gaps → ${to} (${Math.round(gz.length / 1024)} KiB)`);
