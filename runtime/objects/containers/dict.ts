// `dict`: an insertion-ordered `HashTable` with values (keys by Python hash/eq).
import { PyObjectBase, builtinType } from '../core';
import { HashTable } from './hashtable';

export class PyDict extends PyObjectBase {
  table: HashTable;
  constructor() { super(); this.table = new HashTable(true); }

  /** the value for k, or `undefined` (a JS-level lookup: no `__missing__`, no KeyError). */
  get(k: any): any { return this.table.get(k); }
  set(k: any, v: any): void { this.table.set(k, v); }
  has(k: any): boolean { return this.table.find(k) >= 0; }
  get size(): number { return this.table.size; }
}
(PyDict.prototype as any).$$inst = true;
export const dictType = builtinType('dict', null, PyDict.prototype);

/** A dict from JS key/value pairs (keys are Python values). */
export function dictFrom(pairs: [any, any][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.table.set(k, v);
  return d;
}
