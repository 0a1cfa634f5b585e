// The publications area of the observatory: policy briefs and reports (public pages, the PDF, the steward's forms
// with the upload in their own encapsulated plugin), panels and webinars, the JSON API and the Atom feed.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { publicationPageRoutes } from './routes.publications.js';
import { publicationEditorRoutes } from './routes.editor.js';
import { panelRoutes } from './routes.panels.js';
import { publicationApiRoutes } from './routes.api.js';

export async function publicationRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [publicationPageRoutes, publicationEditorRoutes, panelRoutes, publicationApiRoutes]) await app.register(routes, deps);
}
