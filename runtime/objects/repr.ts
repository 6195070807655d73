// repr() and str() of any value. Scalars are formatted directly; everything else goes through
// its class's `__repr__` / `__str__` (builtin containers define theirs on their protos).
import { typeOf, objectProto } from './core';
import { throwError } from './errors';
import { numRepr } from './numbers/repr';
import { PyFloat } from './numbers/box';
import { callDunder0 } from './dunder';
import { strRepr } from './strings/repr';
export { strRepr };

/** Containers being repr'd right now, to print `[...]` for self-references as CPython does. */
export const reprStack: any[] = [];

export function pyRepr(x: any): string {
  switch (typeof x) {
    case 'string': return strRepr(x);
    case 'number': case 'bigint': case 'boolean': return numRepr(x);
  }
  if (x instanceof PyFloat) return numRepr(x);
  const r = callDunder0(typeOf(x).proto.$__repr__, x);
  if (typeof r !== 'string') throwError('TypeError', `__repr__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

export function pyStr(x: any): string {
  switch (typeof x) {
    case 'string': return x;
    case 'number': case 'bigint': case 'boolean': return numRepr(x);
  }
  if (x instanceof PyFloat) return numRepr(x);
  const f = typeOf(x).proto.$__str__;
  if (f === objectProto.$__str__) return pyRepr(x);
  const r = callDunder0(f, x);
  if (typeof r !== 'string') throwError('TypeError', `__str__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** Runs `body` with `x` marked as being repr'd; returns `selfRepr` on re-entry. */
export function reprGuard(x: any, selfRepr: string, body: () => string): string {
  if (reprStack.includes(x)) return selfRepr;
  reprStack.push(x);
  try { return body(); } finally { reprStack.pop(); }
}
