// Strings of participation's the citizen oversight body (órgano contralor ciudadano).
export const participationOversight = {
  es: {
  },
  en: {
  },
};
