// The engagement demo on a fresh database after participation's (whose residents write and support the needs) and
// the registry's: two backlogs, one need past the threshold, one accepted with its answer, and the closed October
// survey whose public results are 40 responses averaging 5,8.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { seedDemoIfEmpty } from '../../../core/seed-demo.js';
import type { AppModule } from '../../../core/module.js';
import { participationModule } from '../../participation/index.js';
import { seedRegistryDemo } from '../registry/seed.js';
import { seedEngagementDemo } from './seed.js';
import { render } from 'preact-render-to-string';
import { translator } from '../../../core/i18n/index.js';
import { findServiceBySlug } from '../registry/queries.js';
import { loadEngagementSection } from './section.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const engagement = { name: 'services', plugin: async () => {}, seedDemo: async (tx) => seedEngagementDemo(tx, await seedRegistryDemo(tx)) } as AppModule;
  await seedDemoIfEmpty(t.database.db, [participationModule, engagement], () => {}, t.config);
}, 240_000);
afterAll(() => t.close());

describe('engagement demo seed', () => {
  it('gives the permits service a backlog: most supported first, one in evaluation, one accepted with its answer', async () => {
    const page = await t.app.inject({ url: '/servicios/permisos-edificacion-en-linea/necesidades' });
    expect(page.statusCode).toBe(200);
    const first = page.body.indexOf('No sé en qué estado va mi permiso');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(page.body.indexOf('Las observaciones al expediente'));
    expect(page.body).toContain('En evaluación');
    expect(page.body).toContain('En la lista de trabajo');
    expect(page.body).toContain('desde marzo las observaciones se notificarán por correo');
    expect(page.body).toContain('Apoyos: 27');
  });

  it('shows the closed survey\'s results: 40 responses, average 5,8, 93 % approval', async () => {
    const page = await t.app.inject({ url: '/servicios/permisos-edificacion-en-linea/satisfaccion' });
    expect(page.body).toMatch(/Nota promedio<\/dt><dd class="svc-grade">5,8<\/dd>/);
    expect(page.body).toMatch(/Respuestas<\/dt><dd>40<\/dd>/);
    expect(page.body).toMatch(/<dd>93\s?%<\/dd>/);
    const school = await t.app.inject({ url: '/servicios/asistente-postulacion-escolar/necesidades' });
    expect(school.body).toContain('No sé cuáles colegios cercanos tienen vacantes');
  });

  it('sums both up on the service page: the top three needs, the backlog\'s size, the latest public grade', async () => {
    const service = (await findServiceBySlug(t.database.db, 'permisos-edificacion-en-linea'))!;
    const ctx = { locale: 'es-CL' as const, t: translator('es-CL'), actor: null, csrfToken: '', url: '/' };
    const html = render(await loadEngagementSection(t.database.db, service, ctx) as never);
    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).not.toContain('Pagar los derechos municipales'); // the fourth, least supported
    expect(html).toContain('Ver las 4 necesidades y agregar la suya');
    expect(html).toContain('nota promedio 5,8 con 40 respuestas');
  });
});
