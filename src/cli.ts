import { parseArgs } from 'node:util';
import { commands } from './cli/commands.js';
import { ConfigError, loadConfig } from './config.js';

function usage(): string {
  return [
    'Usage: ip-cascade <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const asked = name === undefined || name === 'help' || name === '--help' || name === '-h';
    process.stderr.write(`${asked ? '' : `Unknown command: ${name}\n\n`}${usage()}\n`);
    return asked ? 0 : 2;
  }
  const config = loadConfig();
  const { values, positionals } = parseArgs({
    args: rest,
    options: command.options ?? {},
    allowPositionals: true,
    strict: true,
  });
  return command.run({
    config,
    values: values as Record<string, string | boolean | string[] | undefined>,
    positionals,
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`${(err as Error).message ?? err}\n`);
    process.exit(1);
  },
);
