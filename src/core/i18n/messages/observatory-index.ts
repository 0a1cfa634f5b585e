// Strings of the observatory's index area (issue 9).
export const observatoryIndex = {
  es: {
  },
  en: {
  },
};
