// `__slots__` (CPython 3.11): each slot name becomes a member descriptor on the class (a data
// descriptor, so reads and writes go through it), its value is kept on the instance under an
// internal `$$slot$` key (never a `$`-attribute, so it is not in `__dict__`/`vars()`), and a
// class whose bases all have slots (or are object) gets instances without a `__dict__`.
import { PyType, PyObjectBase, builtinType, typeOf, None } from './core';
import { throwError, BaseException } from './errors';
import { method } from './define';
import { DATA } from './descriptors';
import { iterToArray } from './iter';

export class PyMember extends PyObjectBase {
  readonly key: string;
  // read as Python attributes through `$$fields` (specialattrs.ts)
  readonly __name__: string;
  readonly __objclass__: PyType;
  constructor(readonly name: string, readonly owner: PyType) {
    super();
    this.key = '$$slot$' + name;
    this.__name__ = name;
    this.__objclass__ = owner;
  }
}
(PyMember.prototype as any).$$d = DATA;
(PyMember.prototype as any).$$fields = ['__name__', '__objclass__'];
export const memberType = builtinType('member_descriptor', null, PyMember.prototype);

function checkApplies(m: PyMember, inst: any): void {
  const t = typeOf(inst);
  if (t !== m.owner && !t.mro.includes(m.owner)) {
    throwError('TypeError', `descriptor '${m.name}' for '${m.owner.name}' objects doesn't apply to a '${t.name}' object`);
  }
}

method(memberType, '__get__', ['self', 'instance', 'owner'], (m: PyMember, inst: any) => {
  if (inst === None || inst === undefined) return m;
  checkApplies(m, inst);
  const v = inst[m.key];
  if (v === undefined) throwError('AttributeError', `'${typeOf(inst).name}' object has no attribute '${m.name}'`);
  return v;
}, { ndefaults: 1 });
method(memberType, '__set__', ['self', 'instance', 'value'], (m: PyMember, inst: any, v: any) => {
  checkApplies(m, inst);
  inst[m.key] = v;
  return None;
});
method(memberType, '__delete__', ['self', 'instance'], (m: PyMember, inst: any) => {
  checkApplies(m, inst);
  if (inst[m.key] === undefined) throwError('AttributeError', m.name); // 3.11's bare message
  inst[m.key] = undefined;
  return None;
});
method(memberType, '__repr__', ['self'], (m: PyMember) => `<member '${m.name}' of '${m.owner.name}' objects>`);

/** CPython's `_Py_Mangle` for a slot name (same rule as src/analysis/mangle.ts). */
function mangleSlot(className: string, n: string): string {
  const owner = className.replace(/^_+/, '');
  return n.startsWith('__') && !n.endsWith('__') && owner !== '' ? `_${owner}${n}` : n;
}

const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/**
 * Applies `__slots__` of namespace `ns` to the new class: member descriptors on its proto, and
 * no instance `__dict__` when no base provides one. Returns false when the class has no slots.
 */
export function installSlots(cls: PyType, ns: any): boolean {
  const decl = ns.$__slots__;
  if (decl === undefined) return false;
  const names = typeof decl === 'string' ? [decl] : iterToArray(decl);
  let dict = false;
  const proto = cls.proto;
  for (const n of names) {
    if (typeof n !== 'string') throwError('TypeError', `__slots__ items must be strings, not '${typeOf(n).name}'`);
    if (!IDENT.test(n)) throwError('TypeError', '__slots__ must be identifiers');
    if (n === '__dict__') {
      if (dict) throwError('TypeError', '__dict__ slot disallowed: we already got one');
      dict = true;
      continue;
    }
    if (n === '__weakref__') continue; // no weak references here; accepted as CPython does
    // private names are mangled with the class name, as the compiler mangles `self.__x`
    const name = mangleSlot(cls.name, n);
    if (Object.prototype.hasOwnProperty.call(ns, '$' + name)) throwError('ValueError', `'${name}' in __slots__ conflicts with class variable`);
    proto['$' + name] = new PyMember(name, cls);
  }
  // instances have a __dict__ when '__dict__' is a slot or some base has one: a user class
  // without slots, or an exception (builtin containers and scalars have none)
  const baseDict = cls.bases.some((b) => (b.user ? (b.proto as any).$$nodict !== true : b.mro.includes(BaseException)));
  if (!dict && !baseDict) proto.$$nodict = true;
  return true;
}
