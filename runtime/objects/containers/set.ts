// `set` and `frozenset`: an insertion-ordered `HashTable` of keys. Iteration order follows
// CPython's hash-table order when every element is an int (see setorder.ts); otherwise
// insertion order (CPython's string order is randomised per process).
import { PyObjectBase, builtinType } from '../core';
import { HashTable } from './hashtable';

/** What `set` and `frozenset` share (neither is a Python subclass of the other). */
export class PySetBase extends PyObjectBase {
  table: HashTable;
  constructor() { super(); this.table = new HashTable(false); }
  add(k: any): void { this.table.set(k, undefined); }
  has(k: any): boolean { return this.table.find(k) >= 0; }
  get size(): number { return this.table.size; }
}
export class PySet extends PySetBase {}
export class PyFrozenSet extends PySetBase {
  /** cached hash (frozensets are immutable). */
  hash: number | undefined = undefined;
}
(PySetBase.prototype as any).$$inst = true;
(PyFrozenSet.prototype as any).$$vhash = true;
export const setType = builtinType('set', null, PySet.prototype);
export const frozensetType = builtinType('frozenset', null, PyFrozenSet.prototype);

// setFrom/frozensetFrom: setmethods.ts (a new set needs its special methods installed)
