// Static assets (public/) served under content-hashed names, so browsers cache them for a year and a new
// release is picked up at once. Read once at boot: the set is small (a stylesheet, an icon).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PUBLIC_DIR = fileURLToPath(new URL('../../../public', import.meta.url));
const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.js': 'text/javascript; charset=utf-8' };

export interface Asset { body: Buffer; type: string }

/** Hashed file name -> content. */
export const ASSET_FILES = new Map<string, Asset>();
const urls: Record<string, string> = {};
for (const name of readdirSync(PUBLIC_DIR)) {
  const body = readFileSync(join(PUBLIC_DIR, name));
  const ext = extname(name);
  const hashed = `${name.slice(0, -ext.length)}.${createHash('sha256').update(body).digest('hex').slice(0, 10)}${ext}`;
  ASSET_FILES.set(hashed, { body, type: TYPES[ext] ?? 'application/octet-stream' });
  urls[name] = `/static/${hashed}`;
}

export const ASSETS = { css: urls['app.css'], icon: urls['icon.svg'] };
