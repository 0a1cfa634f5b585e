// Every table of the procurement module, for drizzle-kit and typed queries: each area keeps its own schema file.
export * from './suppliers/schema.js';
export * from './calls/schema.js';
export * from './bids/schema.js';
export * from './evaluation/schema.js';
export * from './contracts/schema.js';
export * from './process/schema.js';
