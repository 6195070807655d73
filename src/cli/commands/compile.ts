// `edgepy compile FILE.py [-o OUT.js]`: the JavaScript of one module, for reading and debugging.
import { writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { resolvePyImport } from '../../project/resolve';
import { parse, UsageError } from '../args';
import { requirePyFile } from '../files';
import { compile } from '../../compile';
import { formatDiagnostic } from '../../diagnostics';
import { readPySource, SourceDecodeError } from '../../project';

export const COMPILE_HELP = `Usage: edgepy compile FILE.py [-o OUT.js]

Print (or write) the ES module that FILE.py compiles to. Imports of other .py files become
imports of the matching .js files; the runtime is imported as 'edgepy/runtime'.

Options:
  -o, --output OUT.js   write the module to OUT.js and its source map to OUT.js.map
  -h, --help            show this help
`;

export async function compileCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' } });
  if (positionals.length > 1) throw new UsageError(`compile: unexpected argument '${positionals[1]}'`);
  const file = requirePyFile(positionals[0], 'compile');
  let source: string;
  try {
    source = readPySource(file);
  } catch (e) {
    if (!(e instanceof SourceDecodeError)) throw e;
    process.stderr.write(formatDiagnostic(e.diagnostic, null) + '\n');
    return 1;
  }
  const abs = resolve(file);
  const out = values.output;
  const result = compile(source, {
    filename: file,
    sourceMap: out !== undefined,
    // Imports of .py files on disk become imports of the .js files they would compile to.
    resolveImport: (spec, quoted, level) => {
      const target = resolvePyImport(abs, spec, quoted, level, dirname(abs));
      if (!target) return null;
      const rel = relative(dirname(abs), target).replace(/\.py$/, '.js');
      return rel.startsWith('.') ? rel : './' + rel;
    },
  });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    process.stderr.write(formatDiagnostic(errors[0], source) + '\n');
    return 1;
  }
  if (out === undefined) {
    process.stdout.write(result.code.endsWith('\n') ? result.code : result.code + '\n');
    return 0;
  }
  let code = result.code;
  if (result.map) {
    writeFileSync(out + '.map', JSON.stringify(result.map));
    code += `\n//# sourceMappingURL=${basename(out)}.map\n`;
  }
  writeFileSync(out, code);
  return 0;
}
