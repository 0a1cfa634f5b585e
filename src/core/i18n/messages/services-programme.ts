// Strings of the incubator's programme area (issue 10).
export const servicesProgramme = {
  es: {
  },
  en: {
  },
};
