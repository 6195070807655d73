// list.sort / sorted: stable, `key=` and `reverse=` as CPython (only `<` is used to compare;
// reverse keeps equal elements in their original order).
import { None } from '../core';
import { lt } from '../numbers/compare';
import { strCompare } from '../strings/compare';
import { truthy } from '../truthy';
import { call1 } from '../calls';
import { Frame, runSync } from '../../scheduler/frames';

function allNumbers(a: any[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'number') return false;
  return true;
}

function allStrings(a: any[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') return false;
  return true;
}

/** JS comparator implementing Python `<` (ascending). */
function cmpFor(keys: any[]): (x: any, y: any) => number {
  if (allNumbers(keys)) return (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  if (allStrings(keys)) return strCompare;
  return (x, y) => (lt(x, y) ? -1 : lt(y, x) ? 1 : 0);
}

/** Sorts `items` in place. `key` is None or a callable; `reverse` any truthy value. */
export function sortArray(items: any[], key: any, reverse: any): void {
  const rev = truthy(reverse);
  if (items.length < 2) {
    if (key !== None && items.length === 1) keyOf(key, items[0]);
    return;
  }
  if (key === None) {
    if (rev) items.reverse();
    const cmp = cmpFor(items);
    items.sort(cmp);
    if (rev) items.reverse();
    return;
  }
  const n = items.length;
  const pairs: { k: any; v: any }[] = new Array(n);
  for (let i = 0; i < n; i++) pairs[i] = { k: keyOf(key, items[i]), v: items[i] };
  if (rev) pairs.reverse();
  const cmp = cmpFor(pairs.map((p) => p.k));
  pairs.sort((a, b) => cmp(a.k, b.k));
  if (rev) pairs.reverse();
  for (let i = 0; i < n; i++) items[i] = pairs[i].v;
}

function keyOf(key: any, v: any): any {
  const r = call1(key, v);
  return r instanceof Frame ? runSync(r) : r;
}
