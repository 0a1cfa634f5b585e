// The URLs of information requests (the transparency URL map), in one place for routes, views, mails and present.
export const transparencyPath = (slug: string) => `/instituciones/${slug}/transparencia`;
export const requestsPath = (slug: string) => `${transparencyPath(slug)}/solicitudes`;
export const requestPath = (slug: string, folio: string) => `${requestsPath(slug)}/${folio}`;
export const workspacePath = (slug: string, folio: string) => `${requestPath(slug, folio)}/gestion`;
export const inboxPath = (slug: string) => `${transparencyPath(slug)}/bandeja`;
export const FOLLOW_UP_PATH = '/transparencia/seguimiento';
export const followUpPath = (token: string) => `${FOLLOW_UP_PATH}/${token}`;
/** Where the requester appeals (amparo, Ley 20.285 art. 24): the Consejo para la Transparencia. */
export const COUNCIL_URL = 'https://www.consejotransparencia.cl';
