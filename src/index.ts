// The compiler's public API: `compile(source, options)` turns one Edge Python module into an
// ES module (code + source map + diagnostics). See shared/spec/interfaces.md.
export { compile } from './compile';
export type { CompileOptions, CompileResult } from './compile';
export type { Diagnostic } from './diagnostics';
export { formatDiagnostic } from './diagnostics';
// The parser on its own (tooling, editors, benchmarks): source -> AST + first syntax error.
export { parse } from './parser/index';
export type { ParseResult } from './parser/index';
