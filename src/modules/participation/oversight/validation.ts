// The fields of the oversight body's forms and API bodies, one TypeBox definition each (DESIGN.md convention 6), and
// the checks a schema cannot express (a real calendar date, an instant typed in Chile's wall clock).
import { Type } from '@sinclair/typebox';
import { toDayNumber } from '../../../core/calendar/calendar-date.js';
import { fromSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { OBSERVATION_TARGETS } from './schema.js';

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const DateField = Type.String({ pattern: DATE, description: 'A calendar date in Chile, YYYY-MM-DD' });
/** Ley 19.880 art. 24: informes are due within 10 días (hábiles, art. 25); the default answer period, a setting. */
export const DEFAULT_ANSWER_DAYS = 10;

export const BodyFields = {
  seats: Type.Integer({ minimum: 1, maximum: 50, description: 'Members per term' }),
  termMonths: Type.Integer({ minimum: 1, maximum: 60, description: 'Length of every term, in months' }),
  answerDays: Type.Integer({ minimum: 1, maximum: 60, description: 'Business days the institution has to answer an observation' }),
};

export const DrawFields = {
  termStart: DateField,
  closesAt: Type.String({ minLength: 16, maxLength: 40, description: 'When volunteering closes: ISO 8601, or YYYY-MM-DDTHH:MM in Santiago' }),
};
/** The API takes the commitment itself; the page takes the seed and keeps only its hash. */
export const SeedHashField = Type.String({ pattern: '^[0-9a-fA-F]{64}$', description: 'SHA-256 (hex) of the secret seed' });
export const SeedField = Type.String({ minLength: 16, maxLength: 200, description: 'The seed whose SHA-256 was announced' });

export const ObservationFields = {
  targetType: Type.Union(OBSERVATION_TARGETS.map((t) => Type.Literal(t))),
  targetId: Type.Optional(Type.Integer({ minimum: 1, description: 'A commitment\'s id' })),
  targetRef: Type.Optional(Type.String({ maxLength: 200, description: 'A budget line "cube:tipo:partida.capítulo.programa.subtítulo.ítem.asignación" or an OCDS ocid' })),
  title: Type.String({ minLength: 5, maxLength: 200 }),
  body: Type.String({ minLength: 20, maxLength: 5000 }),
};

export const MessageFields = {
  body: Type.String({ minLength: 2, maxLength: 5000 }),
  url: Type.Optional(Type.String({ maxLength: 500, pattern: '^https?://\\S+$' })),
};

export const ReportFields = {
  title: Type.String({ minLength: 5, maxLength: 200 }),
  periodFrom: DateField,
  periodTo: DateField,
  body: Type.String({ minLength: 20, maxLength: 20000 }),
};

export const isCalendarDate = (value: string) => {
  try { toDayNumber(value); return true; } catch { return false; }
};

/** An ISO 8601 instant with its offset, or a wall-clock time in Santiago as a datetime-local input sends it. */
export function parseInstant(value: string): Date | null {
  const local = fromSantiagoLocal(value);
  if (local) return local;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
