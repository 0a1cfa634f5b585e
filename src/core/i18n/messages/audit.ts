// Strings of the audit pages.
export const audit = {
  es: {
  },
  en: {
  },
};
