// Where a view stands in the budget ("Todo el presupuesto › 07 Ministerio de Economía › 01 Subsecretaría…"), each
// step a link back up: shared by the explorer and the year comparison.
import type { ViewContext } from '../../../core/views/context.js';
import type { Crumb } from './data.js';
import type { Path } from './state.js';
import { named } from './names.js';


export function PathCrumbs({ ctx, crumbs, path, at }: { ctx: ViewContext; crumbs: Crumb[]; path: Path; at: (path: Path) => string }) {
  const { t } = ctx;
  return (
    <nav class="breadcrumbs budget-path" aria-label={t('budget.explorer.pathLabel')}>
      <ol>
        <li>{crumbs.length === 0 ? <span aria-current="page">{t('budget.explorer.all')}</span> : <a href={at([])}>{t('budget.explorer.all')}</a>}</li>
        {crumbs.map((c, k) => {
          const upTo = path.slice(0, path.findIndex((p) => p.level === c.level) + 1);
          return <li>{k === crumbs.length - 1 ? <span aria-current="page">{named(c.code, c.label)}</span> : <a href={at(upTo)}>{named(c.code, c.label)}</a>}</li>;
        })}
      </ol>
    </nav>
  );
}
