// The in-person verification form: the person's account email and the RUN read off their identity card.
import { Type } from '@sinclair/typebox';
import type { DbOrTx } from '../../db/client.js';
import { EMAIL_PATTERN, parseForm, type FormResult } from '../../http/form.js';
import type { Translate } from '../../i18n/index.js';
import { findPersonByEmail } from '../../auth/queries.js';
import { parseRun, type Run } from '../run.js';
import { RUN_ERROR_KEYS } from '../problems.js';

export const VerifyForm = Type.Object({
  email: Type.String({ pattern: EMAIL_PATTERN, maxLength: 254 }),
  /** Room for "12.345.678-5" typed with spaces; parseRun says what is wrong with it. */
  run: Type.String({ maxLength: 30 }),
});

export interface VerifyRequest {
  person: { id: number; name: string };
  run: Run;
}

/** The account behind the email and the RUN as typed, or a message for each field that cannot be used. */
export async function readVerifyForm(db: DbOrTx, body: unknown, t: Translate): Promise<FormResult<VerifyRequest>> {
  const form = parseForm(VerifyForm, body, t);
  if (!form.ok) return form;
  const { email, run: typed } = form.value;
  const person = await findPersonByEmail(db, email);
  const run = parseRun(typed);
  const errors: Record<string, string> = {};
  if (!person || person.disabled) errors.email = t('identity.verify.noSuchPerson');
  if (!run.ok) errors.run = t(RUN_ERROR_KEYS[run.error]);
  if (!person || person.disabled || !run.ok) return { ok: false, errors, values: { email, run: typed } };
  return { ok: true, value: { person, run: run.run } };
}
