// Strings of the budget module's the officials' pages: upload with progress, technology rules, deflators.
export const budgetAdmin = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
