// Defining builtin methods on a builtin type's proto (as `$name` JS functions with metadata).
import { PyType } from './core';
import { fn, FnInfo } from './calls';

/** `cls.proto.$name = f` with builtin metadata; `params` starts with `self`. */
export function method(cls: PyType, name: string, params: string[], f: Function, extra: Partial<FnInfo> = {}): void {
  cls.proto['$' + name] = fn(f, { name, qualname: `${cls.name}.${name}`, params, kind: 'builtin', module: 'builtins', ...extra });
}
