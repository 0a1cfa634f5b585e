// The results' explanations count people in the reader's language: one voter, several voters, in Spanish and English
// (Intl.PluralRules picks the sentence; "its 1 voters" was the bug this guards).
import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../../core/i18n/index.js';
import type { ViewContext } from '../../../core/views/context.js';
import type { Explanation } from './tally/index.js';
import { plural, sharesText, whyFunded, whyNotFunded } from './explain-text.js';

const ctx = (locale: Locale) => ({ locale, t: translator(locale), actor: null, csrfToken: '', url: '/' }) as ViewContext;
const title = (id: string) => ({ a: 'Plaza Labranza', b: 'Ciclovía Pedro de Valdivia' })[id] ?? id;
const short = (supporters: number): Explanation['unfunded'][number] => ({ id: 'c', cost: 40_000_000, supporters, reason: 'supporters-short',
  supportersMoney: 10_000_000, spentOn: [{ id: 'a' }] } as Explanation['unfunded'][number]);
const mes = (supporters: number, payers: number, spentOut: number) => ({ id: 'a', cost: 30_000_000, supporters, by: 'mes', round: 1, payers,
  payersSpentOut: spentOut } as Explanation['funded'][number]);
const shares = (voters: number, nothing: number) => ({ budget: 100, funded: [], unfunded: [],
  shares: { endowment: 5_000_000, voters, spentNothing: nothing, spent: { min: 0, p25: 0, median: 4_000_000, p75: 0, max: 0 } } }) as Explanation;

describe('counts in the explanations', () => {
  it('are singular for one and plural otherwise, in Spanish', () => {
    const es = ctx('es-CL');
    expect(whyNotFunded(es, short(1), 100_000_000, title)).toBe('su 1 votante ya había gastado su parte en «Plaza Labranza»; le quedaban $10.000.000 de los $40.000.000 que cuesta.');
    expect(whyNotFunded(es, short(6), 100_000_000, title)).toMatch(/^sus 6 votantes ya habían gastado su parte/);
    expect(whyFunded(es, mes(1, 1, 1))).toBe('en la ronda 1, su 1 votante pagó los $30.000.000 que cuesta con su parte del presupuesto (1 pagó; 1 de ellos gastó todo lo que le quedaba).');
    expect(whyFunded(es, mes(6, 5, 0))).toContain('sus 6 votantes pagaron los $30.000.000 que cuesta con partes iguales de su presupuesto (5 pagaron; 0 de ellos gastaron todo lo que les quedaba)');
    expect(whyFunded(es, { id: 'a', cost: 1, supporters: 1, by: 'greedy' })).toMatch(/^con 1 voto le llegó/);
    expect(whyNotFunded(es, { id: 'c', cost: 1, supporters: 1, reason: 'did-not-fit', budgetLeft: 0 }, 100, title)).toContain('con 1 voto,');
    expect(sharesText(es, shares(1, 0))).toBe('La única persona que votó recibió todo el presupuesto, $5.000.000, para pagar los proyectos que apoyó, y gastó $4.000.000.');
    expect(sharesText(es, shares(1_000_000, 1))).toContain('Cada una de las 1.000.000 personas que votaron'); // CLDR "many": the plural sentence
    expect(sharesText(es, shares(20, 1))).toContain('1 no gastó nada');
    expect(plural(es, 'participation.budget.results.paidByGroup', 1, { payers: 1 })).toBe('Su 1 votante, con su parte');
    expect(plural(es, 'participation.budget.results.paidByGroup', 6, { payers: 6 })).toBe('Sus 6 votantes, con partes iguales');
  });

  it('are singular for one and plural otherwise, in English', () => {
    const en = ctx('en');
    expect(whyNotFunded(en, short(1), 100_000_000, title)).toBe('its 1 voter had already spent their share on “Plaza Labranza”; they had $10,000,000 left of the $40,000,000 it costs.');
    expect(whyNotFunded(en, short(6), 100_000_000, title)).toMatch(/^its 6 voters had already/);
    expect(whyNotFunded(en, { ...short(1), spentOn: [] }, 100_000_000, title)).toBe('its 1 voter held $10,000,000, less than the $40,000,000 it costs.');
    expect(whyFunded(en, mes(1, 1, 0))).toBe('in round 1, its 1 voter paid its $30,000,000 with their share of the budget (1 paid; 0 of them spent all they had left).');
    expect(whyFunded(en, mes(6, 5, 2))).toMatch(/^in round 1, its 6 voters paid/);
    expect(whyFunded(en, { id: 'a', cost: 1, supporters: 1, by: 'greedy' })).toMatch(/^with 1 vote its turn/);
    expect(whyFunded(en, { id: 'a', cost: 1, supporters: 0, by: 'greedy' })).toMatch(/^with 0 votes its turn/);
    expect(sharesText(en, shares(1, 0))).toMatch(/^The only person who voted received the whole budget/);
    expect(sharesText(en, shares(6, 2))).toMatch(/^Each of the 6 people who voted .* Half spent at least \$4,000,000; 2 spent nothing/);
    expect(plural(en, 'participation.budget.results.paidByGroup', 1, { payers: 1 })).toBe('Its 1 voter, with their share');
    expect(plural(en, 'participation.budget.results.paidByGroup', 6, { payers: 6 })).toBe('Its 6 voters, with equal shares');
  });
});
