// Strings of transparency's active transparency (Ley 20.285 art. 7): the structured pages and their updates.
export const transparencyActive = {
  es: {
  },
  en: {
  },
};
