// The frame shared by the account pages: the layout, breadcrumbs, a heading and an optional lead paragraph.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../views/context.js';
import { Layout } from '../../views/layout.js';

export function AuthPage({ ctx, title, lead, children }: { ctx: ViewContext; title: string; lead?: string; children: ComponentChildren }) {
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: ctx.t('nav.home') }, { label: title }]}>
      <h1>{title}</h1>
      {lead && <p class="lead">{lead}</p>}
      {children}
    </Layout>
  );
}

/** What a re-rendered form shows again: the values typed (never passwords, which Field leaves empty) and the errors. */
export interface FormState {
  values: Record<string, string | undefined>;
  errors?: Record<string, string>;
}
