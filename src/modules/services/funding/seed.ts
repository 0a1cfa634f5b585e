// The funding area's demo (issue 10), on the registry's demo services.
import type { Tx } from '../../../core/db/client.js';
import type { DemoServices } from '../registry/seed.js';

export async function seedFundingDemo(_tx: Tx, _services: DemoServices): Promise<void> {}
