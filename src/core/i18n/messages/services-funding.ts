// Strings of the incubator's funding area (issue 10).
export const servicesFunding = {
  es: {
  },
  en: {
  },
};
