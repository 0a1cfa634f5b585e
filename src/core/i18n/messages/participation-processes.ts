// Strings of participation's processes.
export const participationProcesses = {
  es: {
  },
  en: {
  },
};
