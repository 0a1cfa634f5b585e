// The area's pure rules: slugs, speakers' lines, the video link, and a panel's start typed in Chile's time, stored in
// UTC, across the two yearly clock changes (America/Santiago: UTC-3 in summer, UTC-4 in winter).
import { describe, expect, it } from 'vitest';
import { InvalidField } from '../../../core/http/errors.js';
import { toSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { checkVideoUrl, freeSlug, parseSantiagoStart, parseSpeakers, slugify, speakersText } from './rules.js';
import { panelWhen, santiagoDay } from './views/parts.js';

const refusal = (f: () => unknown) => { try { f(); } catch (e) { return e instanceof InvalidField ? `${e.field}:${e.messageKey}` : String(e); } return null; };

describe('slugs', () => {
  it('are ASCII from the title, not a reserved path, and free', () => {
    expect(slugify('Índice GovTech: ¿qué muestra? Ñuñoa & Peñalolén', 'publicacion')).toBe('indice-govtech-que-muestra-nunoa-penalolen');
    expect(slugify('¿¡!?', 'publicacion')).toBe('publicacion');
    expect(slugify('Nueva', 'publicacion')).toBe('publicacion-nueva');
    expect(slugify('a'.repeat(100), 'x')).toHaveLength(60);
    expect(slugify('Plataformas compartidas: el camino más corto para avanzar en el Índice', 'x')).toBe('plataformas-compartidas-el-camino-mas-corto-para-avanzar-en');
    expect(freeSlug('panel', new Set(['panel', 'panel-2']))).toBe('panel-3');
    expect(freeSlug('panel', new Set(['panel-2']))).toBe('panel');
  });
});

describe('speakers', () => {
  it('are one a line, the affiliation after the first comma, and at least one', () => {
    expect(parseSpeakers(' Ana Pérez, Universidad de Chile, Facultad de Derecho \n\nLuis Soto\n')).toEqual([
      { name: 'Ana Pérez', affiliation: 'Universidad de Chile, Facultad de Derecho' }, { name: 'Luis Soto', affiliation: '' }]);
    expect(speakersText([{ name: 'Ana', affiliation: 'X' }, { name: 'Luis', affiliation: '' }])).toBe('Ana, X\nLuis');
    expect(refusal(() => parseSpeakers(' \n \n'))).toBe('speakers:observatory.panel.error.speakersEmpty');
    expect(refusal(() => parseSpeakers(', Sin nombre'))).toBe('speakers:observatory.panel.error.speakerLine');
    expect(refusal(() => parseSpeakers(Array.from({ length: 21 }, (_, i) => `Persona ${i}`).join('\n')))).toBe('speakers:observatory.panel.error.speakersTooMany');
  });
});

describe('the video link', () => {
  it('is an https URL or nothing', () => {
    expect(checkVideoUrl(undefined)).toBeNull();
    expect(checkVideoUrl('https://video.example.org/a?b=1')).toBe('https://video.example.org/a?b=1');
    for (const bad of ['http://video.example.org/a', 'javascript:alert(1)', 'https://user:pw@example.org/', 'https://localhost/x', 'video.example.org', 'ftp://example.org/v']) {
      expect(refusal(() => checkVideoUrl(bad)), bad).toBe('videoUrl:observatory.panel.error.videoUrl');
    }
  });
});

describe('a panel\'s start in Chile\'s time', () => {
  it('is stored in UTC with the offset of its own date, and shown back as typed', () => {
    // 3 Dec 2026 is summer time (UTC-3); 1 Jul 2026 winter time (UTC-4).
    expect(parseSantiagoStart('2026-12-03T18:00').toISOString()).toBe('2026-12-03T21:00:00.000Z');
    expect(parseSantiagoStart('2026-07-01T18:00').toISOString()).toBe('2026-07-01T22:00:00.000Z');
    // DST began at 00:00 on Sunday 6 Sep 2026 (clocks to 01:00): the evenings either side differ by one hour in UTC.
    expect(parseSantiagoStart('2026-09-05T18:00').toISOString()).toBe('2026-09-05T22:00:00.000Z');
    expect(parseSantiagoStart('2026-09-06T18:00').toISOString()).toBe('2026-09-06T21:00:00.000Z');
    expect(parseSantiagoStart('2026-09-06T01:00').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    for (const v of ['2026-09-05T23:30', '2026-09-06T01:30', '2026-04-04T22:30', '2026-04-05T00:30', '2026-12-03T18:00']) {
      expect(toSantiagoLocal(parseSantiagoStart(v)), v).toBe(v);
    }
  });

  it('refuses a time the clocks skip, and dates that do not exist', () => {
    expect(refusal(() => parseSantiagoStart('2026-09-06T00:30'))).toBe('startsAt:observatory.panel.error.startsAtGap');
    for (const bad of ['2026-02-30T18:00', '2026-13-01T18:00', '2026-12-03T24:00', '3 de diciembre', '']) {
      expect(refusal(() => parseSantiagoStart(bad)), bad).toBe('startsAt:observatory.panel.error.startsAt');
    }
  });

  it('is written out in words, in Chile\'s time, in both languages', () => {
    const at = parseSantiagoStart('2026-12-03T18:00');
    expect(santiagoDay('es-CL', at)).toBe('jueves 3 de diciembre de 2026');
    expect(panelWhen('es-CL', { startsAt: at, durationMinutes: 90 })).toBe('jueves 3 de diciembre de 2026, 18:00 a 19:30 (hora de Chile)');
    expect(panelWhen('en', { startsAt: at, durationMinutes: 60 })).toBe('Thursday 3 December 2026, 18:00 to 19:00 (Chile time)');
    // 23:30 in Chile is already the next day in UTC: the day shown is Chile's.
    expect(panelWhen('es-CL', { startsAt: parseSantiagoStart('2026-07-01T23:30'), durationMinutes: 60 })).toBe('miércoles 1 de julio de 2026, 23:30 a 00:30 (hora de Chile)');
  });
});
