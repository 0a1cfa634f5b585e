// The registry's demo: incubators and a handful of services at different phases (seed-data.ts), written through the
// commands, so the demo obeys the same rules (phases, sponsors, lead officials) as what people enter.
import type { Tx } from '../../../core/db/client.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { people } from '../../../core/auth/schema.js';
import { eq } from 'drizzle-orm';
import { findOfficialByEmail } from './options.js';
import { createIncubator } from './commands/save-incubator.js';
import { registerService } from './commands/register-service.js';
import { recordPhase } from './commands/record-phase.js';
import { DEMO_INCUBATORS, DEMO_SERVICES } from './seed-data.js';

/** The demo services by slug → id, for the other areas' demo seeds. */
export type DemoServices = Map<string, number>;

async function institutionId(tx: Tx, slug: string) {
  const row = await findInstitution(tx, slug);
  if (!row) throw new Error(`demo seed: no institution ${slug}`);
  return row.id;
}

/** The demo person with this email as the audit actor (they exist before module seeds run: core/seed-demo.ts). */
async function leadOf(tx: Tx, email: string) {
  const id = await findOfficialByEmail(tx, email);
  if (id === null) throw new Error(`demo seed: no official ${email}`);
  const [row] = await tx.select({ name: people.name }).from(people).where(eq(people.id, id));
  return { id, label: row!.name };
}

export async function seedRegistryDemo(tx: Tx): Promise<DemoServices> {
  const incubators = new Map<string, number>();
  for (const { host, ...i } of DEMO_INCUBATORS) {
    const { id } = await createIncubator(tx, { ...i, institutionId: await institutionId(tx, host) }, { id: null, label: 'demo' });
    incubators.set(i.slug, id);
  }
  const services: DemoServices = new Map();
  for (const { incubator, lead, sponsors, phases, ...s } of DEMO_SERVICES) {
    const actor = await leadOf(tx, lead);
    const [first, ...rest] = phases;
    const { id } = await registerService(tx, {
      ...s, incubatorId: incubators.get(incubator)!, leadPersonId: actor.id, firstPhase: first!,
      sponsorInstitutionIds: await Promise.all(sponsors.map((slug) => institutionId(tx, slug))),
    }, actor);
    for (const p of rest) await recordPhase(tx, { serviceId: id, ...p }, actor);
    services.set(s.slug, id);
  }
  return services;
}
