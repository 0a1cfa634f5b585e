// The rules a supplier's registration must meet before anything is written, as a pure function of the input (the
// database checks, comuna exists and RUT not taken, are the command's). Each refusal names its field, so the form
// shows it next to the input and the API says which one.
import { InvalidField } from '../../../core/http/errors.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { normaliseRun, parseRun } from '../../../core/identity/run.js';
import type { MemberInput, SupplierInput } from './validation.js';

/**
 * A RUT in its one stored form ('76123456-0'). A firm's RUT is computed like a person's RUN (modulo 11, the SII's
 * rule), so core/identity/run.ts parses both; a wrong check digit is told apart from a malformed number.
 */
export function normaliseRut(field: string, input: string): string {
  const parsed = parseRun(input);
  if (parsed.ok) return normaliseRun(parsed.run);
  throw new InvalidField(field, parsed.error === 'check_digit' ? 'procurement.supplier.error.rutCheckDigit' : 'procurement.supplier.error.rutFormat');
}

/** The RUT problems of a form's raw fields (the supplier's and each member's), so a form refused for another reason shows them in the same round trip. */
export function rutProblems(values: Record<string, string>): Record<string, MessageKey> {
  const out: Record<string, MessageKey> = {};
  for (const [field, value] of Object.entries(values)) {
    if ((field !== 'rut' && !/^members\.\d+\.rut$/.test(field)) || !value.trim()) continue;
    try { normaliseRut(field, value); } catch (e) { out[field] = (e as InvalidField).messageKey; }
  }
  return out;
}

export interface CheckedSupplier extends SupplierInput { rut: string | undefined; members: MemberInput[] }

const refuse = (field: string, key: MessageKey) => { throw new InvalidField(field, key); };

/**
 * Joint ventures (uniones temporales de proveedores, Ley 19.886 art. 67 bis): two or more members, each identified
 * by its RUT, no member twice, the shares agreed (when told) adding up to at most 100 %. The venture's own RUT is
 * optional until it is constituted, which the law asks only of the awarded; any other supplier needs its RUT.
 */
export function checkSupplier(input: SupplierInput, now: Date): CheckedSupplier {
  const rut = input.rut ? normaliseRut('rut', input.rut) : undefined;
  const jv = input.kind === 'joint_venture';
  if (!rut && !jv) refuse('rut', 'procurement.supplier.error.rutRequired');
  const members = (input.members ?? []).map((m, i) => ({ ...m, rut: normaliseRut(`members.${i + 1}.rut`, m.rut) }));
  if (!jv && members.length > 0) refuse('members', 'procurement.supplier.error.membersOnlyJv');
  if (jv && members.length < 2) refuse('members', 'procurement.supplier.error.jvNeedsMembers');
  const seen = new Set(rut ? [rut] : []);
  members.forEach((m, i) => {
    if (seen.has(m.rut)) refuse(`members.${i + 1}.rut`, 'procurement.supplier.error.memberRutRepeated');
    seen.add(m.rut);
  });
  if (members.reduce((sum, m) => sum + (m.sharePercent ?? 0), 0) > 100) refuse('members', 'procurement.supplier.error.sharesOver100');
  const year = now.getUTCFullYear();
  (input.references ?? []).forEach((r, i) => { if (r.year > year) refuse(`references.${i + 1}.year`, 'procurement.supplier.error.referenceYear'); });
  return { ...input, rut, members, categories: [...new Set(input.categories)] };
}
