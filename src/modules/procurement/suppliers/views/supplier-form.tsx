// The supplier's form, for registering and editing: identity, size (with Ley 20.416's thresholds in the hint),
// comuna, capabilities, then the joint venture's members and the references as numbered rows (blank rows are
// ignored), so it works without JavaScript. Errors come back next to their fields with every value kept.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { Checkboxes } from '../../../../core/views/components/checkboxes.js';
import { CATEGORIES } from '../../categories.js';
import { SUPPLIER_KINDS, SUPPLIER_SIZES } from '../schema.js';
import { MAX_MEMBERS, MAX_REFERENCES, MEMBER_KINDS } from '../validation.js';
import type { RegionComunas, SupplierDetail } from '../queries.js';
import { supplierUrl } from '../present.js';
import { categoryLabel, ComunaSelect, kindLabel, printRut, sizeLabel } from './parts.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

const MEMBER_FIELDS = ['rut', 'name', 'kind', 'size', 'comunaCode', 'naturalPerson', 'sharePercent'] as const;
const REFERENCE_FIELDS = ['client', 'description', 'year', 'amount'] as const;
const MAIN_FIELDS = ['kind', 'legalName', 'rut', 'size', 'comunaCode', 'description', 'website', 'categories', 'members', 'email'] as const;

/** Rows to show: those filled in, plus one or two blank ones to add more, within the form's limit. */
const rowCount = (values: Record<string, string>, prefix: string, max: number, min: number) => {
  let last = 0;
  for (let n = 1; n <= max; n++) if (Object.keys(values).some((k) => k.startsWith(`${prefix}.${n}.`) && values[k] && !/\.(kind|size|comunaCode)$/.test(k))) last = n;
  return Math.min(max, Math.max(min, last + 1));
};

/** Field name → label, for the error summary ("Integrante 2 · RUT: …"). */
export function fieldLabels(ctx: ViewContext): Record<string, string> {
  const { t } = ctx;
  const out: Record<string, string> = Object.fromEntries(MAIN_FIELDS.map((k) => [k, t(`procurement.supplier.field.${k}`)]));
  for (let n = 1; n <= MAX_MEMBERS; n++) for (const k of MEMBER_FIELDS) out[`members.${n}.${k}`] = `${t('procurement.supplier.memberN', { n })} · ${t(`procurement.supplier.member.${k}`)}`;
  for (let n = 1; n <= MAX_REFERENCES; n++) for (const k of REFERENCE_FIELDS) out[`references.${n}.${k}`] = `${t('procurement.supplier.referenceN', { n })} · ${t(`procurement.supplier.reference.${k}`)}`;
  return out;
}

function MemberRow({ ctx, n, form, regions }: { ctx: ViewContext; n: number; form: FormState; regions: RegionComunas[] }) {
  const { t } = ctx;
  const f = (k: string) => `members.${n}.${k}`;
  const v = (k: string) => form.values[f(k)];
  const e = (k: string) => form.errors?.[f(k)];
  return (
    <fieldset class="filters">
      <legend><strong>{t('procurement.supplier.memberN', { n })}</strong></legend>
      <Field name={f('rut')} label={t('procurement.supplier.member.rut')} value={v('rut')} error={e('rut')} />
      <Field name={f('name')} label={t('procurement.supplier.member.name')} value={v('name')} error={e('name')} />
      <Select name={f('kind')} label={t('procurement.supplier.member.kind')} value={v('kind')} error={e('kind')} options={MEMBER_KINDS.map((k) => ({ value: k, label: kindLabel(ctx, k) }))} />
      <Select name={f('size')} label={t('procurement.supplier.member.size')} value={v('size') ?? 'micro'} error={e('size')} options={SUPPLIER_SIZES.map((s) => ({ value: s, label: sizeLabel(ctx, s) }))} />
      <ComunaSelect ctx={ctx} name={f('comunaCode')} label={t('procurement.supplier.member.comunaCode')} regions={regions} value={v('comunaCode')} error={e('comunaCode')} />
      <div class="field">
        <label class="inline" for={`f-${f('naturalPerson')}`}>
          <input type="checkbox" id={`f-${f('naturalPerson')}`} name={f('naturalPerson')} value="true" checked={v('naturalPerson') === 'true'} />
          {t('procurement.supplier.member.naturalPerson')}
        </label>
      </div>
      <Field name={f('sharePercent')} type="number" inputmode="numeric" label={t('procurement.supplier.member.sharePercent')} value={v('sharePercent')} error={e('sharePercent')} />
    </fieldset>
  );
}

function ReferenceRow({ ctx, n, form }: { ctx: ViewContext; n: number; form: FormState }) {
  const { t } = ctx;
  const f = (k: string) => `references.${n}.${k}`;
  return (
    <fieldset class="filters">
      <legend><strong>{t('procurement.supplier.referenceN', { n })}</strong></legend>
      <Field name={f('client')} label={t('procurement.supplier.reference.client')} value={form.values[f('client')]} error={form.errors?.[f('client')]} />
      <TextArea name={f('description')} label={t('procurement.supplier.reference.description')} rows={2} value={form.values[f('description')]} error={form.errors?.[f('description')]} />
      <Field name={f('year')} type="number" inputmode="numeric" label={t('procurement.supplier.reference.year')} value={form.values[f('year')]} error={form.errors?.[f('year')]} />
      <Field name={f('amount')} type="number" inputmode="numeric" label={t('procurement.supplier.reference.amount')}
        value={form.values[f('amount')]} error={form.errors?.[f('amount')]} />
    </fieldset>
  );
}

