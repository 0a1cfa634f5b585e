// RUT parsing and the joint-venture rules, with hand-checked RUTs: 76.086.428-5 and 11.111.111-1 are valid
// (modulo 11), 76.086.428-4 has a wrong check digit.
import { describe, expect, it } from 'vitest';
import { InvalidField } from '../../../core/http/errors.js';
import { checkSupplier, normaliseRut } from './rules.js';
import type { MemberInput, SupplierInput } from './validation.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const member = (rut: string, extra: Partial<MemberInput> = {}): MemberInput => ({ rut, name: `Socio ${rut}`, kind: 'company', size: 'micro', comunaCode: '09101', ...extra });
const jv = (members: MemberInput[], extra: Partial<SupplierInput> = {}): SupplierInput => ({
  kind: 'joint_venture', legalName: 'UTP Araucanía Digital', size: 'small', comunaCode: '09101', categories: ['software-development'], members, ...extra,
});
const refusal = (f: () => unknown) => {
  try { f(); } catch (e) { if (e instanceof InvalidField) return [e.field, e.messageKey]; throw e; }
  return null;
};

describe('RUT', () => {
  it('normalises the ways people write a valid RUT', () => {
    for (const s of ['76.086.428-5', '76086428-5', '760864285', ' 76 086 428-5 ']) expect(normaliseRut('rut', s)).toBe('76086428-5');
    expect(normaliseRut('rut', '10.000.013-k')).toBe('10000013-K');
  });
  it('tells a wrong check digit from a malformed number', () => {
    expect(refusal(() => normaliseRut('rut', '76.086.428-4'))).toEqual(['rut', 'procurement.supplier.error.rutCheckDigit']);
    expect(refusal(() => normaliseRut('rut', '76.08.6428-5'))).toEqual(['rut', 'procurement.supplier.error.rutFormat']);
    expect(refusal(() => normaliseRut('rut', 'abc'))).toEqual(['rut', 'procurement.supplier.error.rutFormat']);
  });
  it('is required of every supplier but a joint venture', () => {
    expect(refusal(() => checkSupplier({ ...jv([]), kind: 'company', members: [] }, NOW))).toEqual(['rut', 'procurement.supplier.error.rutRequired']);
    expect(checkSupplier(jv([member('76086428-5'), member('11111111-1')]), NOW).rut).toBeUndefined();
  });
});

describe('joint ventures', () => {
  it('need two members or more, and only they have members', () => {
    expect(refusal(() => checkSupplier(jv([member('76086428-5')]), NOW))).toEqual(['members', 'procurement.supplier.error.jvNeedsMembers']);
    expect(refusal(() => checkSupplier({ ...jv([member('76086428-5'), member('11111111-1')]), kind: 'cooperative', rut: '65.123.456-5' }, NOW)))
      .toEqual(['members', 'procurement.supplier.error.membersOnlyJv']);
  });
  it('validate each member\'s RUT, naming the row', () => {
    expect(refusal(() => checkSupplier(jv([member('76086428-5'), member('11.111.111-2')]), NOW))).toEqual(['members.2.rut', 'procurement.supplier.error.rutCheckDigit']);
  });
  it('refuse a member twice, however written, or the venture\'s own RUT as a member', () => {
    expect(refusal(() => checkSupplier(jv([member('76086428-5'), member('76.086.428-5')]), NOW))).toEqual(['members.2.rut', 'procurement.supplier.error.memberRutRepeated']);
    expect(refusal(() => checkSupplier(jv([member('76086428-5'), member('11111111-1')], { rut: '11.111.111-1' }), NOW)))
      .toEqual(['members.2.rut', 'procurement.supplier.error.memberRutRepeated']);
  });
  it('accept shares up to 100 % in all, not more', () => {
    const ok = checkSupplier(jv([member('76086428-5', { sharePercent: 60 }), member('11111111-1', { sharePercent: 40, naturalPerson: true })]), NOW);
    expect(ok.members.map((m) => m.rut)).toEqual(['76086428-5', '11111111-1']);
    expect(refusal(() => checkSupplier(jv([member('76086428-5', { sharePercent: 60 }), member('11111111-1', { sharePercent: 41 })]), NOW)))
      .toEqual(['members', 'procurement.supplier.error.sharesOver100']);
  });
});

it('refuses a reference from a future year', () => {
  expect(refusal(() => checkSupplier({ ...jv([member('76086428-5'), member('11111111-1')]), references: [{ client: 'Municipalidad de Temuco', description: 'Portal', year: 2027 }] }, NOW)))
    .toEqual(['references.1.year', 'procurement.supplier.error.referenceYear']);
});
