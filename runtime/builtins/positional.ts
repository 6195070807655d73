// Builtin methods taking any number of positional arguments (`set.union(*others)`), written as
// JS rest-parameter functions. Compiled code may call a method found on a `$$inst` object
// directly with its positional arguments (runtime ABI §2), so such a method must not rely on
// argument binding packing a `*args` tuple: its metadata says "plain positional, up to
// MAX_ARGS", which makes every call path (direct, callMethod, bound method) pass the
// arguments straight through.
import { PyType } from '../objects/core';
import { method } from '../objects/define';

const MAX_ARGS = 255;

/** `cls.name(self, *args)` as `f(self, ...args)`. */
export function restMethod(cls: PyType, name: string, f: (self: any, ...args: any[]) => any): void {
  method(cls, name, ['self'], f);
  const info = cls.proto['$' + name].$$info;
  info.npos = MAX_ARGS;
  info.simple = true;
}
