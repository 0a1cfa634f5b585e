// Every table of the participation module, for drizzle-kit and typed queries: each area keeps its own schema file.
export * from './processes/schema.js';
export * from './votes/schema.js';
export * from './consultations/schema.js';
export * from './proposals/schema.js';
export * from './debate/schema.js';
export * from './notifications/schema.js';
export * from './budgets/schema.js';
export * from './commitments/schema.js';
export * from './oversight/schema.js';
