// What two of the officials' steps need beyond the form's schema before they become an event.
// - An answer whose text holds personal data (Ley 20.285 art. 21 nº 2, Ley 19.628) is recorded only once the official
//   has seen it redacted, exactly as it stands: the preview carries a digest of the text it showed.
// - A transfer (art. 13) names an institution of this installation (its request is filed there) or an outside body.
import { createHash } from 'node:crypto';
import type { DbOrTx } from '../../../core/db/client.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { redactText } from '../documents/redaction.js';
import type { AnswerPreview } from './views/action-forms.js';

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Null when the answer may be recorded; otherwise the preview to show: asked for (`requested`), or required because
 * the text holds personal data and was not previewed as it stands. The requester's name is always among the names.
 */
export function reviewAnswer(text: string, requesterName: string, body: Record<string, string>):
  { requested: boolean; preview: AnswerPreview; redactedText: string } | null {
  const redacted = redactText(text, [requesterName]);
  const unreviewed = redacted.matches.length > 0 && body.reviewed !== digest(text);
  if (!body.preview && !unreviewed) return null;
  return { requested: !!body.preview, redactedText: redacted.text, preview: { text, matches: redacted.matches, reviewed: digest(redacted.text) } };
}

/** Completes a transfer's data with the target institution (id and name); false when it names neither one nor a body. */
export async function resolveTransferTarget(db: DbOrTx, data: Record<string, unknown>): Promise<boolean> {
  const target = typeof data.toInstitution === 'string' ? await findInstitution(db, data.toInstitution) : null;
  delete data.toInstitution;
  if (target) Object.assign(data, { toInstitutionId: target.id, toBody: target.name });
  return !!target || !!data.toBody;
}
