// Strings of transparency's information requests: filing, the public page and timeline, the requester's private page, the officials' desk.
export const transparencyRequests = {
  es: {
  },
  en: {
  },
};
