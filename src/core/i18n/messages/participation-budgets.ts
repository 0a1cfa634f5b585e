// Strings of participation's participatory budgets (presupuestos participativos).
export const participationBudgets = {
  es: {
  },
  en: {
  },
};
