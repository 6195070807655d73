// The formatter of int/float/str subclass instances' `__format__` (boxed.ts): format(x, spec)
// for the unboxed value, i.e. strings/strformat.ts's formatAny. A leaf module (no imports, so
// no import cycle): formatAny installs itself on its first call (the way in for format(),
// f-string specs and str.format) and `$rt.need_format()` does for compiled code naming
// `__format__`, so a bundle that never formats drops the format-spec machinery although every
// bundle keeps boxed.ts (class statements use it).
export let boxFormat: (x: any, spec: string) => string = () => {
  throw new Error('edgepy: __format__ used by code that did not call $rt.need_format()');
};

/** Installs the formatter (idempotent). */
export function setBoxFormat(f: (x: any, spec: string) => string): void {
  boxFormat = f;
}
