// Strings of procurement's suppliers area (issue 8).
export const procurementSuppliers = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
