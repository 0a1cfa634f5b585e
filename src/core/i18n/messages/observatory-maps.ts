// Strings of the observatory's maps area (issue 9).
export const observatoryMaps = {
  es: {
  },
  en: {
  },
};
