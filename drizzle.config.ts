import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/core/*/schema.ts', './src/modules/*/schema.ts'],
  out: './migrations',
  casing: 'snake_case',
  migrations: { prefix: 'timestamp' },
});
