// The documents demo: an answered request gets its answer's spreadsheet, redacted and published, so the demo shows
// what the public downloads (the RUNs, emails, phones and the third parties' names replaced) next to the counts.
// The original stays for officials. The requester's name is added to the file, as a real answer often names them.
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people, roleAssignments } from '../../../core/auth/schema.js';
import { transparencyRequests } from '../requests/schema.js';
import { uploadDocument, publishDocument } from './commands.js';
import { findDocument } from './queries.js';

const THIRD_PARTIES = ['Rosa Huenchullán Painemal', 'Pedro Alarcón Muñoz'];

const csvOf = (requester: string) => [
  'fecha;beneficiario;rut;contacto;monto;observación',
  `2026-03-02;Rosa Huenchullán Painemal;12.345.678-5;rosa.huenchullan@gmail.com;$350.000;Subsidio de arriendo, tramo 1`,
  `2026-03-09;PEDRO ALARCON MUÑOZ;7.654.321-6;+56 9 8765 4321;$420.000;Subsidio de arriendo, tramo 2`,
  `2026-04-14;Junta de Vecinos Villa Los Aromos;65.432.109-4;;$1.200.000;"Aporte a la sede, folio 2026-000117"`,
  `2026-05-20;Comité de Agua Potable Rural Curaco;;;$2.500.000;"Solicitado por ${requester}; visado por la Sra. Carolina Lefimil"`,
].join('\r\n') + '\r\n';

/** Attaches and publishes the demo spreadsheet to the request; returns the document's id. */
export async function seedDocumentsDemo(tx: Tx, requestId: number, officialId?: number): Promise<number> {
  const [request] = await tx.select({ id: transparencyRequests.id, institutionId: transparencyRequests.institutionId, requesterName: transparencyRequests.requesterName })
    .from(transparencyRequests).where(eq(transparencyRequests.id, requestId));
  if (!request) throw new Error(`no information request ${requestId}`);
  const official = await officialOf(tx, request.institutionId, officialId);
  const id = await uploadDocument(tx, request, { title: 'Subsidios y aportes entregados en 2026', fileName: 'subsidios-2026.csv',
    bytes: Buffer.from(csvOf(request.requesterName), 'utf8'), names: THIRD_PARTIES, certified: false }, official);
  await publishDocument(tx, request, (await findDocument(tx, request.id, id))!, official);
  return id;
}

/** The given person, or the institution's first official with the transparency permission, or its first admin. */
async function officialOf(tx: Tx, institutionId: number, personId?: number) {
  const [row] = await tx.select({ personId: people.id, name: people.name }).from(roleAssignments).innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(personId !== undefined ? eq(people.id, personId) : and(eq(roleAssignments.institutionId, institutionId), or(
      and(eq(roleAssignments.role, 'official'), sql`'transparency' = any(${roleAssignments.permissions})`), eq(roleAssignments.role, 'institution_admin'))))
    .orderBy(sql`${roleAssignments.role} = 'institution_admin'`, asc(roleAssignments.id)).limit(1);
  if (!row) throw new Error(`no official of institution ${institutionId} to attach the demo document`);
  return { personId: row.personId, name: row.name ?? 'Unidad de Transparencia' };
}
