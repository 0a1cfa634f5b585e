// The registry's demo: incubators and a handful of services at different phases (registry area, issue 10).
import type { Tx } from '../../../core/db/client.js';

/** The demo services by slug → id, for the other areas' demo seeds. */
export type DemoServices = Map<string, number>;

export async function seedRegistryDemo(_tx: Tx): Promise<DemoServices> {
  return new Map();
}
