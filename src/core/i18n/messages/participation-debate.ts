// Strings of participation's debate.
export const participationDebate = {
  es: {
  },
  en: {
  },
};
