// Starts Cabildo in this process on a free loopback port with a fresh database (the integration-test harness),
// so a journey talks to a real HTTP server. BASE_URL is the real address, so links in emails work as sent.
import { createServer } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import { createTestApp, type TestApp } from '../../src/test-support/app.js';
import { browserFor } from '../../src/test-support/people.js';

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

/** Signs a browser context in as a person: their session cookies, set on the app's address (no sign-in form). */
export async function signInAs(app: RunningApp, context: BrowserContext, personId: number): Promise<void> {
  await context.addCookies(Object.entries((await browserFor(app, personId)).cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })));
}
