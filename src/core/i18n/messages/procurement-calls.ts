// Strings of procurement's calls area (issue 8).
export const procurementCalls = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
