// What the impact routes share: the service by slug (404 otherwise), the managers' check (policy.ts canManageService:
// the lead official, the incubator's and sponsors' 'services' officials, admins), and the reports of its indicators.
import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../../core/db/client.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { findServiceBySlug, type ServiceRecord } from '../registry/queries.js';
import { canManageService } from '../policy.js';
import { currentMonthInChile, listIndicatorsWithSeries } from './queries.js';
import { reportOf } from './present.js';

export async function serviceOf(db: DbOrTx, slug: string): Promise<ServiceRecord> {
  const service = await findServiceBySlug(db, slug);
  if (!service) throw notFound();
  return service;
}

/** 401 for nobody, 403 for anyone who may not manage the service. */
export function mustManage(request: FastifyRequest, service: ServiceRecord) {
  if (!canManageService(request.actor, service.parties)) throw denied(!!request.actor);
}

export async function reportsOf(db: DbOrTx, serviceId: number, currentMonth = currentMonthInChile()) {
  return (await listIndicatorsWithSeries(db, serviceId)).map((i) => reportOf(i, currentMonth));
}
