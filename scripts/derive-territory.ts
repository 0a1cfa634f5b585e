// Derives data/territory.json (regions, comunas with population) from ../shared/data/chile/.
// Sources (see data/ATTRIBUTION.md): SUBDERE CUT 2018; INE Censo 2017 and projection 2024 via chilemapas /
// bastianolea (GPL-3). Run: npx tsx scripts/derive-territory.ts [path-to-shared-data-chile]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/chile');
const lines = (file: string) => readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
const unquote = (s: string) => s.replace(/^"|"$/g, '');

const cut = lines('cut_comunas_subdere_2018.csv').slice(1).map((l) => l.split(';'));
const censo = new Map(lines('censo_2017_poblacion_comunas.csv').slice(1).map((l) => {
  const [code, , pop] = l.split(',');
  return [code, Number(pop)];
}));
// The INE 2024 projection drops the leading zero of cut_comuna: pad it back to the 5-digit CUT string.
const proj2024 = new Map(lines('ine_proyeccion_poblacion_2024_comunas.csv').slice(1).map((l) => {
  const f = l.split(';').map(unquote);
  return [f[5].padStart(5, '0'), Number(f[7])];
}));

const regions = new Map<string, { code: string; name: string; abbreviation: string }>();
const comunas = cut.map(([regionCode, regionName, abbreviation, provinceCode, provinceName, code, name]) => {
  regions.set(regionCode, { code: regionCode, name: regionName, abbreviation });
  return {
    code, name, regionCode, provinceCode, provinceName,
    population2017: censo.get(code) ?? null,
    population2024: proj2024.get(code) ?? null,
  };
});
if (regions.size !== 16 || comunas.length !== 346) throw new Error(`unexpected counts: ${regions.size} regions, ${comunas.length} comunas`);
const missing = comunas.filter((c) => c.population2017 === null).map((c) => c.code);

const out = {
  attribution: 'SUBDERE Códigos Únicos Territoriales (2018); INE Censo 2017 and Proyección 2024 (via chilemapas and bastianolea, GPL-3). See data/ATTRIBUTION.md.',
  regions: [...regions.values()].sort((a, b) => a.code.localeCompare(b.code)),
  comunas: comunas.sort((a, b) => a.code.localeCompare(b.code)),
};
writeFileSync(join(import.meta.dirname, '../data/territory.json'), JSON.stringify(out, null, 0) + '\n');
console.log(`territory.json: ${out.regions.length} regions, ${out.comunas.length} comunas; no 2017 population for: ${missing.join(', ') || 'none'}`);
