// The team page of an institution: who holds which role, a form to grant one, and a button to revoke it.
import type { ViewContext } from '../../views/context.js';
import { Layout } from '../../views/layout.js';
import { Table } from '../../views/components/table.js';
import { Button, ErrorSummary, Field, Form, PostButton, Select } from '../../views/components/form.js';
import { Checkboxes } from '../../views/components/checkboxes.js';
import type { MessageKey } from '../../i18n/index.js';
import { MODULES } from '../../policy.js';
import type { InstitutionDetail } from '../queries.js';
import type { TeamMember } from './queries.js';
import { TEAM_ROLES } from './form.js';

export interface GrantFormState {
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
}

export function TeamPage({ ctx, institution: i, members, form }: {
  ctx: ViewContext; institution: InstitutionDetail; members: TeamMember[]; form?: GrantFormState;
}) {
  const { t } = ctx;
  const base = `/instituciones/${i.slug}/equipo`;
  const permissions = form?.values.permissions;
  return (
    <Layout ctx={ctx} title={t('team.title')} institution={i}
      breadcrumbs={[{ href: '/instituciones', label: t('institutions.title') }, { href: `/instituciones/${i.slug}`, label: i.name }, { label: t('team.title') }]}>
      <h1>{t('team.title')}</h1>
      <Table ctx={ctx} caption={t('team.members', { name: i.name })} rows={members} columns={[
        { header: t('team.name'), cell: (m) => m.name },
        { header: t('team.email'), cell: (m) => m.email ?? '—' },
        { header: t('team.role'), cell: (m) => t(`role.${m.role}` as MessageKey) },
        { header: t('team.permissions'), cell: (m) => m.permissions.map((p) => t(`module.${p}` as MessageKey)).join(', ') || '—' },
        { header: t('team.actions'), cell: (m) => <PostButton ctx={ctx} action={`${base}/${m.assignmentId}/revocar`} label={t('team.revoke')} /> },
      ]} />
      <h2>{t('team.grant')}</h2>
      <ErrorSummary ctx={ctx} errors={form?.errors} labels={{ email: t('team.email'), role: t('team.role'), permissions: t('team.permissions') }} />
      <Form ctx={ctx} action={base}>
        <Field name="email" type="email" autocomplete="off" label={t('team.email')} hint={t('team.emailHint')}
          value={form?.values.email as string | undefined} error={form?.errors.email} />
        <Select name="role" label={t('team.role')} value={form?.values.role as string | undefined} error={form?.errors.role}
          options={TEAM_ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))} />
        <Checkboxes name="permissions" legend={t('team.permissions')} hint={t('team.permissionsHint')} error={form?.errors.permissions}
          checked={Array.isArray(permissions) ? permissions : permissions ? [permissions] : []}
          options={MODULES.map((m) => ({ value: m, label: t(`module.${m}` as MessageKey) }))} />
        <Button>{t('team.grantButton')}</Button>
      </Form>
    </Layout>
  );
}
