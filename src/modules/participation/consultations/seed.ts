// Demo content of consultations: La Araucanía's regional government consults on its "Estrategia de Gobierno Digital
// 2030" (open 3 September – 25 October 2026, results on 30 November, ClaveÚnica: identity verified), with questions of
// every type and a conditional one, answered by 40 demo residents; and a small consultation already published, so
// the results page has something to show before 30 November.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { createPerson } from '../../../core/auth/commands/create-person.js';
import { grantRole } from '../../../core/auth/commands/grant-role.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { createProcess } from '../processes/commands/create-process.js';
import { createConsultation } from './commands/create-consultation.js';
import { saveResponse } from './commands/save-response.js';
import { findConsultation } from './queries.js';
import { checkAnswers } from './validation.js';
import { ESTRATEGIA, FIRST_NAMES, HORARIO, LAST_NAMES, PROPOSALS, TRAMITES } from './seed-data.js';

/** Santiago midnight at the start of a day, in UTC (Chile is UTC−4 until the first Sunday of September, then UTC−3). */
const day = (iso: string, offsetHours = 3) => new Date(`${iso}T${String(offsetHours).padStart(2, '0')}:00:00Z`);

/** A small deterministic generator, so the demo's results are the same on every machine. */
function random(seed: number) {
  let s = seed;
  return () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
}

export async function seedConsultationDemo(tx: Tx) {
  const [gore] = await tx.select({ id: institutions.id }).from(institutions)
    .where(and(eq(institutions.kind, 'regional_government'), eq(institutions.cutCode, '09')));
  if (!gore) throw new Error('demo seed: the Gobierno Regional de La Araucanía is missing from the reference data');
  const official = await createPerson(tx, { email: 'participacion.gore-araucania@demo.cabildo.cl', name: 'División de Planificación GORE Araucanía (demo)', emailConfirmed: true }, SYSTEM_ACTOR);
  await grantRole(tx, { personId: official.id, role: 'official', institutionId: gore.id, permissions: ['participation'] }, SYSTEM_ACTOR);
  const actor = { personId: official.id, name: official.name };
  const { process } = await createProcess(tx, {
    institutionId: gore.id, title: 'Estrategia Regional de Gobierno Digital 2030', scope: 'region', scopeCode: '09',
    description: 'El Gobierno Regional de La Araucanía elabora con la ciudadanía su Estrategia de Gobierno Digital 2030: '
      + 'conectividad, trámites digitales, datos abiertos y competencias digitales para las 32 comunas de la región.',
    phases: [
      { title: 'Consulta ciudadana', startsAt: day('2026-09-03', 4), endsAt: day('2026-10-26'), components: ['consultation', 'debate'] },
      { title: 'Sistematización y publicación de resultados', startsAt: day('2026-10-26'), endsAt: day('2026-12-31'), components: ['debate'] },
    ],
  }, actor);
  const base = { institutionId: gore.id, processId: process.id, respondents: 'identity_verified' as const };
  const estrategia = await createConsultation(tx, { ...base, ...ESTRATEGIA,
    opensAt: day('2026-09-03', 4), closesAt: new Date('2026-10-26T02:59:00Z'), resultsAt: new Date('2026-11-30T12:00:00Z') }, actor);
  const horario = await createConsultation(tx, { ...base, ...HORARIO,
    opensAt: day('2026-09-03', 4), closesAt: day('2026-09-21'), resultsAt: day('2026-10-01') }, actor);

  const rnd = random(2030);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const residents: number[] = [];
  for (let i = 0; i < 40; i++) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]} (demo)`;
    const person = await createPerson(tx, { email: null, name }, SYSTEM_ACTOR);
    residents.push(person.id);
  }
  // ClaveÚnica is what verifies these residents in the demo story; no RUN is stored for them (none is needed here).
  for (const id of residents) await tx.update(people).set({ identityVerifiedAt: day('2026-09-01'), identityMethod: 'claveunica' }).where(eq(people.id, id));

  const e = (await findConsultation(tx, estrategia.id))!;
  for (const personId of residents) {
    const [q1, q2, q3, q4, q5, q6, q7, q8] = e.questions;
    const online = rnd() < 0.65;
    const ranking = [...q5!.options].sort(() => rnd() - 0.5).map((o) => o.id);
    const raw: Record<string, unknown> = {
      [q1!.id]: q1!.options[online ? 0 : 1]!.id,
      ...(online ? { [q2!.id]: pick(TRAMITES), [q3!.id]: 3 + Math.floor(rnd() * 5) } : {}),
      [q4!.id]: [...new Set([pick(q4!.options).id, pick(q4!.options).id])],
      [q5!.id]: ranking,
      [q6!.id]: q6!.rows.map(() => pick(q6!.options).id),
      [q7!.id]: pick(q7!.options).id,
      ...(rnd() < 0.5 ? { [q8!.id]: pick(PROPOSALS) } : {}),
    };
    await respond(tx, e, personId, raw);
  }
  const h = (await findConsultation(tx, horario.id))!;
  for (const personId of residents.slice(0, 18)) {
    const [q1, q2, q3] = h.questions;
    await respond(tx, h, personId, { [q1!.id]: q1!.options[rnd() < 0.7 ? 0 : 1]!.id, [q2!.id]: pick(q2!.options).id, [q3!.id]: 2 + Math.floor(rnd() * 6) });
  }
}

async function respond(tx: Tx, c: NonNullable<Awaited<ReturnType<typeof findConsultation>>>, personId: number, raw: Record<string, unknown>) {
  const checked = checkAnswers(c.questions, raw);
  if (!checked.ok) throw new Error(`demo seed: invalid answers for consultation ${c.id}`);
  await saveResponse(tx, { consultationId: c.id, institutionId: c.institutionId, respondent: { personId }, answers: checked.answers }, { id: personId, label: 'demo' });
}
