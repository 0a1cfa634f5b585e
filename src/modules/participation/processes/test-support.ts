// Factories for tests of every participation area: a process of an institution with one phase open now (enabling the
// components asked for), or with the phases given. Made through createProcess, so the audit row is there too.
import type { TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { createProcess, type PhaseInput } from './commands/create-process.js';
import type { Component } from './schema.js';

const HOUR = 3600_000;

export interface TestProcess { id: number; institutionId: number; phaseIds: number[] }

export async function createTestProcess(t: TestApp, opts: {
  institution?: string; components?: Component[]; phases?: PhaseInput[]; title?: string;
} = {}): Promise<TestProcess> {
  const institution = await findInstitution(t.database.db, opts.institution ?? 'temuco');
  if (!institution) throw new Error(`no institution ${opts.institution}`);
  const official = await signedIn(t, 'official', institution.slug, ['participation']);
  const phases = opts.phases ?? [{
    title: 'Fase abierta', startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + 24 * HOUR),
    components: opts.components ?? ['consultation', 'proposals', 'debate', 'vote'],
  }];
  const { process, phases: rows } = await t.database.db.transaction((tx) => createProcess(tx, {
    institutionId: institution.id, title: opts.title ?? 'Plan de inversiones en plazas 2027', description: 'Proceso de prueba.',
    scope: 'comuna', scopeCode: institution.cutCode ?? '09101', phases,
  }, { personId: official.personId, name: 'Funcionaria' }));
  return { id: process.id, institutionId: institution.id, phaseIds: rows.map((r) => r.id) };
}
