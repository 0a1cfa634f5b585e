// /api/docs: a server-rendered reference of the JSON API, generated from the same OpenAPI document served at
// /api/v1/openapi.json (no JavaScript bundle, so it passes the strict CSP and works on a weak connection).
import type { FastifyInstance } from 'fastify';
import { Layout } from '../views/layout.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export async function apiDocsRoutes(app: FastifyInstance) {
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/docs', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.view();
    const { t } = ctx;
    const doc = app.swagger() as { paths?: Record<string, Record<string, { summary?: string; tags?: string[] }>> };
    const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({ method: m.toUpperCase(), path, summary: item[m].summary ?? '' })));
    return reply.html(
      <Layout ctx={ctx} title={t('api.docs.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('api.docs.title') }]}>
        <h1>{t('api.docs.title')}</h1>
        <p>{t('api.docs.lead')} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p>
        <p>{t('api.docs.auth')}</p>
        <h2>{t('api.docs.operations')}</h2>
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t('api.docs.operations')}>
          <table>
            <thead><tr><th scope="col">{t('api.docs.method')}</th><th scope="col">{t('api.docs.path')}</th><th scope="col">{t('api.docs.summary')}</th></tr></thead>
            <tbody>{ops.map((o) => <tr><td><code>{o.method}</code></td><td><code>{o.path}</code></td><td>{o.summary}</td></tr>)}</tbody>
          </table>
        </div>
      </Layout>,
    );
  });
}
