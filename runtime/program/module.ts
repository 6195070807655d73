// Module objects (runtime ABI §6): globals are `$name` own properties; `$$def` links a compiled
// module's object to its definition so `importModule` can find its dependencies.
import { PyObjectBase, builtinType, None } from '../objects/core';

export class PyModule extends PyObjectBase {
  declare $$def: any;
  /** true while the module's body runs (a circular import sees it partially initialised) */
  declare $$initializing: boolean;
  constructor(name: string, file: string | null, def: any = null) {
    super();
    const m = this as any;
    m.$__name__ = name;
    m.$__doc__ = None;
    m.$__package__ = None;
    m.$__spec__ = None;
    if (file !== null) m.$__file__ = file;
    Object.defineProperty(this, '$$def', { value: def, enumerable: false, writable: true });
    Object.defineProperty(this, '$$initializing', { value: false, enumerable: false, writable: true });
  }
}
(PyModule.prototype as any).$$simple = true;
// Not `$$inst`: a module's function globals are plain functions, not methods to bind, so the
// compiler's inline method-call fast path (ABI §2) must not pass the module as `self`.
(PyModule.prototype as any).$$inst = false;

export const moduleType = builtinType('module', null, PyModule.prototype);
(PyModule.prototype as any).$__repr__ = function (self: any): string {
  const name = self.$__name__;
  return self.$__file__ !== undefined ? `<module '${name}' from '${self.$__file__}'>` : `<module '${name}' (built-in)>`;
};
