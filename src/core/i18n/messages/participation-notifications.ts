// Strings of participation's notifications.
export const participationNotifications = {
  es: {
  },
  en: {
  },
};
