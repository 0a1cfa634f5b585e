// Starts Cabildo in this process on a free loopback port with a fresh database (the integration-test harness),
// so a journey talks to a real HTTP server. BASE_URL is the real address, so links in emails work as sent.
import { createServer } from 'node:net';
import { createTestApp, type TestApp } from '../../src/test-support/app.js';

export interface RunningApp extends TestApp {
  baseUrl: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const test = await createTestApp({ BASE_URL: baseUrl, ...env });
  await test.app.listen({ port, host: '127.0.0.1' });
  return { ...test, baseUrl };
}
