import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { signIn, WebClient } from '../test-support/auth.js';
import { people } from './auth/schema.js';
import { auditLog } from './audit/schema.js';
import type { Tx } from './db/client.js';
import type { AppModule } from './module.js';
import { DEMO_PEOPLE, seedDemoIfEmpty } from './seed-demo.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('demo seed', () => {
  it('adds one person per role with random passwords logged once, runs each module\'s seed, and only on an empty database', async () => {
    const logs: string[] = [];
    const peopleSeenByModule: number[] = [];
    const module: AppModule = {
      name: 'fake', plugin: async () => {},
      // Same transaction as the people: a module's demo content can refer to them.
      seedDemo: async (tx: Tx) => { peopleSeenByModule.push((await tx.select({ n: count() }).from(people))[0].n); },
    };
    await seedDemoIfEmpty(t.database.db, [module], (m) => logs.push(m), t.config);
    expect(logs).toHaveLength(1);
    expect(peopleSeenByModule).toEqual([DEMO_PEOPLE.length]);

    const passwords = DEMO_PEOPLE.map((p) => new RegExp(`${p.email.replace(/\./g, '\\.')}  (\\S+)`).exec(logs[0])![1]);
    expect(new Set(passwords).size).toBe(DEMO_PEOPLE.length);
    for (const [i, p] of DEMO_PEOPLE.entries()) {
      const client = new WebClient(t.app);
      expect((await signIn(client, p.email, passwords[i])).statusCode, p.email).toBe(303);
      const me = (await client.get('/api/v1/me')).json();
      expect(me.emailConfirmed).toBe(true);
      expect(me.roles.map((r: { role: string }) => r.role)).toEqual(p.role ? [p.role] : []);
      if (p.institution) expect(me.roles[0].institution.slug).toBe(p.institution);
      if (p.role === 'official') expect(me.roles[0].permissions).toEqual(p.permissions);
    }
    const created = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'person.create'));
    expect(created.map((e) => e.actorLabel)).toEqual(DEMO_PEOPLE.map(() => 'system'));

    await seedDemoIfEmpty(t.database.db, [module], (m) => logs.push(m), t.config);
    expect(logs).toHaveLength(1);
    expect(peopleSeenByModule).toHaveLength(1);
    expect((await t.database.db.select({ n: count() }).from(people))[0].n).toBe(DEMO_PEOPLE.length);
  });
});
