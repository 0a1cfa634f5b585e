// Strings of the budget module's the explorer, technology lens and year comparison pages.
export const budgetExplorer = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
