// Every table of the core, for Drizzle's typed queries and drizzle-kit. Modules add their own schema.ts.
export * from '../tenancy/schema.js';
export * from '../auth/schema.js';
export * from '../audit/schema.js';
export * from '../identity/schema.js';
export * from '../calendar/schema.js';
