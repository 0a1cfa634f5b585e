// Strings of procurement's bids area (issue 8).
export const procurementBids = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
