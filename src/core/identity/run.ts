// The RUN (Rol Único Nacional): a person's number and its modulo-11 check digit. It is personal data under
// Ley 19.628, so Cabildo keeps as little of it as a rule needs: validated wherever it is typed, stored in one
// normalised form, shown masked to the officials who need it, never in public pages, exports or the API, and
// hashed with a server key where only equality matters (eligibility lists).
//
// Implemented here rather than taken from a RUT package: the algorithm is a dozen lines, and the most used package
// (rut.js, last released in 2024) answers only true/false, while the import reports and the sign-in errors must
// tell a mistyped RUN from a wrong check digit; it also accepts misplaced dots ("12345.678-5") and any length.
import { createHmac } from 'node:crypto';

export type Dv = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'K';

export interface Run {
  numero: number;
  dv: Dv;
}

/** 'format': not shaped like a RUN; 'check_digit': shaped like one, but the check digit does not match the number. */
export type RunError = 'format' | 'check_digit';
export type RunResult = { ok: true; run: Run } | { ok: false; error: RunError };

/** Up to 8 digits, as RUNs are written today ("12.345.678-5"); a longer number is a typo, not a person. */
export const MAX_NUMERO = 99_999_999;

/**
 * Modulo 11: the digits from the right weighted 2, 3, 4, 5, 6, 7, 2, 3 …; 11 − (sum mod 11), where 11 is written
 * "0" and 10 "K". Because 11 is prime and no weight is a multiple of it, changing any one digit, or swapping two
 * adjacent different digits, always changes the check digit (run.test.ts checks both).
 */
export function computeDv(numero: number): Dv {
  let sum = 0;
  for (let n = numero, weight = 2; n > 0; n = Math.floor(n / 10), weight = weight === 7 ? 2 : weight + 1) {
    sum += (n % 10) * weight;
  }
  const dv = 11 - (sum % 11);
  return dv === 11 ? '0' : dv === 10 ? 'K' : (String(dv) as Dv);
}

/**
 * Digits with thousands dots placed correctly ("12.345.678") or no dots at all, an optional hyphen, then the check
 * digit. Whitespace anywhere is ignored (people type "12 345 678-5"); a misplaced dot is a typo, so it is refused.
 */
const RUN_SHAPE = /^(\d{1,3}(?:\.\d{3})+|\d+)-?([\dK])$/;

/** Accepts "12.345.678-5", "12345678-5", "123456785", "12345678-k", with or without dots and spaces. */
export function parseRun(input: string): RunResult {
  const match = RUN_SHAPE.exec(input.replace(/\s+/g, '').toUpperCase());
  if (!match) return { ok: false, error: 'format' };
  const numero = Number(match[1].replaceAll('.', ''));
  if (numero < 1 || numero > MAX_NUMERO) return { ok: false, error: 'format' };
  const dv = match[2] as Dv;
  if (computeDv(numero) !== dv) return { ok: false, error: 'check_digit' };
  return { ok: true, run: { numero, dv } };
}

const groupThousands = (numero: number) => String(numero).replace(/\B(?=(\d{3})+$)/g, '.');

/** "12.345.678-5", as printed on the cédula. */
export function formatRun(run: Run): string {
  return `${groupThousands(run.numero)}-${run.dv}`;
}

/**
 * "12.345.***-*" (the format): the last three digits and the check digit hidden, the rest kept with its dots;
 * a 7-digit RUN gives "1.234.***-*". Enough for an official to match the person in front of them against their
 * cédula, not enough to find the person from the page: 1,000 RUNs share each mask.
 */
export function maskRun(run: Run): string {
  return formatRun(run).replace(/\d{1,3}-[\dK]$/, '***-*');
}

/** The one stored form: digits, hyphen, check digit, no dots, upper-case K ("12345678-5"). */
export function normaliseRun(run: Run): string {
  return `${run.numero}-${run.dv}`;
}

/**
 * HMAC-SHA256 of the normalised RUN under a server key (keys.ts, purpose "run-hash"), in hex. A plain SHA-256 would
 * not protect anything: the RUNs in use are a few tens of millions, all hashed in seconds. Without the key, a copy of the
 * table does not say who is on a list; with it, equality checks (is this person eligible?) still work.
 */
export function hashRun(run: Run, key: Buffer): string {
  return createHmac('sha256', key).update(normaliseRun(run)).digest('hex');
}
