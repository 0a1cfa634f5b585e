// Reads ClaveÚnica's userinfo: {"sub", "RolUnico": {"numero", "DV", "tipo"}, "name": {"nombres": [], "apellidos": []}}.
// The person is identified by RUN (numero + DV, check digit modulo 11), never by `sub`; no email is given.
import { parseRun, type Run } from '../run.js';

export type ClaimsProblem = 'missing_run' | 'bad_run';
export type ClaimsResult = { ok: true; run: Run; name: string } | { ok: false; problem: ClaimsProblem };

export function readClaveUnicaClaims(userinfo: unknown): ClaimsResult {
  const u = (userinfo ?? {}) as { RolUnico?: { numero?: unknown; DV?: unknown; tipo?: unknown }; name?: { nombres?: unknown; apellidos?: unknown } };
  const rol = u.RolUnico;
  if (!rol || rol.numero == null || rol.DV == null || (rol.tipo !== undefined && rol.tipo !== 'RUN')) return { ok: false, problem: 'missing_run' };
  const parsed = parseRun(`${String(rol.numero)}-${String(rol.DV)}`);
  if (!parsed.ok) return { ok: false, problem: 'bad_run' };
  const words = (v: unknown) => (Array.isArray(v) ? v.filter((w) => typeof w === 'string' && w.trim()) : []) as string[];
  const name = [...words(u.name?.nombres), ...words(u.name?.apellidos)].join(' ').trim();
  return { ok: true, run: parsed.run, name: name || 'ClaveÚnica' };
}
