// Formats the few Python values these tests print, independently of the object model.
import { None } from '../../runtime/objects/core';
import { PyList } from '../../runtime/objects/containers/list';

export function fmt(x: any): string {
  if (x === None) return 'None';
  if (typeof x === 'string') return `'${x}'`;
  if (x instanceof PyList) return '[' + x.items.map(fmt).join(', ') + ']';
  if (x && typeof x.$__repr__ === 'function') return x.$__repr__(x);
  return String(x);
}
