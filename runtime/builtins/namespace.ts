// The `builtins` namespace (runtime ABI §7): builtin names as `$`-prefixed properties of one
// null-prototype object, plus the name-resolution helpers compiled code calls.
import { throwError, pyError } from '../objects/errors';
import { fn, FnInfo } from '../objects/calls';

/** `$rt.builtins.$len` ... (null prototype: no JS name can be reached through it). */
export const builtins: any = Object.create(null);

/** Registers builtin function `name` (Python calling convention, see calls.ts). */
export function defBuiltin(name: string, params: string[], f: Function, extra: Partial<FnInfo> = {}): any {
  const g = fn(f, { name, qualname: name, params, kind: 'builtin', module: 'builtins', ...extra });
  builtins['$' + name] = g;
  return g;
}

/** A module global's value, else the builtin, else NameError (`$rt.gname($g.$x, "x")`). */
export function gname(value: any, name: string): any {
  if (value !== undefined) return value;
  const b = builtins['$' + name];
  if (b !== undefined) return b;
  throw nameError(name);
}

export function nameError(name: string): any {
  const e: any = pyError('NameError', `name '${name}' is not defined`);
  e.$name = name;
  return e;
}

/** Reading a local before assignment. */
export function unboundLocal(name: string): never {
  throwError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

/** Reading a closure variable before the enclosing function assigned it. */
export function unboundFree(name: string): never {
  throwError('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** `del x` of a module global (`$rt.delGlobal($g, "x")`). */
export function delGlobal(g: any, name: string): void {
  const key = '$' + name;
  if (!Object.prototype.hasOwnProperty.call(g, key) || g[key] === undefined) throw nameError(name);
  delete g[key];
}
