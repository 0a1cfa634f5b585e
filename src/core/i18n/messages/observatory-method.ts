// Strings of the observatory's method area (issue 9).
export const observatoryMethod = {
  es: {
  },
  en: {
  },
};
