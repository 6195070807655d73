// Builtin functions and the name-resolution helpers compiled code calls (runtime ABI §7).
// Each builtin is its own export (`$rt.b_len`, made by `defBuiltin` with a `/*#__PURE__*/`
// call so a bundle drops the builtins its program never names); the by-name table
// (`$rt.builtins`, ./table) is built only where something reads it.
import { throwError, pyError } from '../objects/errors';
import { fn, FnInfo, susTwin } from '../objects/calls';

/** A builtin function (Python calling convention, see calls.ts); registers nothing. */
export function defBuiltin(name: string, params: string[], f: Function, extra: Partial<FnInfo> = {}): any {
  return fn(f, { name, qualname: name, params, kind: 'builtin', module: 'builtins', free: true, ...extra });
}

/** Gives builtin `f` its suspendable twin (ABI §4), made from the plain builtin; returns `f`. */
export function withTwin<F extends Function>(f: F, make: (plain: F) => Function): F {
  susTwin(f, make(f));
  return f;
}

/**
 * A module global's value, else NameError (`$rt.gname($g.$x, "x")`). The compiler handles the
 * fallback to a builtin itself (`x` named like a builtin reads `$rt.b_x` when the global is
 * unbound), so this never needs the by-name table.
 */
export function gname(value: any, name: string): any {
  if (value !== undefined) return value;
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
