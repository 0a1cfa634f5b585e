// Accessibility check with axe-core against WCAG 2.0/2.1/2.2 A and AA: serious and critical violations fail.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** Throws with a readable list (rule, impact, help, first offending elements) when a blocking violation is found. */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  if (blocking.length === 0) return;
  const report = blocking.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 3).map((n) => `      ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`);
  throw new Error(`axe found ${blocking.length} serious/critical violation(s) on ${label}:\n${report.join('\n')}`);
}
