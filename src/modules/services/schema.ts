// Every table of the services module, for drizzle-kit and typed queries: each area keeps its own schema file.
export * from './registry/schema.js';
export * from './impact/schema.js';
export * from './reviews/schema.js';
export * from './engagement/schema.js';
export * from './funding/schema.js';
