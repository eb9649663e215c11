import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function messageOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration', () => {
  it('has working defaults: PGlite in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: './data', NODE_ENV: 'development', LOG_LEVEL: 'info' });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: '  ', PORT: '8080' })).toMatchObject({
      DATABASE_URL: undefined,
      PORT: 8080,
    });
  });

  it('trusts no proxy by default, and reads TRUSTED_PROXIES as addresses and CIDR ranges', () => {
    expect(loadConfig({}).TRUSTED_PROXIES).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.5, 172.16.0.0/12,,fd00::/8 ' }).TRUSTED_PROXIES).toEqual([
      { address: '10.0.0.5', prefix: 32, family: 'ipv4' },
      { address: '172.16.0.0', prefix: 12, family: 'ipv4' },
      { address: 'fd00::', prefix: 8, family: 'ipv6' },
    ]);
  });

  it('names each bad variable and what is wrong with it', () => {
    expect(messageOf({ PORT: 'abc' })).toMatch(/^\s+PORT: /m);
    expect(messageOf({ PORT: '70000' })).toContain('PORT');
    expect(messageOf({ DATABASE_URL: 'mysql://u@localhost/db' })).toContain(
      'DATABASE_URL: must start with postgres:// or postgresql://',
    );
    expect(messageOf({ SECRET: 'short' })).toContain('SECRET: must be at least 32 characters');
    expect(messageOf({ NODE_ENV: 'production' })).toContain('PUBLIC_URL: must be set in production');
    expect(
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://training.example.org' }).PUBLIC_URL,
    ).toBe('https://training.example.org');
    expect(messageOf({ SMTP_URL: 'http://mail' })).toContain('SMTP_URL');
    expect(messageOf({ ADMIN_PASSWORD: 'long enough password' })).toContain('ADMIN_EMAIL');
    for (const bad of ['10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/8', '10.0.0.1, fd00::/129', '10.0.0/8']) {
      expect(messageOf({ TRUSTED_PROXIES: bad })).toMatch(
        /TRUSTED_PROXIES: ".+" is not an IP address or a CIDR range \(write e\.g\. 10\.0\.0\.5, 10\.0\.0\.0\/8/,
      );
    }
    const all = messageOf({ PORT: 'abc', DATABASE_URL: 'mysql://x', SECRET: 'short' });
    expect(all.split('\n')).toHaveLength(4);
    for (const name of ['PORT', 'DATABASE_URL', 'SECRET']) expect(all).toContain(`${name}:`);
  });

  it('makes the command line exit non-zero with that message', { timeout: 150_000 }, () => {
    const res = spawnSync(process.execPath, [join(root, 'bin/ip-cascade.js'), 'migrate'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        PORT: 'abc',
        DATABASE_URL: 'mysql://u@localhost/db',
        SECRET: 'short',
        TRUSTED_PROXIES: 'the proxy',
      },
      // The command line compiles its TypeScript on start: slow on a busy machine, hence the margin.
      timeout: 120_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Invalid configuration');
    for (const name of ['PORT', 'DATABASE_URL', 'SECRET']) expect(res.stderr).toContain(`${name}:`);
    expect(res.stderr).toContain('TRUSTED_PROXIES: "the proxy" is not an IP address or a CIDR range');
    expect(res.stderr).not.toMatch(/at \w+ \(/);
  });

  it('is read only in src/config.ts: nothing else in the application reads process.env', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx|js|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name)) {
          if (readFileSync(path, 'utf8').includes('process.env')) offenders.push(relative(root, path));
        }
      }
    };
    walk(join(root, 'src'));
    walk(join(root, 'bin'));
    expect(offenders).toEqual(['src/config.ts']);
  });
});
