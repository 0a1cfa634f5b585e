// Strings of procurement's evaluation area (issue 8).
export const procurementEvaluation = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
