// Python names as JS identifiers (ABI §7): locals keep their Python name, with `$` appended when
// that name means something to JavaScript. Python identifiers never contain `$`, so every name
// the compiler invents starts with `$` and cannot collide with a Python name.

const JS_RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await',
  // not keywords, but strict mode forbids binding them or compiled code relies on their meaning
  'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
]);

export function jsLocal(name: string): string {
  return JS_RESERVED.has(name) ? name + '$' : name;
}
