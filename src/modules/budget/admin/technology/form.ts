// The technology rule forms: a new rule (code and label) and a new label for an existing rule.
import { Type } from '@sinclair/typebox';
import { parseForm, type FormResult } from '../../../../core/http/form.js';
import type { Translate } from '../../../../core/i18n/index.js';
import { canonicalRuleCode } from './commands.js';

const Label = Type.String({ minLength: 1, maxLength: 200 });
export const RuleForm = Type.Object({ code: Type.String({ maxLength: 20 }), label: Label });
export const RelabelForm = Type.Object({ label: Label });

/** The code comes back canonical ("29.6" → "29.06"), or the form with an error saying what a code looks like. */
export function readRuleForm(body: unknown, t: Translate): FormResult<{ code: string; label: string }> {
  const form = parseForm(RuleForm, body, t);
  if (!form.ok) return form;
  const code = canonicalRuleCode(form.value.code);
  if (code === null) return { ok: false, errors: { code: t('budget.admin.rules.codeInvalid') }, values: form.value };
  return { ok: true, value: { code, label: form.value.label } };
}
