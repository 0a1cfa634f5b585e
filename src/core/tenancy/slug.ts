/** "Viña del Mar" -> "vina-del-mar", "O'Higgins" -> "ohiggins": URL-safe, accent-free, stable. */
export function slugify(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** "Viña del Mar" -> "vina del mar": the form names are searched and sorted by. */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
