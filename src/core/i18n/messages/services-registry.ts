// Strings of the incubator's registry area (issue 10).
export const servicesRegistry = {
  es: {
  },
  en: {
  },
};
