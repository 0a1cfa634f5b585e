// Strings of the incubator's engagement area (issue 10).
export const servicesEngagement = {
  es: {
  },
  en: {
  },
};
