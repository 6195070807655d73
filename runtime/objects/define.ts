// Defining builtin methods on a builtin type's proto (as `$name` JS functions with metadata).
import { PyType } from './core';
import { fn, FnInfo } from './calls';

/** `cls.proto.$name = f` with builtin metadata; `params` starts with `self`. */
export function method(cls: PyType, name: string, params: string[], f: Function, extra: Partial<FnInfo> = {}): void {
  cls.proto['$' + name] = fn(f, { name, qualname: `${cls.name}.${name}`, params, kind: 'builtin', module: 'builtins', ...extra });
}

/**
 * A method pack (runtime/builtins/packs.ts): `install` defines a group of methods; the returned
 * function runs it the first time it is called. Made with a `/*#__PURE__*\/` call, a pack no
 * compiled code calls is dropped from a bundle with everything only it references. Installed
 * methods are plain proto properties, found exactly as fast as methods defined at load.
 */
export function methodPack(install: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    install();
    afterPack?.();
  };
}

// Run after a pack installs: objects/boxed.ts gives the int/float/str subclasses made before
// the pack the new methods too (set when the first such subclass is made).
let afterPack: (() => void) | undefined;
export function setAfterPack(f: () => void): void {
  afterPack = f;
}
