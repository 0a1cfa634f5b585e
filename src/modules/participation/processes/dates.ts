// A phase's dates as the process page shows them.
import { SANTIAGO } from '../../../core/i18n/santiago-time.js';

const phaseFormats = new Map<string, Intl.DateTimeFormat>();
/** "5 de enero de 2026 a las 09:00": a phase's bounds, in Santiago, on a 24-hour clock (midnight reads 00:00). */
export function formatPhaseDate(locale: string, instant: Date): string {
  let f = phaseFormats.get(locale);
  if (!f) phaseFormats.set(locale, f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: SANTIAGO }));
  return f.format(instant);
}
