// Strings of procurement's contracts area (issue 8).
export const procurementContracts = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
