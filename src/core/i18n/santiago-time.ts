// People type dates (datetime-local inputs, core/views/components/form.tsx DateTimeField) as wall-clock times in Chile;
// they are stored in UTC (DESIGN.md convention 9). Chile changes its offset twice a year (UTC-3 in summer, UTC-4 in
// winter), so the offset is looked up for each date.
export const SANTIAGO = 'America/Santiago';
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SANTIAGO, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

function wallClock(instant: Date) {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { y: +p.year!, mo: +p.month!, d: +p.day!, h: +p.hour!, mi: +p.minute!, s: +p.second! };
}

const offsetAt = (instant: number) => {
  const w = wallClock(new Date(instant));
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - instant;
};

/** "2027-03-01T09:00" (a datetime-local input) read in Santiago; null when not such a date. */
export function fromSantiagoLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(naive) || mo < 1 || mo > 12 || new Date(naive).getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Two passes settle the offset of that very instant, also next to a DST switch.
  let instant = naive - offsetAt(naive);
  instant = naive - offsetAt(instant);
  return new Date(instant);
}

/** The value a datetime-local input shows for an instant, in Santiago. */
export function toSantiagoLocal(instant: Date): string {
  const w = wallClock(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.y}-${two(w.mo)}-${two(w.d)}T${two(w.h)}:${two(w.mi)}`;
}
