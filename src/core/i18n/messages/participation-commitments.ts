// Strings of participation's accountability: commitments and action plans (compromisos, planes de acción).
export const participationCommitments = {
  es: {
  },
  en: {
  },
};
