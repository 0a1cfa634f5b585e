// The impact area's part of the public service page (/servicios/{slug}, public/): null when it has nothing to show.
import type { ComponentChildren } from 'preact';
import type { DbOrTx } from '../../../core/db/client.js';
import type { ViewContext } from '../../../core/views/context.js';
import type { ServiceRecord } from '../registry/queries.js';

export async function loadImpactSection(_db: DbOrTx, _service: ServiceRecord, _ctx: ViewContext): Promise<ComponentChildren> {
  return null;
}
