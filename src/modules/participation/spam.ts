// A small, explainable heuristic for spam-like proposals and comments: they are held for an official's review instead of being
// refused, so a false positive costs a resident a delay, never their proposal. Each rule names why it fired, for the
// reviewer and the audit log.
export type SpamReason = 'links' | 'repeatedCharacters' | 'allCaps' | 'bannedWords';

export const MAX_LINKS = 2;
/** Words of advertising and scams seen in public forms; compared without accents or case. */
export const BANNED_WORDS = ['casino', 'apuestas', 'viagra', 'criptomoneda', 'bitcoin', 'prestamo rapido', 'gana dinero', 'click aqui', 'oferta exclusiva'];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function spamReasons(title: string, body: string): SpamReason[] {
  const text = `${title}\n${body}`;
  const reasons: SpamReason[] = [];
  if ((text.match(/https?:\/\/|www\./gi) ?? []).length > MAX_LINKS) reasons.push('links');
  if (/(.)\1{7,}/u.test(text)) reasons.push('repeatedCharacters');
  const letters = text.replace(/[^\p{L}]/gu, '');
  // Shouting: a long text in capitals (a short title like "PLAZA ÑIELOL" is ordinary).
  if (letters.length >= 30 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) reasons.push('allCaps');
  const folded = fold(text);
  if (BANNED_WORDS.some((w) => new RegExp(`\\b${w}\\b`, 'u').test(folded))) reasons.push('bannedWords');
  return reasons;
}
