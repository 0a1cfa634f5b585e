// The home page: what Cabildo is, a search box for institutions, and the modules. No JavaScript, ≤ 50 KB.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client.js';
import { Layout } from './layout.js';
import { countInstitutionsByKind } from '../tenancy/queries.js';
import type { MessageKey } from '../i18n/index.js';
import { MODULES } from '../policy.js';
import type { LivePages } from '../module.js';

export async function homeRoutes(app: FastifyInstance, { db, livePages }: { db: Db; livePages: LivePages }) {
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.view();
    const { t } = ctx;
    const counts = await countInstitutionsByKind(db);
    return reply.html(
      <Layout ctx={ctx} title={t('home.title')}>
        <section class="hero">
          <h1>{t('home.title')}</h1>
          <p class="lead">{t('home.lead')}</p>
          <form method="get" action="/instituciones" class="search-form" role="search">
            <label for="home-q">{t('home.search')}</label>
            <div class="search-row">
              <input id="home-q" name="q" type="search" autoComplete="off" />
              <button type="submit" class="button button-primary">{t('home.searchButton')}</button>
            </div>
          </form>
        </section>
        <section>
          <h2>{t('home.institutions')}</h2>
          <p>{t('home.institutionsLead', { municipalities: counts.municipality ?? 0, regional: counts.regional_government ?? 0 })}{' '}
            <a href="/instituciones">{t('nav.institutions')} →</a></p>
        </section>
        <section>
          <h2>{t('home.modules')}</h2>
          <ul class="card-grid">
            {MODULES.map((m) => (
              <li class="card">
                <h3>{livePages[m] ? <a href={livePages[m].overview}>{t(`module.${m}` as MessageKey)}</a> : t(`module.${m}` as MessageKey)}</h3>
                <p>{t(`module.${m}.lead` as MessageKey)}</p>
                {!livePages[m] && <p class="tag">{t('module.comingSoon')}</p>}
              </li>
            ))}
          </ul>
        </section>
      </Layout>,
    );
  });
}
