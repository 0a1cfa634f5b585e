// Derives data/budget/institution-names.csv — the names of partidas, capítulos and programas by year — which the
// DIPRES files do not carry (their rows start at subtítulo). Run: npx tsx scripts/derive-budget-names.ts [budget dir]
// (default ../shared/data/budget). Sources and the naming rule: data/ATTRIBUTION.md.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const dir = process.argv[2] ?? '../shared/data/budget';
const pad = (code: string) => code.padStart(2, '0');
/** Upper-case without accents, as BCN writes names: the key that tells whether two spellings are the same name. */
const plain = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/\s+/g, ' ').trim();

// 2017 names in their published spelling (clasificador/institutions.csv: partida;capítulo;programa;nombre, 0 = total).
const spelled = new Map<string, string>();
for (const line of readFileSync(join(dir, 'clasificador/institutions.csv'), 'utf8').split(/\r?\n/).filter(Boolean)) {
  const [p, c, g, ...rest] = line.split(';');
  const key = [pad(p), c === '0' ? '' : pad(c), g === '0' ? '' : pad(g)].join(';');
  spelled.set(key, rest.join(';').trim());
}

// BCN names per year, located by the path in each row's URI (…/periodo/2012/partida/01/capitulo/01/programa/01).
const rows = new Map<string, string>();
for (const level of ['partidas', 'capitulos', 'programas']) {
  const records = parse(readFileSync(join(dir, `bcn/${level}.csv`)), { columns: true }) as Record<string, string>[];
  for (const r of records) {
    const uri = r[`uri_${level.slice(0, -1)}`];
    const m = /periodo\/(\d{4})\/partida\/(\d+)(?:\/capitulo\/(\d+))?(?:\/programa\/(\d+))?/.exec(uri);
    if (!m) throw new Error(`unexpected URI ${uri}`);
    const [, year, p, c = '', g = ''] = m;
    const key = [pad(p), c && pad(c), g && pad(g)].join(';');
    const name = r[`nombre_${level.slice(0, -1)}`].trim();
    // The published spelling when BCN's name is the same name; BCN's own otherwise (renamed or new bodies).
    const best = spelled.has(key) && plain(spelled.get(key)!) === plain(name) ? spelled.get(key)! : name;
    rows.set(`${year};${key}`, best);
  }
}
for (const [key, name] of spelled) rows.set(`2017;${key}`, name);

const out = ['anio;partida;capitulo;programa;nombre', ...[...rows].sort(([a], [b]) => a.localeCompare(b)).map(([k, name]) => `${k};${name}`)];
mkdirSync('data/budget', { recursive: true });
writeFileSync('data/budget/institution-names.csv', `${out.join('\n')}\n`);
console.log(`data/budget/institution-names.csv: ${out.length - 1} names`);
