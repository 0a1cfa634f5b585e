// Every table of the observatory module, for drizzle-kit and typed queries: each area keeps its own schema file.
export * from './indicators/schema.js';
export * from './index/schema.js';
export * from './adoption/schema.js';
export * from './publications/schema.js';
