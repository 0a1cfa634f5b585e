// A stored, generated tsvector column: the search document of a row, computed once when the row is written, so that
// ranking a common word's thousands of matches reads vectors instead of re-parsing every text (to_tsvector per row).
// participation_unaccent (migration participation_search_sql) is IMMUTABLE, as a generated column requires.
import { customType } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Spanish stems, accents ignored, of `text` (an SQL expression over the row's own columns). */
export const spanishDocument = (text: SQL) => tsvector().generatedAlwaysAs(sql`to_tsvector('spanish', participation_unaccent(${text}))`);
