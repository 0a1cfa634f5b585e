// The Transparencia box from hand-stated facts: each item on its own, the completeness count and the missing list.
import { describe, expect, it } from 'vitest';
import { buildBox, type BoxFacts } from './box.js';

const none: BoxFacts = { slug: 'permisos', repository: null, riskAnalysisUrl: null, accessibility: null, accessibilityUrl: null, hasBudget: false, hasUsage: false, hasImpact: false };
const all: BoxFacts = { slug: 'permisos', repository: 'https://github.com/muni/permisos', riskAnalysisUrl: 'https://muni.cl/riesgos.pdf', accessibility: 'partially',
  accessibilityUrl: 'https://muni.cl/accesibilidad', hasBudget: true, hasUsage: true, hasImpact: true };

describe('the transparency box', () => {
  it('has nothing available without facts: 0/6, every item missing, no links', () => {
    const box = buildBox(none);
    expect(box.available).toBe(0);
    expect(box.total).toBe(6);
    expect(box.missing).toEqual(['code', 'budget', 'usage', 'impact', 'risk', 'accessibility']);
    expect(box.items.every((i) => !i.available && i.url === null)).toBe(true);
  });

  it('is complete with every fact, each item linking where it is published', () => {
    const box = buildBox(all);
    expect(box.available).toBe(6);
    expect(box.missing).toEqual([]);
    expect(Object.fromEntries(box.items.map((i) => [i.key, i.url]))).toEqual({
      code: 'https://github.com/muni/permisos', budget: '/servicios/permisos/presupuesto', usage: '/servicios/permisos/estadisticas',
      impact: '/servicios/permisos/estadisticas', risk: 'https://muni.cl/riesgos.pdf', accessibility: 'https://muni.cl/accesibilidad',
    });
    expect(box.items.find((i) => i.key === 'accessibility')!.status).toBe('partially');
  });

  it.each([
    ['code', { repository: 'https://git.example/x' }],
    ['budget', { hasBudget: true }],
    ['usage', { hasUsage: true }],
    ['impact', { hasImpact: true }],
    ['risk', { riskAnalysisUrl: 'https://x.cl/r' }],
    ['accessibility', { accessibility: 'not_compliant' }],
  ] as const)('counts %s alone as 1/6', (key, fact) => {
    const box = buildBox({ ...none, ...fact });
    expect(box.available).toBe(1);
    expect(box.items.filter((i) => i.available).map((i) => i.key)).toEqual([key]);
    expect(box.missing).not.toContain(key);
  });

  it('counts a declared accessibility status without its statement, with no link', () => {
    const item = buildBox({ ...none, accessibility: 'fully' }).items.find((i) => i.key === 'accessibility')!;
    expect(item).toEqual({ key: 'accessibility', available: true, url: null, status: 'fully' });
  });

  it('ignores a statement link when no status is declared, and an empty repository', () => {
    const box = buildBox({ ...none, accessibilityUrl: 'https://x.cl/a', repository: '' });
    expect(box.available).toBe(0);
    expect(box.items.find((i) => i.key === 'accessibility')!.url).toBeNull();
  });

  it('counts four of six, missing items named in the box order', () => {
    const box = buildBox({ ...all, hasBudget: false, riskAnalysisUrl: null });
    expect(`${box.available}/${box.total}`).toBe('4/6');
    expect(box.missing).toEqual(['budget', 'risk']);
  });
});
