// The pages without JavaScript, per role: a call's contracts with the signing form, a contract's page with the
// officials' forms (303 on success, 422 with the values kept), the call-offs of an agreement with the placing form, and
// a call-off's page with the quote form for admitted suppliers' representatives only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, formPost, type ActorKind, type Browser } from '../../../test-support/people.js';
import { toSantiagoDate } from '../../../core/calendar/calendar-date.js';
import { createTestSupplier } from '../test-support.js';
import { createAwardedCall, type AwardedCall } from './test-support.js';

let t: TestApp;
let official: Browser;
let call: AwardedCall;
beforeAll(async () => {
  t = await createTestApp();
  official = (await ACTORS.procurementOfficial(t))!;
  call = await createAwardedCall(t);
}, 240_000);
afterAll(async () => { await t.close(); });

const cookie = (b: Browser) => Object.entries(b.cookies).map(([k, v]) => `${k}=${v}`).join('; ');
const page = (url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, headers: b ? { cookie: cookie(b) } : {} });
const post = (url: string, b: Browser | null, fields: Array<[string, string]>) => t.app.inject({ url, ...formPost(b, fields), ...(b ? { headers: { ...formPost(b, fields).headers, cookie: cookie(b) } } : {}) });
const base = () => `/instituciones/temuco/compras/llamados/${call.id}`;
const ROLES: Array<[ActorKind, boolean]> = [['resident', false], ['participationOfficial', false], ['otherOfficial', false], ['procurementOfficial', true], ['admin', true]];

describe('a call\'s contracts and a contract\'s page', () => {
  it('lists contracts for everyone and shows the signing links to the institution\'s officials only', async () => {
    expect((await page(`${base()}/contratos`)).statusCode).toBe(200);
    expect((await page(`/instituciones/valdivia/compras/llamados/${call.id}/contratos`)).statusCode).toBe(404);
    for (const [kind, forms] of ROLES) {
      const res = await page(`${base()}/contratos?adjudicacion=${call.awardIds[0]}`, await ACTORS[kind](t));
      expect(res.body.includes('name="awardId"'), kind).toBe(forms);
    }
  });

  it('signs through the form, keeps the values on a refusal, and executes the call-off\'s contract on its page', async () => {
    const sign = (b: Browser | null, amount: string) => post(`${base()}/contratos`, b, [['awardId', String(call.awardIds[0])], ['title', 'Convenio con el proveedor'],
      ['amount', amount], ['periodStart', '2030-02-01'], ['periodEnd', '2030-12-31'], ['budgetLine', '']]);
    expect((await sign(await ACTORS.resident(t), '1000')).statusCode).toBe(403);
    const refused = await sign(official, '50000001');
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('supera el presupuesto del lote');
    expect(refused.body).toContain('value="Convenio con el proveedor"');
    const signed = await sign(official, '50000000');
    expect(signed.statusCode).toBe(303);
    const contractUrl = signed.headers.location as string;
    const agreement = await page(contractUrl, official);
    expect(agreement.body).toContain('Convenio con el proveedor');
    expect(agreement.body).toContain('se ejecuta mediante sus órdenes de compra');
    expect(agreement.body).not.toContain('/pagos"');

    // A direct call-off through the placing form, then its contract, milestone and payment through their forms.
    const placed = await post(`${base()}/ordenes`, official, [['lotId', String(call.lotId)], ['title', 'Mesa de ayuda 2030'], ['description', ''], ['method', 'direct'],
      ['maxAmount', '4000000'], ['supplierId', String(call.suppliers[1]!.id)], ['quotesUntil', '']]);
    expect(placed.statusCode, placed.body).toBe(303);
    const callOffUrl = placed.headers.location as string;
    const callOffPage = await page(callOffUrl, official);
    expect(callOffPage.body).toContain('Emitida');
    const contract = await post(`${callOffUrl}/contrato`, official, [['title', 'Mesa de ayuda 2030'], ['amount', '4000000'], ['periodStart', '2030-02-01'],
      ['periodEnd', '2030-06-30'], ['budgetLine', '22.11.003']]);
    expect(contract.statusCode, contract.body).toBe(303);
    const url = contract.headers.location as string;
    expect((await post(`${url}/hitos`, official, [['milestoneTitle', 'Puesta en marcha'], ['milestoneDue', '2030-03-01'], ['milestoneAmount', '']])).statusCode).toBe(303);
    const badPayment = await post(`${url}/pagos`, official, [['paymentMilestone', ''], ['paymentAmount', '4000001'], ['paidOn', toSantiagoDate(new Date())], ['paymentBudgetLine', '']]);
    expect(badPayment.statusCode).toBe(422);
    expect(badPayment.body).toContain('superarían el monto del contrato');
    expect(badPayment.body).toContain('value="4000001"');
    expect((await post(`${url}/pagos`, official, [['paymentMilestone', ''], ['paymentAmount', '1500000'], ['paidOn', toSantiagoDate(new Date())], ['paymentBudgetLine', '']])).statusCode).toBe(303);
    const publicPage = await page(url);
    expect(publicPage.body).toContain('$1.500.000');
    expect(publicPage.body).toContain('Puesta en marcha');
    expect(publicPage.body).not.toContain('/pagos"');
    for (const [kind, forms] of ROLES) expect((await page(url, await ACTORS[kind](t))).body.includes(`action="${url}/pagos"`), kind).toBe(forms);
    expect((await post(`${url}/termino`, await ACTORS.otherOfficial(t), [['reason', 'Sin motivo']])).statusCode).toBe(403);
  });
});

