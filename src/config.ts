import { isIP } from 'node:net';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** One entry of TRUSTED_PROXIES: an address, or a range in CIDR notation. */
export interface AddressRange {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** `10.0.0.1, 10.1.0.0/16, fd00::/8` → ranges; a malformed entry is named in the error. */
const addressRanges = z
  .string()
  .default('')
  .transform((text, ctx): AddressRange[] => {
    const ranges: AddressRange[] = [];
    for (const entry of text.split(',').map((e) => e.trim())) {
      if (!entry) continue;
      const [address = '', prefixText, extra] = entry.split('/');
      const version = isIP(address);
      const max = version === 6 ? 128 : 32;
      const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : -1;
      if (!version || extra !== undefined || prefix < 0 || prefix > max) {
        ctx.addIssue({
          code: 'custom',
          message: `"${entry.slice(0, 60)}" is not an IP address or a CIDR range (write e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8, separated by commas)`,
        });
        return z.NEVER;
      }
      ranges.push({ address, prefix, family: version === 6 ? 'ipv6' : 'ipv4' });
    }
    return ranges;
  });

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
        .optional(),
    ),
    PUBLIC_URL: optionalString.pipe(z.url().optional()),
    SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
    ADMIN_PASSWORD: optionalString.pipe(z.string().min(10, 'must be at least 10 characters').optional()),
    ADMIN_NAME: optionalString.pipe(z.string().max(200, 'must be at most 200 characters').optional()),
    ADMIN_LANG: optionalString.pipe(z.enum(['en', 'zh'], { error: 'must be en or zh' }).optional()),
    SMTP_URL: optionalString.pipe(
      z
        .string()
        .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
        .optional(),
    ),
    MAIL_FROM: z.string().default('IP Cascade <no-reply@ip-cascade.local>'),
    SEED_FILE: optionalString,
    /** Registrations without an account or token one address may send in an hour; 0: no limit. */
    PUBLIC_REGISTRATIONS_PER_HOUR: z.coerce.number().int().min(0).default(200),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    COOKIE_SECURE: z
      .enum(['auto', 'true', 'false'])
      .default('auto')
      .transform((v) => (v === 'auto' ? undefined : v === 'true')),
    /** Public pages for anonymous readers from a shared cache of rendered HTML (src/web/page-cache.ts). */
    PAGE_CACHE: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
    /** Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; none by default. */
    TRUSTED_PROXIES: addressRanges,
  })
  .refine((c) => !c.ADMIN_PASSWORD || c.ADMIN_EMAIL, {
    message: 'ADMIN_PASSWORD is set but ADMIN_EMAIL is not',
    path: ['ADMIN_EMAIL'],
  })
  // Links in e-mails (password resets, invitations) must not take their host from a request
  // header a client controls.
  .refine((c) => c.NODE_ENV !== 'production' || c.PUBLIC_URL, {
    message: 'must be set in production (the address users reach, used in e-mailed links)',
    path: ['PUBLIC_URL'],
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** The only reader of process.env. Fails with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