export function SupplierFormPage({ ctx, regions, form, supplier }: { ctx: ViewContext; regions: RegionComunas[]; form: FormState; supplier?: SupplierDetail }) {
  const { t } = ctx;
  const v = form.values;
  const err = form.errors ?? {};
  const title = supplier ? t('procurement.supplier.editTitle') : t('procurement.supplier.new');
  const crumbs = [{ href: '/compras', label: t('procurement.supplier.market') }, { href: '/compras/proveedores', label: t('procurement.supplier.directory') },
    ...(supplier ? [{ href: supplierUrl(supplier.id), label: supplier.legalName }] : []), { label: title }];
  const members = rowCount(v, 'members', MAX_MEMBERS, 3);
  const references = rowCount(v, 'references', MAX_REFERENCES, 2);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={crumbs}>
      <h1>{title}{supplier && <span class="subtitle">{supplier.legalName}</span>}</h1>
      {!supplier && <p class="lead">{t('procurement.supplier.newLead')}</p>}
      <ErrorSummary ctx={ctx} errors={form.errors} labels={fieldLabels(ctx)} />
      <Form ctx={ctx} action={supplier ? `${supplierUrl(supplier.id)}/editar` : '/compras/proveedores'}>
        <Select name="kind" label={t('procurement.supplier.field.kind')} hint={t('procurement.supplier.kindHint')} value={v.kind} error={err.kind}
          options={SUPPLIER_KINDS.map((k) => ({ value: k, label: kindLabel(ctx, k) }))} />
        <Field name="legalName" label={t('procurement.supplier.field.legalName')} value={v.legalName} error={err.legalName} autocomplete="organization" required />
        <Field name="rut" label={t('procurement.supplier.field.rut')} hint={t('procurement.supplier.rutHint')} value={v.rut} error={err.rut} />
        <Select name="size" label={t('procurement.supplier.field.size')} hint={t('procurement.supplier.sizeHint')} value={v.size} error={err.size}
          options={SUPPLIER_SIZES.map((s) => ({ value: s, label: sizeLabel(ctx, s) }))} />
        <ComunaSelect ctx={ctx} name="comunaCode" label={t('procurement.supplier.field.comunaCode')} hint={t('procurement.supplier.comunaHint')} regions={regions}
          value={v.comunaCode} error={err.comunaCode} />
        <TextArea name="description" label={t('procurement.supplier.field.description')} value={v.description} error={err.description} rows={4} />
        <Field name="website" type="url" label={t('procurement.supplier.field.website')} hint={t('procurement.supplier.websiteHint')} value={v.website} error={err.website} />
        <Checkboxes name="categories" legend={t('procurement.supplier.field.categories')} hint={t('procurement.supplier.categoriesHint')} error={err.categories}
          options={CATEGORIES.map((c) => ({ value: c, label: categoryLabel(ctx, c) }))} checked={(v.categories ?? '').split(',')} />
        <h2 id="f-members">{t('procurement.supplier.membersHeading')}</h2>
        <p class="hint">{t('procurement.supplier.membersHint')}</p>
        {err.members && <p class="error-message">{err.members}</p>}
        {/* Closed for other kinds, so a company's form stays short; <details> opens without script. */}
        <details open={v.kind === 'joint_venture' || Object.keys(err).some((k) => k.startsWith('members'))}>
          <summary>{t('procurement.supplier.membersShow')}</summary>
          {Array.from({ length: members }, (_, i) => <MemberRow ctx={ctx} n={i + 1} form={form} regions={regions} />)}
        </details>
        <h2>{t('procurement.supplier.referencesHeading')}</h2>
        <p class="hint">{t('procurement.supplier.referencesHint')}</p>
        {Array.from({ length: references }, (_, i) => <ReferenceRow ctx={ctx} n={i + 1} form={form} />)}
        <Button>{supplier ? t('procurement.supplier.save') : t('procurement.supplier.register')}</Button>
      </Form>
    </Layout>
  );
}

/** The edit form's starting values: the profile as it is now, rows numbered from 1. */
export function valuesOf(d: SupplierDetail): Record<string, string> {
  const out: Record<string, string> = {
    kind: d.kind, legalName: d.legalName, rut: d.rut ? printRut(d.rut) : '', size: d.size, comunaCode: d.comunaCode, description: d.description,
    website: d.website ?? '', categories: d.categories.join(','),
  };
  d.members.forEach((m, i) => Object.assign(out, Object.fromEntries(Object.entries({
    rut: printRut(m.rut), name: m.name, kind: m.kind, size: m.size, comunaCode: m.comunaCode, naturalPerson: m.naturalPerson ? 'true' : '', sharePercent: m.sharePercent ?? '',
  }).map(([k, x]) => [`members.${i + 1}.${k}`, String(x)]))));
  d.references.forEach((r, i) => Object.assign(out, Object.fromEntries(Object.entries({ client: r.client, description: r.description, year: r.year, amount: r.amount ?? '' })
    .map(([k, x]) => [`references.${i + 1}.${k}`, String(x)]))));
  return out;
}
