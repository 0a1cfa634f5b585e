// Strings of procurement's ocds area (issue 8).
export const procurementOcds = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
