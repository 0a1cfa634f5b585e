// The Chilean legal calendar: business days (días hábiles administrativos, Ley 19.880 art. 25) on Santiago calendar
// dates, with the national, regional and communal feriados, for the legal deadlines of transparency (Ley 20.285
// art. 14) and participation (oversight body). Deadlines carry their provenance: the days skipped and why.
export {
  endOfSantiagoDay, toSantiagoDate, type CalendarDate,
} from './calendar-date.js';
export { listHolidays, type CalendarOptions, type Holiday } from './holidays.js';
export { holidayCorrections, type HolidayCorrection } from './corrections.js';
export {
  addBusinessDays, businessDaysBetween, isBusinessDay, type Deadline, type SkippedDay,
} from './business-days.js';
export { findInstitutionCalendar } from './institution-calendar.js';
export { institutionHolidays } from './schema.js';
