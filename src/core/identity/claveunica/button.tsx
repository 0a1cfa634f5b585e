// The "Ingresar con ClaveÚnica" button in the style of the official one (blue, white text, the key mark), as a plain
// link so it works without JavaScript. The mark is drawn here: the official artwork is not redistributed with Cabildo.
import type { ViewContext } from '../../views/context.js';

export function ClaveUnicaButton({ ctx, institutionSlug, next }: { ctx: ViewContext; institutionSlug: string; next?: string }) {
  const href = `/instituciones/${institutionSlug}/claveunica/ingresar${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`;
  return (
    <a class="claveunica-button" href={href}>
      <svg class="claveunica-mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <circle cx="8" cy="12" r="5" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M13 12h9M18 12v4M21 12v3" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
      </svg>
      <span>{ctx.t('claveunica.button')}</span>
    </a>
  );
}
