// Strings of the auth pages.
export const auth = {
  es: {
  },
  en: {
  },
};
