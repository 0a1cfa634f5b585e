// Strings of the incubator's impact area (issue 10).
export const servicesImpact = {
  es: {
  },
  en: {
  },
};
