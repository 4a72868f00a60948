import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A command's options from its arguments, `--help` added. An unknown or malformed option prints the problem and
 * `usage` to stderr and gives exit code 2; `--help` prints `usage` to stdout and gives 0: return that code.
 */
export function commandOptions<const O extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: O) {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { ...options, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    if ((values as { help?: boolean }).help) {
      process.stdout.write(usage);
      return 0;
    }
    return values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
}
