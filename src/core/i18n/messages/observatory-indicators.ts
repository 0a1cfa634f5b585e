// Strings of the observatory's indicators area (issue 9).
export const observatoryIndicators = {
  es: {
  },
  en: {
  },
};
