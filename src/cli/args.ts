// Argument parsing for every command, on Node's util.parseArgs. A usage error is one line on
// stderr and exit status 2, as the interfaces spec requires.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<T extends Options> = { args: string[]; options: T; allowPositionals: true; strict: true };
export type Parsed<T extends Options> = ReturnType<typeof parseArgs<Config<T>>>;

export function parse<const T extends Options>(args: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(msg);
  }
}
