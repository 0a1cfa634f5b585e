// The engagement area's part of the public service page (/servicios/{slug}, public/): the top needs and the latest
// public satisfaction grade, each with the link to its page (views/section.tsx).
import { h, type ComponentChildren } from 'preact';
import type { DbOrTx } from '../../../core/db/client.js';
import type { ViewContext } from '../../../core/views/context.js';
import type { ServiceRecord } from '../registry/queries.js';
import { findBacklog, listSurveys } from './queries.js';
import { EngagementSection } from './views/section.js';

export async function loadEngagementSection(db: DbOrTx, service: ServiceRecord, ctx: ViewContext): Promise<ComponentChildren> {
  const { rows, total } = await findBacklog(db, service.needsProcessId, 3);
  // The latest survey whose results are public (of the last few: an older one is stale news on the service page).
  const surveys = await listSurveys(db, service.id, new Date(), 4);
  const survey = surveys.find((s) => s.results?.averageTenths != null) ?? null;
  return h(EngagementSection, { ctx, slug: service.slug, needs: rows.slice(0, 3), total, survey, anySurvey: surveys.length > 0 });
}
