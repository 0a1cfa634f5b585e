// Factories for engagement tests: a service of Temuco's lab whose lead is a Valdivia official with no permission at
// all (the lead manages the service by being its lead, policy.ts), and grades written straight as responses of a
// survey (participation's saveResponse), so a results test states the grades it expects to average.
import type { TestApp } from '../../../test-support/app.js';
import { signedIn, type Browser } from '../../../test-support/people.js';
import { CSRF_COOKIE, csrfTokenFor } from '../../../core/http/csrf.js';
import { newSecret } from '../../../core/auth/secrets.js';
import { saveResponse } from '../../participation/index.js';
import { insertTestService } from '../test-support.js';
import { findServiceById, type ServiceRecord } from '../registry/queries.js';

export interface ServiceWithLead { service: ServiceRecord; lead: Browser }

export async function serviceWithLead(t: TestApp, opts: { slug?: string } = {}): Promise<ServiceWithLead> {
  const lead = await signedIn(t, 'official', 'valdivia', []);
  const row = await insertTestService(t.database.db, { slug: opts.slug, leadPersonId: lead.personId });
  return { service: (await findServiceById(t.database.db, row.id))!, lead };
}

/** One response per grade, each from a browser of its own (respondent key), with the grade question answered. */
export async function writeGrades(t: TestApp, survey: { consultationId: number; gradeQuestionId: number; institutionId: number }, grades: readonly number[]) {
  await t.database.db.transaction(async (tx) => {
    for (const [i, value] of grades.entries()) {
      await saveResponse(tx, { consultationId: survey.consultationId, institutionId: survey.institutionId, respondent: { respondentKey: `test-${survey.consultationId}-${i}` },
        answers: [{ questionId: survey.gradeQuestionId, value, text: null, optionIds: null }] }, { id: null, label: 'test' });
    }
  });
}

/** A browser with a CSRF cookie and no session: an anonymous form post that passes CSRF and meets the policy. */
export function anonymousBrowser(t: TestApp): Browser {
  const cookie = newSecret(24);
  return { personId: 0, cookies: { [CSRF_COOKIE]: cookie }, csrf: csrfTokenFor(t.config.sessionSecret, cookie) };
}
