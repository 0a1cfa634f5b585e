// The modules of this installation, in navigation order, listed by hand (DESIGN.md). Each arrives with its issue.
import type { AppModule } from './core/module.js';
import { budgetModule } from './modules/budget/index.js';
import { procurementModule } from './modules/procurement/index.js';
import { participationModule } from './modules/participation/index.js';
import { transparencyModule } from './modules/transparency/index.js';
import { observatoryModule } from './modules/observatory/index.js';
import { servicesModule } from './modules/services/index.js';

export const MODULES: AppModule[] = [budgetModule, procurementModule, participationModule, transparencyModule, observatoryModule, servicesModule];
