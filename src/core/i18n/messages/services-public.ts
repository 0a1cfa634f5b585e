// Strings of the incubator's public area (issue 10).
export const servicesPublic = {
  es: {
  },
  en: {
  },
};
