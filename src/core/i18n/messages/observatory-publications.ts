// Strings of the observatory's publications area (issue 9).
export const observatoryPublications = {
  es: {
  },
  en: {
  },
};
