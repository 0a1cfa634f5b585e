// The frame of an institution's budget administration pages: the institution in the header, breadcrumbs through its
// public budget page (where what is imported shows up), a heading and a lead saying what the page is for.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../core/views/context.js';
import { Layout, type Crumb } from '../../../core/views/layout.js';

export function BudgetAdminPage({ ctx, institution: i, title, lead, crumbs = [], refreshEvery, children }: {
  ctx: ViewContext; institution: { slug: string; name: string }; title: string; lead?: string;
  /** Crumbs between the budget page and this one. */
  crumbs?: Crumb[];
  refreshEvery?: number;
  children: ComponentChildren;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={`${title} · ${i.name}`} institution={i} refreshEvery={refreshEvery} breadcrumbs={[
      { href: '/instituciones', label: t('institutions.title') }, { href: `/instituciones/${i.slug}`, label: i.name },
      { href: `/instituciones/${i.slug}/presupuesto`, label: t('budget.admin.budget') }, ...crumbs, { label: title },
    ]}>
      <h1>{title}</h1>
      {lead && <p class="lead">{lead}</p>}
      {children}
    </Layout>
  );
}
