// Demo proposals for a Temuco process about public spaces: a dozen realistic ones written by the demo residents, with
// supports; one past the support threshold (in evaluation), one accepted with its cost and one rejected with reasons.
// Written through the commands, so history, follows, events and audit rows are what real use would leave.
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { createProposal } from './commands/create-proposal.js';
import { supportProposal } from './commands/support-proposal.js';
import { answerProposal } from './commands/answer-proposal.js';
import { saveSettings } from './commands/save-settings.js';
import type { ProposalCategory } from './schema.js';

const PROPOSALS: Array<[string, ProposalCategory, string]> = [
  ['Luminarias LED en la plaza Recabarren', 'public_spaces', 'Desde las siete de la tarde la plaza queda a oscuras en invierno. Proponemos cambiar las luminarias por LED y agregar cuatro postes en los senderos del sector poniente.'],
  ['Ciclovía segregada en avenida Alemania', 'mobility', 'Conectar la ciclovía de avenida Pablo Neruda con el centro por avenida Alemania, segregada de los autos, para que estudiantes y trabajadores lleguen seguros.'],
  ['Juegos inclusivos en la plaza Teodoro Schmidt', 'public_spaces', 'Reemplazar los juegos antiguos por juegos inclusivos, con piso de caucho y accesos para sillas de ruedas, como pide la Ley 20.422.'],
  ['Bebederos en el cerro Ñielol y el parque Estadio', 'environment', 'En verano muchas personas suben al cerro Ñielol y trotan en el parque Estadio sin agua potable a mano. Proponemos bebederos en los accesos.'],
  ['Paraderos techados en Pedro de Valdivia', 'mobility', 'Los paraderos de la avenida Pedro de Valdivia no tienen techo y en invierno se espera la micro bajo la lluvia. Proponemos techarlos e iluminarlos.'],
  ['Feria de las pulgas los domingos en la plaza Dreves', 'culture', 'Ordenar una feria de reutilización los domingos en la plaza Dreves, con puestos numerados y baños químicos, para vecinos de Pueblo Nuevo.'],
  ['Arborización de la costanera del río Cautín', 'environment', 'Plantar árboles nativos (maqui, canelo, arrayán) a lo largo de la costanera, con riego por goteo durante los primeros dos veranos.'],
  ['Máquinas de ejercicio en la plaza Aníbal Pinto', 'public_spaces', 'Instalar un circuito de máquinas de ejercicio para personas mayores en la plaza Aníbal Pinto, con señalética de uso y sombra.'],
  ['Cruce seguro frente a la escuela en Labranza', 'safety', 'Un paso de cebra elevado y un semáforo peatonal frente a la escuela de Labranza, donde los niños cruzan la ruta a la salida de clases.'],
  ['Baños públicos en el Mercado Municipal', 'social', 'Habilitar baños públicos gratuitos y accesibles junto al Mercado Municipal, abiertos en su horario, con mudador para guaguas.'],
  ['Cancha de pasto sintético en Amanecer', 'culture', 'Recuperar la cancha de tierra del sector Amanecer con pasto sintético e iluminación, para los clubes de barrio y las escuelas de fútbol.'],
  ['Estacionamientos para bicicletas en el centro', 'mobility', 'Instalar cicleteros seguros en las cuadras de Bulnes, Prat y Montt, cerca de servicios públicos y comercio.'],
];
/** A demo threshold the few demo residents can reach; real processes set theirs (proposal-settings API). */
const DEMO_THRESHOLD = 3;

export async function seedProposalsDemo(tx: Tx, ctx: { processId: number; institutionId: number; officialId: number; residentIds: number[] }): Promise<number[]> {
  const names = new Map((await tx.select({ id: people.id, name: people.name }).from(people)
    .where(inArray(people.id, [ctx.officialId, ...ctx.residentIds]))).map((p) => [p.id, p.name]));
  const as = (id: number) => ({ personId: id, name: names.get(id) ?? '' });
  const official = as(ctx.officialId);
  const threshold = Math.max(1, Math.min(DEMO_THRESHOLD, ctx.residentIds.length));
  await saveSettings(tx, { id: ctx.processId, institutionId: ctx.institutionId }, { supportThreshold: threshold }, official);
  const ids: number[] = [];
  for (const [i, [title, category, body]] of PROPOSALS.entries()) {
    const author = ctx.residentIds[i % ctx.residentIds.length]!;
    const p = await createProposal(tx, { institutionId: ctx.institutionId, processId: ctx.processId, title, body, category }, as(author));
    // The first proposal gathers every resident's support (past the threshold); the others fewer than the threshold.
    const supporters = i === 0 ? ctx.residentIds : ctx.residentIds.slice(0, (i * 7) % threshold);
    for (const s of supporters) await supportProposal(tx, p, as(s), threshold);
    ids.push(p.id);
  }
  const [accepted, rejected] = [ids[2]!, ids[4]!];
  await answerProposal(tx, { id: accepted, institutionId: ctx.institutionId, processId: ctx.processId, state: 'published' }, {
    answer: 'accepted', estimatedCost: 48_500_000n,
    text: 'La Dirección de Obras incluirá los juegos inclusivos en el plan de inversiones 2027, con financiamiento del FNDR. La obra se licitará en el primer semestre.',
  }, official);
  await answerProposal(tx, { id: rejected, institutionId: ctx.institutionId, processId: ctx.processId, state: 'published' }, {
    answer: 'rejected', estimatedCost: 120_000_000n,
    text: 'Los paraderos de Pedro de Valdivia son de responsabilidad del Ministerio de Transportes (DTPR). El municipio remitió la propuesta a la Seremi para su programa 2027.',
  }, official);
  return ids;
}
