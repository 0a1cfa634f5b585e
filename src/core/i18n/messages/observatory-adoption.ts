// Strings of the observatory's adoption area (issue 9).
export const observatoryAdoption = {
  es: {
  },
  en: {
  },
};
