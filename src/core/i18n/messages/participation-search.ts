// Strings of participation's search.
export const participationSearch = {
  es: {
  },
  en: {
  },
};
