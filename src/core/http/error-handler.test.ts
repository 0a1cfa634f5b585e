import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { installErrorHandlers } from './error-handler.js';

async function appThrowing(error: unknown) {
  const app = Fastify({ logger: false });
  installErrorHandlers(app);
  app.get('/api/v1/boom', async () => { throw error; });
  await app.ready();
  return app;
}

describe('error handler', () => {
  it('reports a unique violation lost in a race (even wrapped by Drizzle) as 409, not 500', async () => {
    const wrapped = Object.assign(new Error('Failed query: insert …'), { cause: Object.assign(new Error('duplicate key'), { code: '23505' }) });
    const res = await (await appThrowing(wrapped)).inject({ url: '/api/v1/boom' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('conflict');
  });

  it('hides unexpected errors behind a 500 without details', async () => {
    const res = await (await appThrowing(new Error('secret internals at /srv/x.ts:12'))).inject({ url: '/api/v1/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal', message: expect.any(String) });
    expect(res.body).not.toContain('secret internals');
  });
});
