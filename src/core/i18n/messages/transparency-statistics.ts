// Strings of transparency's deadline reminders, overdue flags, per-institution statistics, and the institution's extra holidays.
export const transparencyStatistics = {
  es: {
  },
  en: {
  },
};
