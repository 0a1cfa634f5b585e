// The redaction engine (tarjado): finds the personal data in a text and replaces each piece with a visible placeholder
// before an answer or a document is published. Ley 20.285 art. 21 nº 2 and Ley 19.628 art. 7: a third party's personal
// data is not delivered with the information; published by mistake it cannot be taken back, which is Alaveteli's
// users' recurring problem. Pure functions, so the preview the official sees is exactly what gets published.
//
// Conservative on purpose where a false match destroys information: a number is a RUN only with its hyphen, a valid
// check digit and a natural person's range (a company's RUT is public; "$12.345.678" or a folio stays); a bare
// 9-digit number is a phone only after +56 or written with the mobile's spaces. Names come from the list the official
// gives (the requester's name always), matched whole-word with accents and case folded, plus the honorific rule
// (Sr., Sra., señor, señora, don, doña before capitalised words).
import { parseRun } from '../../../core/identity/run.js';
import { catalogues, type MessageKey } from '../../../core/i18n/index.js';

export const REDACTION_KINDS = ['run', 'email', 'name', 'phone'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface Redaction { start: number; end: number; kind: RedactionKind; text: string }
export type RedactionCounts = Partial<Record<RedactionKind, number>>;

// RUN: "12.345.678-5", "1.234.567-4" or "12345678-5"; not after a digit, a dot, a "$" or a letter (an amount, a code).
const RUN = /(?<![\p{L}\p{N}.$\-/])(\d{1,2}\.\d{3}\.\d{3}|\d{7,8})\s?-\s?([\dkK])(?![\p{L}\p{N}])/gu;
/**
 * The Servicio de Impuestos Internos numbers legal persons (companies, associations, public bodies) from 50.000.000 up;
 * Ley 19.628 protects natural persons, and a supplier's or a neighbourhood council's RUT is information to deliver.
 */
const LEGAL_PERSONS_FROM = 50_000_000;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
// Chilean numbers have 9 digits after +56 (mobiles start with 9; Santiago's landlines with 2). Without the country
// code, only a mobile written in its usual groups ("9 8765 4321"): a bare 9-digit figure is more often an amount.
const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+\s?56|\(\+?56\))[\s.-]?(?:\(?\d\)?[\s.-]?)(?:\d[\s.-]?){7}\d|9[\s-]\d{4}[\s-]?\d{4})(?![\p{L}\p{N}])/gu;
// Sr., Sra., Srta., señor, señora, señorita, don or doña, then one to four capitalised words (with "de", "del",
// "de la" between them): the words are redacted, the honorific stays so the sentence still reads. The name may start
// on the next line ("Señor\nJuan Pérez\nPresente", as letters are headed) but does not run over a line end.
const HONORIFIC = /(?<![\p{L}\p{N}])(?:Sr\.|Sra\.|Srta\.|[Ss]eñora?|[Ss]eñorita|[Dd]on|[Dd]oña)\s+(\p{Lu}[\p{L}'’-]+(?:[^\S\r\n]+(?:(?:de|del|de la|de los|y)[^\S\r\n]+)?\p{Lu}[\p{L}'’-]+){0,3})/gu;
// Offices, not people: "Sr. Alcalde" is not personal data.
const OFFICES = new Set(['alcalde', 'alcaldesa', 'director', 'directora', 'presidente', 'presidenta', 'ministro', 'ministra', 'concejal',
  'concejala', 'secretario', 'secretaria', 'jefe', 'jefa', 'gobernador', 'gobernadora', 'intendente', 'intendenta', 'subsecretario', 'subsecretaria',
  'administrador', 'administradora', 'fiscal', 'juez', 'jueza', 'notario', 'notaria', 'delegado', 'delegada']);

/** Each character folded once (a document repeats few distinct characters): lower case, accents dropped. */
const FOLDED = new Map<string, string>();
function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (FOLDED.size < 10_000) FOLDED.set(ch, f);
  }
  return f;
}

/**
 * Lower case without accents, and where that changed the length (a decomposed accent, a rare ligature) the index of
 * the original character of each folded one, to map matches back; null when every index maps to itself (NFC text).
 * The common case is one native replace over the capitals and non-ASCII characters (a 10 MB file in well under a
 * second); only a text whose folding changes lengths takes the character-by-character walk.
 */
