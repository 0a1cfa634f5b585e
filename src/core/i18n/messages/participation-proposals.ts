// Strings of participation's proposals.
export const participationProposals = {
  es: {
  },
  en: {
  },
};
