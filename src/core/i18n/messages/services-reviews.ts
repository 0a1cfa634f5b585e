// Strings of the incubator's reviews area (issue 10).
export const servicesReviews = {
  es: {
  },
  en: {
  },
};