function fold(text: string): { folded: string; origin: number[] | null } {
  let same = true;
  const folded = text.replace(/[A-Z\u0080-\u{10ffff}]/gu, (ch) => {
    const f = foldChar(ch);
    if (f.length !== ch.length) same = false;
    return f;
  });
  if (same) return { folded, origin: null };
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    for (let k = 0; k < foldChar(ch).length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names as patterns: folded, whitespace-tolerant, whole-word, also in the order lists use ("Pérez Soto, Juan");
 * shorter than 3 letters is no name (too many hits).
 */
function namePattern(names: readonly string[]): RegExp | null {
  const words = names.map((n) => fold(n).folded.split(/[\s,]+/).filter(Boolean).map(escapeRegExp)).filter((w) => w.join('').length >= 3);
  const alternatives = words.flatMap((w) => [w.join('\\s+'), ...(w.length > 1 ? [`${w.slice(1).join('\\s+')}\\s*,\\s*${w[0]}`] : [])]);
  const unique = [...new Set(alternatives)].sort((a, b) => b.length - a.length);
  return unique.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
}

function* matchesOf(re: RegExp, text: string) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * The redaction rules with these names, compiled once: a function giving every piece of personal data in a text,
 * sorted, overlaps merged (the first kind found at a place wins). A CSV applies it to each of its cells.
 */
export function createRedactor(names: readonly string[] = []): (text: string) => Redaction[] {
  const pattern = namePattern(names);
  return (text) => {
    const found: Array<Omit<Redaction, 'text'>> = [];
    for (const m of matchesOf(RUN, text)) {
      const run = parseRun(`${m[1]}-${m[2]}`);
      if (run.ok && run.run.numero < LEGAL_PERSONS_FROM) found.push({ start: m.index, end: m.index + m[0].length, kind: 'run' });
    }
    for (const m of matchesOf(EMAIL, text)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'email' });
    for (const m of matchesOf(PHONE, text)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
    for (const m of matchesOf(HONORIFIC, text)) {
      const words = m[1]!;
      if (OFFICES.has(fold(words.split(/\s+/)[0]!).folded)) continue;
      const start = m.index + m[0].length - words.length;
      found.push({ start, end: start + words.length, kind: 'name' });
    }
    if (pattern) {
      const { folded, origin } = fold(text);
      const at = (k: number) => (origin ? origin[k]! : k);
      for (const m of matchesOf(pattern, folded)) {
        const last = at(m.index + m[0].length - 1);
        found.push({ start: at(m.index), end: skipMarks(text, last + String.fromCodePoint(text.codePointAt(last)!).length), kind: 'name' });
      }
    }
    return mergeRedactions(found).map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
  };
}

export const findRedactions = (text: string, { names = [] }: { names?: readonly string[] } = {}) => createRedactor(names)(text);

/** A decomposed "é" is "e" and a combining mark: the match ends after the mark. */
function skipMarks(text: string, end: number) {
  while (end < text.length && /\p{M}/u.test(text[end]!)) end++;
  return end;
}

/** Sorted by start; overlapping ranges become one, with the kind of the one that starts first (longest on a tie). */
export function mergeRedactions<T extends Omit<Redaction, 'text'>>(ranges: T[]): Array<Omit<Redaction, 'text'>> {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<Omit<Redaction, 'text'>> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end, kind: r.kind });
  }
  return out;
}

const PLACEHOLDER_KEYS: Record<RedactionKind, MessageKey> = {
  run: 'transparency.documents.placeholder.run', email: 'transparency.documents.placeholder.email',
  name: 'transparency.documents.placeholder.name', phone: 'transparency.documents.placeholder.phone',
};

/** The placeholder written in place of a redacted piece: in Spanish, the language of the published document. */
export const placeholderOf = (kind: RedactionKind) => catalogues['es-CL'][PLACEHOLDER_KEYS[kind]];

/** The text with each match (sorted, not overlapping, as findRedactions returns them) replaced by its placeholder. */
export function applyRedactions(text: string, matches: readonly Pick<Redaction, 'start' | 'end' | 'kind'>[]): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + placeholderOf(m.kind);
    at = m.end;
  }
  return out + text.slice(at);
}

/** How many pieces of each kind: what is recorded and shown, never the redacted values themselves. */
export function countRedactions(matches: readonly Pick<Redaction, 'kind'>[]): RedactionCounts {
  const counts: RedactionCounts = {};
  for (const m of matches) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
  return counts;
}

export interface RedactedText { text: string; matches: Redaction[]; counts: RedactionCounts }

/** For an answer's text or a plain document: the redacted text, what was found (for a preview) and the counts. */
export function redactText(text: string, names: readonly string[] = []): RedactedText {
  const matches = findRedactions(text, { names });
  return { text: applyRedactions(text, matches), matches, counts: countRedactions(matches) };
}

/** The text cut at the matches, for a preview that highlights each one (<mark> with its kind). */
export function segmentText(text: string, matches: readonly Redaction[]): Array<string | Redaction> {
  const out: Array<string | Redaction> = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(m);
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
