import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/config.js';
import { DatabaseUnavailableError } from '../core/db/client.js';
import { DataDirInUseError } from '../core/db/lock.js';
import { conflict } from '../core/http/errors.js';
import { describeError, UsageError } from './errors.js';
import { parseTokenCreate } from './token.js';
import { parseUserCreate } from './user.js';

const base = ['--email', 'Ana@Example.cl', '--name', ' Ana Rojas '];

describe('cabildo user create options', () => {
  it('accepts an official with an institution and module permissions', () => {
    expect(parseUserCreate([...base, '--role', 'official', '--institution', '09101', '--permissions', 'budget, transparency', '--password-stdin']))
      .toEqual({ email: 'Ana@Example.cl', name: 'Ana Rojas', role: 'official', institution: '09101', permissions: ['budget', 'transparency'], passwordStdin: true });
    expect(parseUserCreate(base)).toMatchObject({ role: undefined, institution: undefined, permissions: [], passwordStdin: false });
  });

  it.each([
    [['--name', 'A'], /--email is required/],
    [['--email', 'a@example.cl'], /--name is required/],
    [['--email', 'a@', '--name', 'A'], /--email: .*valid email/],
    [['--email', 'a@example.cl', '--name', 'x'.repeat(101)], /--name: /],
    [[...base, '--role', 'mayor'], /--role must be one of: platform_admin, institution_admin/],
    [[...base, '--role', 'official'], /--role official needs --institution/],
    [[...base, '--institution', 'temuco'], /--institution needs --role/],
    [[...base, '--role', 'platform_admin', '--institution', 'temuco'], /does not belong to an institution/],
    [[...base, '--role', 'official', '--institution', 'temuco', '--permissions', 'budget,parking'], /unknown module parking/],
    [[...base, '--role', 'institution_admin', '--institution', 'temuco', '--permissions', 'budget'], /--permissions applies to --role official only/],
    [[...base, '--pasword-stdin'], /Unknown option '--pasword-stdin'/],
    [[...base, 'extra'], /positional/],
  ])('rejects %j', (args, message) => {
    expect(() => parseUserCreate(args)).toThrow(UsageError);
    expect(() => parseUserCreate(args)).toThrow(message);
  });
});

describe('cabildo token create options', () => {
  it('needs an email and names the token "cli" unless told otherwise', () => {
    expect(parseTokenCreate(['--email', 'a@example.cl'])).toEqual({ email: 'a@example.cl', name: 'cli' });
    expect(parseTokenCreate(['--email', 'a@example.cl', '--name', 'nightly export'])).toEqual({ email: 'a@example.cl', name: 'nightly export' });
    expect(() => parseTokenCreate([])).toThrow('--email is required');
  });
});

describe('exit codes', () => {
  it('maps each expected failure to its code and message, without a stack trace', () => {
    expect(describeError(new UsageError('--email is required'))).toEqual({ code: 2, message: '--email is required\nRun "cabildo help" for usage.' });
    expect(describeError(new ConfigError(['PORT: bad']))).toMatchObject({ code: 78, message: expect.stringContaining('PORT: bad') });
    expect(describeError(new DataDirInUseError('/data', { pid: 42, role: 'server' }))).toMatchObject({ code: 69, message: expect.stringContaining('kill 42') });
    expect(describeError(new DatabaseUnavailableError('Cannot reach PostgreSQL'))).toMatchObject({ code: 69, message: expect.stringContaining('DATABASE_URL') });
    expect(describeError(conflict('auth.emailTaken'))).toEqual({ code: 1, message: expect.stringContaining('already exists') });
    expect(describeError(new Error('boom')).message).toMatch(/^Error: boom\n\s+at /); // a bug keeps its stack for the report
  });
});
