// The public JSON of a search hit (DESIGN.md rule 5): what was found, where it lives, and a snippet as parts (text and
// whether it matched), never HTML. Comments carry no author: a reader follows the link to see them in their thread.
import { Type, type Static } from '@sinclair/typebox';
import { debatePath } from '../debate/target.js';
import type { TargetType } from '../debate/schema.js';
import { processPath } from '../processes/paths.js';
import { SEARCH_TYPES, type SearchRow } from './queries.js';
import { snippetParts } from './snippet.js';

export const SearchHitJson = Type.Object({
  type: Type.Union(SEARCH_TYPES.map((t) => Type.Literal(t))),
  id: Type.Integer(),
  title: Type.String({ description: 'For a comment, the title of what it comments on' }),
  url: Type.String(),
  institution: Type.Object({ slug: Type.String(), name: Type.String() }),
  snippet: Type.Array(Type.Object({ text: Type.String(), match: Type.Boolean() }), { description: 'Plain text; `match` parts are the words found' }),
  rank: Type.Number(),
}, { additionalProperties: false });
export type SearchHitJson = Static<typeof SearchHitJson>;

export function urlOf(r: Pick<SearchRow, 'type' | 'id' | 'target_type' | 'target_id'>): string {
  if (r.type === 'process') return processPath(r.id);
  if (r.type === 'proposal') return `/participacion/propuestas/${r.id}`;
  // The debate page gives each comment the anchor c-{id}.
  return `${debatePath(r.target_type as TargetType, r.target_id!)}#c-${r.id}`;
}

export function presentHit(r: SearchRow): SearchHitJson {
  return {
    type: r.type, id: Number(r.id), title: r.title, url: urlOf(r), institution: { slug: r.institution_slug, name: r.institution_name },
    snippet: snippetParts(r.headline), rank: Number(r.rank),
  };
}
