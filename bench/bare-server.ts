// The yardstick: a bare Fastify route answering with a fixed HTML string as large as Cabildo's home page, so the
// ratio to it shows what Cabildo's own work (hooks, SQL, rendering, headers) costs on this machine.
// Run by bench/pages.ts: BENCH_HTML_FILE=<file> PORT=<port> node --import tsx bench/bare-server.ts
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';

const html = readFileSync(process.env.BENCH_HTML_FILE!, 'utf8');
const app = Fastify({ logger: false });
app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
