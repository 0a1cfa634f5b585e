// Where processes live on the site (the URL map of the participation team brief).
import type { Component } from './schema.js';
export { processPath } from './present.js';

export const OVERVIEW_PATH = '/participacion';
export const SEARCH_PATH = '/participacion/buscar';
export const institutionProcessesPath = (slug: string) => `/instituciones/${slug}/participacion`;
export const newProcessPath = (slug: string) => `/instituciones/${slug}/participacion/procesos/nuevo`;
export const editProcessPath = (id: number) => `/participacion/procesos/${id}/editar`;

/** The listing page of each component inside a process (built by the areas that own them). */
const SEGMENTS: Record<Component, string> = { consultation: 'consultas', proposals: 'propuestas', vote: 'votaciones', debate: 'debate', budget: 'presupuestos' };
export const componentPath = (id: number, component: Component) => `/participacion/procesos/${id}/${SEGMENTS[component]}`;
