// Strings of transparency's the open-data catalogue: datasets, distributions, their pages and exports.
export const transparencyCatalogue = {
  es: {
  },
  en: {
  },
};
