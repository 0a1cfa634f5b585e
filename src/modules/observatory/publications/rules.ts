// The publications area's rules as pure functions: slugs from titles, the speakers' lines of the panel form, the
// video link (https only) and the start of a panel typed as a wall-clock time in Chile. A refusal is an InvalidField
// (422 on that field) with a message from the area's catalogue.
import { InvalidField } from '../../../core/http/errors.js';
import { fromSantiagoLocal, toSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import type { PanelSpeaker } from './schema.js';

/** Paths of the forms, which a slug must not shadow (/observatorio/publicaciones/nueva, /observatorio/paneles/nuevo). */
const RESERVED = new Set(['nueva', 'nuevo']);

/** "Índice GovTech: ¿qué muestra?" → "indice-govtech-que-muestra": ASCII, lower case, whole words, at most 60 characters. */
export function slugify(title: string, fallback: string): string {
  const full = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const head = full.slice(0, 61); // one more: a word ending exactly at 60 is kept whole
  const cut = full.length <= 60 ? full : head.includes('-') ? head.replace(/-[^-]*$/, '') : full.slice(0, 60);
  const base = cut.replace(/-+$/, '');
  return !base || RESERVED.has(base) ? `${fallback}${base ? `-${base}` : ''}` : base;
}

/** The first free slug of `base`, `base-2`, `base-3`… given the ones taken that start with it. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const MAX_SPEAKERS = 20;

/** One speaker a line, "Nombre, afiliación" (the affiliation after the first comma, and optional); blank lines skipped. */
export function parseSpeakers(text: string): PanelSpeaker[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) throw new InvalidField('speakers', 'observatory.panel.error.speakersEmpty');
  if (lines.length > MAX_SPEAKERS) throw new InvalidField('speakers', 'observatory.panel.error.speakersTooMany');
  return lines.map((line) => {
    const comma = line.indexOf(',');
    const name = (comma < 0 ? line : line.slice(0, comma)).trim();
    const affiliation = comma < 0 ? '' : line.slice(comma + 1).trim();
    if (name.length < 2 || name.length > 120 || affiliation.length > 200) throw new InvalidField('speakers', 'observatory.panel.error.speakerLine');
    return { name, affiliation };
  });
}

export const speakersText = (speakers: PanelSpeaker[]) => speakers.map((s) => (s.affiliation ? `${s.name}, ${s.affiliation}` : s.name)).join('\n');

/** A video link readers can open safely: an absolute https URL (no http, no javascript:, no credentials in it). */
export function checkVideoUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try { url = new URL(value); } catch { throw new InvalidField('videoUrl', 'observatory.panel.error.videoUrl'); }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) throw new InvalidField('videoUrl', 'observatory.panel.error.videoUrl');
  return url.href;
}

/**
 * A wall-clock time typed in Chile ("2026-12-03T18:00") as the UTC instant it names. A time the clocks skip (the
 * night DST starts, 00:00–00:59 of the first Sunday of September since 2023) does not exist and is refused, rather than
 * silently moved; a time they repeat (the April night DST ends) is read as its first occurrence.
 */
export function parseSantiagoStart(value: string): Date {
  const month = Number(/^\d{4}-(\d{2})-/.exec(value.trim())?.[1]);
  const instant = month >= 1 && month <= 12 ? fromSantiagoLocal(value) : null; // fromSantiagoLocal rolls month 13 into January
  if (!instant) throw new InvalidField('startsAt', 'observatory.panel.error.startsAt');
  if (toSantiagoLocal(instant) !== value.trim().replace(' ', 'T')) throw new InvalidField('startsAt', 'observatory.panel.error.startsAtGap');
  return instant;
}
