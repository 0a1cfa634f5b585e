// Strings of procurement's marketplace area (issue 8).
export const procurementMarketplace = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
