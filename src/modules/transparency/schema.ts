// Every table of the transparency module, for drizzle-kit and typed queries: each area keeps its own schema file.
export * from './requests/schema.js';
