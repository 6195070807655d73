// repr() of a builtin list, tuple or dict whose items have suspendable `__repr__` methods (ABI §4):
// `print([p, q])` from suspendable code builds the text with each item's repr driven by `yield*`.
// The plain repr (repr.ts) stays the only path for everything else; this one is used only when
// an item is an instance of a user class or a nested container.
import { PyList, PyTuple } from './containers/list';
import { PyDict } from './containers/dict';
import { HOLE } from './containers/hashtable';
import { Frame } from '../scheduler/frames';

/** 1 list, 2 tuple, 3 dict (exact builtin types only: subclasses go through their __repr__). */
function kind(x: any): number {
  if (x === null || typeof x !== 'object') return 0;
  const c = x.$$cls;
  if (c === undefined || c.user === true) return 0;
  if (x instanceof PyList) return 1;
  if (x instanceof PyTuple) return 2;
  if (x instanceof PyDict) return 3;
  return 0;
}

function risky(v: any): boolean {
  if (v === null || typeof v !== 'object') return false;
  const c = v.$$cls;
  return (c !== undefined && c.user === true) || kind(v) !== 0;
}

/** Whether `x` is a list/tuple/dict whose repr may run Python `__repr__` methods. */
export function containerReprMaySuspend(x: any): boolean {
  const k = kind(x);
  if (k === 0) return false;
  if (k !== 3) return x.items.some(risky);
  const t = (x as PyDict).table;
  for (let i = 0; i < t.keys.length; i++) {
    if (t.keys[i] !== HOLE && (risky(t.keys[i]) || risky(t.vals![i]))) return true;
  }
  return false;
}

const active = new Set<any>();

/** The repr of a container for which containerReprMaySuspend holds; `item` is reprS. */
export function* containerRepr(x: any, item: (v: any) => any): Generator<any, string, any> {
  const k = kind(x);
  if (active.has(x)) return k === 1 ? '[...]' : k === 2 ? '(...)' : '{...}';
  active.add(x);
  try {
    const parts: string[] = [];
    if (k === 3) {
      const t = (x as PyDict).table;
      for (let i = 0; i < t.keys.length; i++) {
        const key = t.keys[i];
        if (key === HOLE) continue;
        let a = item(key);
        if (a instanceof Frame) a = yield* a;
        let b = item(t.vals![i]);
        if (b instanceof Frame) b = yield* b;
        parts.push(a + ': ' + b);
      }
      return '{' + parts.join(', ') + '}';
    }
    const items: any[] = x.items;
    for (let i = 0; i < items.length; i++) {
      let s = item(items[i]);
      if (s instanceof Frame) s = yield* s;
      parts.push(s);
    }
    if (k === 1) return '[' + parts.join(', ') + ']';
    return parts.length === 1 ? '(' + parts[0] + ',)' : '(' + parts.join(', ') + ')';
  } finally {
    active.delete(x);
  }
}
