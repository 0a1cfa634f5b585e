// Starts the HTTP server: listen, and shut down gracefully on SIGINT/SIGTERM (in-flight requests finish,
// open transactions commit or roll back, the embedded database is closed cleanly).
import { loadConfig, ConfigError } from './core/config.js';
import { openAndPrepare } from './core/boot.js';
import { DatabaseUnavailableError } from './core/db/client.js';
import { DataDirInUseError } from './core/db/lock.js';
import { buildApp } from './app.js';
import { MODULES } from './modules.js';

async function main() {
  const config = loadConfig();
  const opened = await openAndPrepare(config, { role: 'server', modules: MODULES, log: (m) => console.log(m) });
  const app = await buildApp(config, opened.database);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Cabildo on ${config.baseUrl} (${opened.database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`);
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirInUseError || err instanceof DatabaseUnavailableError) {
    console.error(err.message);
    process.exit(err instanceof ConfigError ? 78 : 69); // EX_CONFIG, EX_UNAVAILABLE (sysexits.h)
  }
  console.error('Cabildo could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
