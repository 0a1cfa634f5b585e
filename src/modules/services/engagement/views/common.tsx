// What the engagement pages share: their addresses and a form's state.

export const servicePath = (slug: string) => `/servicios/${slug}`;
export const needsPath = (slug: string) => `/servicios/${slug}/necesidades`;
export const satisfactionPath = (slug: string) => `/servicios/${slug}/satisfaccion`;

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

