// Strings of transparency's documents attached to answers and their redactions.
export const transparencyDocuments = {
  es: {
  },
  en: {
  },
};
