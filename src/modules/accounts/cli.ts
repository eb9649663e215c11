import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { ROLES } from '../../lib/actor.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { translator } from '../../web/i18n/index.js';
import { hashPassword, MAX_PASSWORD, MIN_PASSWORD } from './password.js';
import { findUserByEmail, type Scope } from './queries.js';
import { isRole } from './roles.js';
import { parseScope } from './scopes.js';
import { loadUser } from './session.js';
import { createApiToken } from './tokens.js';
import { createUser } from './users.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

type Values = Record<string, string | boolean | string[] | undefined>;

export const USER_OPTIONS = {
  email: { type: 'string' },
  password: { type: 'string' },
  role: { type: 'string' },
  scope: { type: 'string', multiple: true },
  name: { type: 'string' },
  organisation: { type: 'string' },
} as const;

export const TOKEN_OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
} as const;

const str = (v: Values[string]) => (typeof v === 'string' ? v : undefined);
const list = (v: Values[string]) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);
const _en = translator('en');

/** `user create --email … --role … [--password …] [--scope CN-SD[:city id]]… [--name …] [--organisation <id>]` */
export async function userCommand(database: Database, positionals: string[], values: Values, io: CliIo) {
  if (positionals[0] !== 'create') {
    io.err(
      'Usage: user create --email <e-mail> --role <role> [--password <password>] [--scope CN-SD[:cityId]]… [--name <name>] [--organisation <organisation id>]',
    );
    return 1;
  }
  const email = z.email().max(254).safeParse(str(values.email)?.trim().toLowerCase());
  if (!email.success) {
    io.err('--email: give a valid e-mail address.');
    return 1;
  }
  const role = str(values.role);
  if (!isRole(role)) {
    io.err(`--role: unknown role "${role ?? ''}". Choose one of: ${ROLES.join(', ')}.`);
    return 1;
  }
  const password = str(values.password);
  if (password !== undefined && (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD)) {
    io.err(`--password: use ${MIN_PASSWORD} to ${MAX_PASSWORD} characters.`);
    return 1;
  }
  const scopes: Scope[] = [];
  for (const text of list(values.scope)) {
    const scope = parseScope(text);
    if (!scope) {
      io.err(`--scope: "${text}" is not a scope. Use a province code such as CN-SD, or CN-SD:<city id>.`);
      return 1;
    }
    scopes.push(scope);
  }
  const organisationId = str(values.organisation)?.trim() || null;
  if (organisationId && !z.uuid().safeParse(organisationId).success) {
    io.err('--organisation: give the id of an organisation in the directory.');
    return 1;
  }
  try {
    const user = await createUser(database.db, 'system', {
      email: email.data,
      name: str(values.name)?.trim().slice(0, 200) ?? '',
      role,
      scopes,
      preferredLang: 'zh',
      passwordHash: password ? await hashPassword(password) : null,
      organisationId,
    });
    io.out(`Created ${user.role} ${user.email} (${user.id}).`);
    if (!password) io.out('No password set: the user can choose one with "Forgotten your password?".');
    return 0;
  } catch (err) {
    const fields = fieldErrorsOf(err, translator('en'));
    if (!fields) throw err;
    for (const [field, message] of Object.entries(fields)) io.err(`${field}: ${message}`);
    return 1;
  }
}

/** `token create --email … [--name …]`: prints a new API token for the user, once. */
export async function tokenCommand(database: Database, positionals: string[], values: Values, io: CliIo) {
  if (positionals[0] !== 'create') {
    io.err('Usage: token create --email <e-mail> [--name <name>]');
    return 1;
  }
  const email = str(values.email)?.trim();
  const row = email ? await findUserByEmail(database.db, email) : null;
  const user = row ? await loadUser(database.db, row.id) : null;
  if (!user) {
    io.err(`--email: no active user "${email ?? ''}".`);
    return 1;
  }
  const name = str(values.name)?.trim().slice(0, 100) || 'command line';
  const made = await createApiToken(database.db, user, name, new Date());
  io.out(made.token);
  return 0;
}
