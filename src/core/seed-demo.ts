// Demo content (CABILDO_SEED=demo, the default outside production on an empty database): people with each role,
// and each module's demo data. Demo passwords are random and printed once to the log, never fixed in code.
import { count, sql } from 'drizzle-orm';
import type { Db } from './db/client.js';
import type { Config } from './config.js';
import type { AppModule } from './module.js';
import type { ModuleName } from './policy.js';
import { people, type Role } from './auth/schema.js';
import { SYSTEM_ACTOR } from './auth/actor.js';
import { newSecret } from './auth/secrets.js';
import { createPerson } from './auth/commands/create-person.js';
import { grantRole } from './auth/commands/grant-role.js';
import { findInstitution } from './tenancy/queries.js';

/** Arbitrary constant: app processes starting together on one PostgreSQL seed one at a time, so only the first does. */
const SEED_LOCK = 0x5eed;
const DEMO_INSTITUTION = 'temuco';

interface DemoPerson {
  email: string;
  name: string;
  role?: Role;
  /** The institution (slug) an institution role is held in. */
  institution?: string;
  permissions?: ModuleName[];
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@demo.cabildo.cl', name: 'Administración Cabildo (demo)', role: 'platform_admin' },
  { email: 'admin.temuco@demo.cabildo.cl', name: 'Administración Temuco (demo)', role: 'institution_admin', institution: DEMO_INSTITUTION },
  { email: 'funcionaria.temuco@demo.cabildo.cl', name: 'Funcionaria Temuco (demo)', role: 'official', institution: DEMO_INSTITUTION, permissions: ['budget', 'procurement', 'transparency', 'participation', 'observatory', 'services'] },
  // The observatory's stewards (CABILDO_OBSERVATORY_INSTITUTION) and La Araucanía's regional GovTech team (adoption tracker).
  { email: 'observatorio.subdere@demo.cabildo.cl', name: 'Observatorio SUBDERE (demo)', role: 'official', institution: 'subdere', permissions: ['observatory'] },
  { email: 'gore.araucania@demo.cabildo.cl', name: 'Equipo GovTech GORE Araucanía (demo)', role: 'official', institution: 'gore-la-araucania', permissions: ['observatory', 'services'] },
  { email: 'contraloria.temuco@demo.cabildo.cl', name: 'Contraloría ciudadana Temuco (demo)', role: 'oversight_member', institution: DEMO_INSTITUTION },
  { email: 'proveedor@demo.cabildo.cl', name: 'Proveedor (demo)', role: 'supplier_representative' },
  { email: 'vecina@demo.cabildo.cl', name: 'Vecina (demo)' },
];

/** Adds the demo people and every module's demo content, in one transaction, when there are no people yet. */
export async function seedDemoIfEmpty(db: Db, modules: AppModule[], log: (msg: string) => void, config: Config): Promise<void> {
  const accounts = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [{ n }] = await tx.select({ n: count() }).from(people);
    if (n > 0) return null;
    const lines: string[] = [];
    for (const p of DEMO_PEOPLE) {
      const institution = p.institution ? await findInstitution(tx, p.institution) : null;
      if (p.institution && !institution) throw new Error(`demo seed: institution "${p.institution}" is missing; load the reference data first`);
      const password = newSecret(12);
      const person = await createPerson(tx, { email: p.email, name: p.name, password, emailConfirmed: true }, SYSTEM_ACTOR);
      if (p.role) {
        await grantRole(tx, {
          personId: person.id, role: p.role, institutionId: institution?.id ?? null, permissions: p.permissions,
        }, SYSTEM_ACTOR);
      }
      lines.push(`  ${p.email}  ${password}  (${p.role ?? 'resident'}${institution ? ` of ${institution.name}` : ''})`);
    }
    for (const module of modules) await module.seedDemo?.(tx, config);
    return lines;
  });
  // Logged only after the commit, so the passwords shown are the ones stored.
  if (accounts) log(`demo accounts (passwords are shown only this once):\n${accounts.join('\n')}`);
}
