// Strings of the budget module's downloads: Fiscal Data Package, streamed CSV and JSON.
export const budgetDownloads = {
  es: {
  },
  en: {
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
