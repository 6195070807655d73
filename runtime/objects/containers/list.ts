// `list` and `tuple`: JS classes wrapping a JS array in `.items` (runtime ABI §1).
import { PyObjectBase, builtinType } from '../core';

export class PyList extends PyObjectBase {
  items: any[];
  constructor(items: any[]) { super(); this.items = items; }
}
export class PyTuple extends PyObjectBase {
  items: any[];
  /** hash(self), once computed, when it cannot change (containers/hashtable.ts tupleHash). */
  $$hash: number | undefined = undefined;
  constructor(items: any[]) { super(); this.items = items; }
}
(PyList.prototype as any).$$inst = true;
(PyTuple.prototype as any).$$inst = true;

export const listType = builtinType('list', null, PyList.prototype);
export const tupleType = builtinType('tuple', null, PyTuple.prototype);

export const EMPTY_TUPLE = new PyTuple([]);
export function tuple(items: any[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
(PyTuple.prototype as any).$$vhash = true;