describe('call-offs pages', () => {
  it('shows the placing form to officials and the quote form to admitted suppliers\' representatives only', async () => {
    for (const [kind, forms] of ROLES) expect((await page(`${base()}/ordenes`, await ACTORS[kind](t))).body.includes('name="maxAmount"'), kind).toBe(forms);
    const until = new Date(Date.now() + 3600_000);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Santiago', dateStyle: 'short', timeStyle: 'short' }).format(until).replace(' ', 'T');
    const placed = await post(`${base()}/ordenes`, official, [['lotId', String(call.lotId)], ['title', 'Nueva competencia de soporte'], ['method', 'mini_competition'],
      ['maxAmount', '9000000'], ['supplierId', ''], ['quotesUntil', local]]);
    expect(placed.statusCode, placed.body).toBe(303);
    const url = placed.headers.location as string;
    // The call-offs as cards, not a six-column table that scrolls sideways on a phone; the lots' table has three columns.
    const list = (await page(`${base()}/ordenes`)).body;
    expect(list).toMatch(/<li class="card"><h3><a href="\/compras\/ordenes\/\d+">Nueva competencia de soporte<\/a><\/h3>/);
    expect(/<table[\s\S]*?<\/table>/.exec(list)![0].match(/<th scope="col"/g)).toHaveLength(3);
    const outsider = await createTestSupplier(t);
    expect((await page(url, call.suppliers[0]!.rep)).body).toContain(`action="${url}/cotizacion"`);
    expect((await page(url, outsider.rep)).body).not.toContain('/cotizacion"');
    expect((await page(url)).body).toContain('reservadas hasta el cierre');
    // The breadcrumbs lead back through the institution, as every institution page's do.
    const crumbs = /<nav class="breadcrumbs"[^>]*>([\s\S]*?)<\/nav>/.exec((await page(url)).body)![1]!;
    expect(crumbs).toMatch(/<li><a href="\/">[^<]+<\/a><\/li><li><a href="\/instituciones\/temuco">[^<]+<\/a><\/li><li><a href="\/instituciones\/temuco\/compras\/llamados\/\d+">/);
    expect((await post(`${url}/cotizacion`, outsider.rep, [['supplierId', String(outsider.id)], ['amount', '100']])).statusCode).toBe(403);
    const over = await post(`${url}/cotizacion`, call.suppliers[0]!.rep, [['supplierId', String(call.suppliers[0]!.id)], ['amount', '9000001']]);
    expect(over.statusCode).toBe(422);
    expect((await post(`${url}/cotizacion`, call.suppliers[0]!.rep, [['supplierId', String(call.suppliers[0]!.id)], ['amount', '8000000']])).statusCode).toBe(303);
    expect((await page(url, call.suppliers[0]!.rep)).body).toContain('Su cotización');
    expect((await page(url)).body).not.toContain('$8.000.000');
    expect((await post(`${url}/adjudicar`, call.suppliers[0]!.rep, [])).statusCode).toBe(403);
    expect((await post(`${url}/anular`, official, [['reason', 'Se posterga']])).statusCode).toBe(303);
    expect((await page(url)).body).toContain('Orden anulada: Se posterga');
    expect((await page(`${base()}/ordenes?lang=en`)).body).toContain('Call-offs');
  });
});
