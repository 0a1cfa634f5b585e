// Strings of participation's consultations.
export const participationConsultations = {
  es: {
  },
  en: {
  },
};
