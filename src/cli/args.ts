// Option parsing for every command (node:util parseArgs, strict): a typo is a usage error, never silently ignored.
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

type Options = Record<string, { type: 'string' | 'boolean' }>;

export function parseOptions<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value.trim();
}
