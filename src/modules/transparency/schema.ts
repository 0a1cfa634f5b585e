// Every table of the transparency module, for drizzle-kit and typed queries: each area keeps its own schema file.
export * from './requests/schema.js';
export * from './catalogue/schema.js';
export * from './documents/schema.js';
export * from './statistics/schema.js';
export * from './active/schema.js';
