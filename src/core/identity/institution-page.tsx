// The frame of the identity pages an institution's officials use: layout with the institution in the header,
// breadcrumbs back to the institution, a heading and a lead paragraph saying what the page is for.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../views/context.js';
import { Layout } from '../views/layout.js';

export function InstitutionAdminPage({ ctx, institution: i, title, lead, children }: {
  ctx: ViewContext; institution: { slug: string; name: string }; title: string; lead: string; children: ComponentChildren;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={`${title} · ${i.name}`} institution={i}
      breadcrumbs={[{ href: '/instituciones', label: t('institutions.title') }, { href: `/instituciones/${i.slug}`, label: i.name }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{lead}</p>
      {children}
    </Layout>
  );
}
