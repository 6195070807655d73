// Attaching a suspendable twin (runtime ABI §4, `$$info.sus`) to a builtin method right where the
// method is registered, so the two stay together wherever the registration moves.
import type { PyType } from '../core';
import { susTwin } from '../calls';

/** `cls.name`'s twin: `make(plain)` gets the plain method and returns the twin. */
export function twinOf(cls: PyType, name: string, make: (plain: Function) => Function): void {
  const plain = cls.proto['$' + name];
  susTwin(plain, make(plain));
}
