// A cube as a Fiscal Data Package, zipped as it streams: datapackage.json, then data/<cube>.csv written batch by batch
// from the database (downloads/facts.ts) through fflate's streaming Zip. Memory holds one batch and its compressed
// bytes, whatever the cube's size; the archive is never built whole.
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import type { Translate } from '../../../core/i18n/index.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { datasetTotals, type BudgetDataset } from '../queries.js';
import { factBatches } from '../downloads/facts.js';
import { CURRENCIES, DESCRIPTOR } from './vocabulary.js';
import { csvField, fdpColumns } from './columns.js';
import { factsPath, fdpDescriptor } from './descriptor.js';

/** The currencies the cube has facts in (CLP first), so a pesos-only cube gets no empty dollar columns. */
async function currenciesOf(db: DbOrTx, datasetId: number) {
  const present = new Set((await datasetTotals(db, datasetId)).map((t) => t.moneda));
  const currencies = CURRENCIES.filter((c) => present.has(c));
  return currencies.length > 0 ? currencies : CURRENCIES.slice(0, 1);
}

export async function* fdpZip(db: DbOrTx, dataset: BudgetDataset, t: Translate): AsyncGenerator<Uint8Array> {
  const [institution] = await db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, dataset.institutionId));
  const columns = fdpColumns(await currenciesOf(db, dataset.id));
  const descriptor = fdpDescriptor({ dataset, institution: institution.name, columns, t });

  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => (err ? (failure = err) : out.push(chunk)));
  // The compressed bytes produced so far: fflate calls back synchronously as each push is deflated.
  function* drain() {
    if (failure) throw failure;
    yield* out.splice(0);
  }
  const entry = (name: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    // The import's time, not the download's: the same cube gives the same archive.
    file.mtime = dataset.importedAt;
    zip.add(file);
    return file;
  };

  entry(DESCRIPTOR).push(strToU8(`${JSON.stringify(descriptor, null, 2)}\n`), true);
  yield* drain();
  const csv = entry(factsPath(dataset.cube));
  csv.push(strToU8(`${columns.map((c) => c.name).join(',')}\r\n`));
  for await (const batch of factBatches(db, dataset)) {
    csv.push(strToU8(batch.map((row) => `${columns.map((c) => csvField(c.cell(row))).join(',')}\r\n`).join('')));
    yield* drain();
  }
  csv.push(new Uint8Array(0), true);
  zip.end();
  yield* drain();
}
