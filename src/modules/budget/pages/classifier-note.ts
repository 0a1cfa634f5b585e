// What the clasificador says a code covers: its description in Decreto 854/2004 or, for codes the decree leaves
// undescribed (most ítems), the entries it contains.
import type { Translate } from '../../../core/i18n/index.js';
import { classifierChildren, classifierEntry } from '../clasificador.js';

export function classifierNote(t: Translate, subtitulo: string, item = '', asignacion = ''): string | undefined {
  const entry = classifierEntry(subtitulo, item, asignacion);
  if (!entry) return undefined;
  if (entry.description) return t('budget.explorer.classifier', { description: entry.description });
  const children = asignacion ? [] : classifierChildren(subtitulo, item);
  return children.length > 0 ? t('budget.explorer.classifierIncludes', { children: children.join('; ') }) : undefined;
}
