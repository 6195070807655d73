// Shared helpers for compiler tests: compile Python text, and pick apart the emitted JS.
import { compile, type CompileOptions, type CompileResult } from '../../src/compile';

export function compileOk(source: string, options: CompileOptions = {}): CompileResult {
  const r = compile(source, { filename: 'main.py', explainSuspend: true, ...options });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => `${d.kind}: ${d.message} (line ${d.line})`).join('\n'));
  return r;
}

/** The kind the effect analysis gave each function, by qualname. */
export function kinds(r: CompileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.suspendReport!.functions) out[f.qualname] = f.kind;
  return out;
}

/**
 * The source text of the JS function emitted for a Python function: its declaration
 * `function NAME$f(` (module-level fixed defs) or named expression `function NAME$fN(`,
 * up to the matching closing brace.
 */
export function jsFunction(code: string, pyName: string): string {
  const wrapper = functionText(code, new RegExp(`function(\\*?) ${pyName.replace(/[$]/g, '\\$')}\\$f\\d*\\(`), pyName);
  // generators and coroutines: the wrapper returns mkgen/mkcoro/mkasyncgen of a body declared
  // beside it (`function* NAME$f$bN(`); include the body's text
  const body = /\$rt\.mk(?:gen|coro|asyncgen)\(([\w$]+\$b\d+)\(/.exec(wrapper);
  if (!body) return wrapper;
  return wrapper + '\n' + functionText(code, new RegExp(`function\\* ${body[1].replace(/[$]/g, '\\$')}\\(`), body[1]);
}

/** The function whose header matches `re`, up to its matching closing brace. */
function functionText(code: string, re: RegExp, what: string): string {
  const m = re.exec(code);
  if (!m) throw new Error(`no JS function for ${what}`);
  let depth = 0;
  for (let i = code.indexOf('{', m.index); i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return code.slice(m.index, i + 1);
  }
  throw new Error('unbalanced');
}

export function isGeneratorFunction(src: string): boolean {
  return /^function\*/.test(src);
}
