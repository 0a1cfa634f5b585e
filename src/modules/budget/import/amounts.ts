// Exact money parsing. DESIGN.md rule 9: money is integer pesos (bigint), never floats. SOURCES.md: DIPRES amounts are
// thousands of pesos with a decimal comma ("0,001" is one peso, about 33 rows a year); negatives occur ("-800000").

// Optional sign; integer part either plain digits or grouped by "." in threes ("1.234.567"); optional ",decimals".
const THOUSANDS = /^(-?)(\d+|\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const PESOS = /^-?\d+$/;

/**
 * "1.234,567" (thousands of pesos, or of dollars for `Monto Dólar`) → 1234567n whole units. Digits beyond the third decimal are fractions of a unit: rounded
 * half away from zero (so -0,0005 → -1), the usual rule for money. Returns null for anything that is not such a number.
 */
export function parseThousands(raw: string): bigint | null {
  const m = THOUSANDS.exec(raw.trim());
  if (!m) return null;
  const [, sign, int, decimals = ''] = m;
  const pesos = decimals.padEnd(3, '0');
  let magnitude = BigInt(int.replaceAll('.', '') + pesos.slice(0, 3));
  const rest = pesos.slice(3);
  if (rest !== '' && rest[0] >= '5') magnitude += 1n;
  return sign === '-' ? -magnitude : magnitude;
}

/** "-12345" whole pesos (our own formats) → -12345n; no separators, no decimals; null otherwise. */
export function parsePesos(raw: string): bigint | null {
  const s = raw.trim();
  return PESOS.test(s) ? BigInt(s) : null;
}
