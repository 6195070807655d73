// The root of the object model (runtime ABI §1-§2): `PyType`, `object`, `type`, `None`,
// `NotImplemented`, `Ellipsis`, and `typeOf`, which maps any Python value to its class.
//
// Every Python object that is a JS object carries its class as `$$cls` (usually through its
// prototype). Class attributes live as `$name` properties on `cls.proto`, whose JS prototype
// chain is the solid base's proto; for multiple inheritance `linkProto` copies onto the proto
// every attribute whose C3-MRO winner differs from what the JS chain would find, so a plain JS
// property read always yields the MRO answer.

/** The JS prototype of `PyObjectBase` is `object.proto`: the end of every class's chain. */
export class PyObjectBase {
  declare $$cls: PyType;
}
export const objectProto: any = PyObjectBase.prototype;

export interface TypeOptions {
  module?: string;
  qualname?: string;
  /** the JS prototype for instances (builtin types bring their JS class's prototype). */
  proto?: any;
  metaclass?: PyType;
}

export class PyType extends PyObjectBase {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  proto: any;
  /** true for classes defined by Python code (`class` statements). */
  user = false;
  /** the nearest builtin ancestor (the "solid base"), `object` for plain classes. */
  builtinBase: PyType;
  /** `$`-keys linkProto copied onto `proto` from other MRO entries (not defined here). */
  copied: Set<string> | null = null;
  /** builtin types: the constructor used when this exact type is called. */
  call: ((args: any[], kwnames: string[] | null, kwvalues: any[] | null) => any) | null = null;
  /** classes that name this one as a direct base, in creation order (`__subclasses__()`). */
  subclasses: PyType[] = [];

  constructor(name: string, bases: PyType[], opts: TypeOptions = {}) {
    super();
    this.$$cls = opts.metaclass ?? (typeType as PyType);
    this.name = name;
    this.qualname = opts.qualname ?? name;
    this.module = opts.module ?? 'builtins';
    this.bases = bases;
    this.proto = opts.proto ?? Object.create(bases.length ? solidBase(bases).proto : objectProto);
    this.proto.$$cls = this;
    this.mro = bases.length ? c3(this, bases) : [this];
    for (const b of bases) if (!b.subclasses.includes(this)) b.subclasses.push(this);
    this.builtinBase = this;
    if (bases.length) {
      const b = solidBase(bases);
      this.builtinBase = b.user ? b.builtinBase : b;
      linkProto(this);
    }
  }
}

/** The base whose instances have the most derived layout (so the JS chain inherits its slots). */
function solidBase(bases: PyType[]): PyType {
  let best = bases[0];
  for (const b of bases) {
    const bb = b.user ? b.builtinBase : b;
    const cur = best.user ? best.builtinBase : best;
    if (bb !== cur && bb.mro.includes(cur)) best = b;
  }
  return best;
}

/** C3 linearisation; CPython's error message when it does not exist. */
function c3(cls: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice()).concat([bases.slice()]);
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (!nonEmpty.length) return out;
    let cand: PyType | undefined;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) { cand = head; break; }
    }
    if (!cand) {
      const names = nonEmpty.map((s) => s[0].name);
      const uniq = names.filter((n, i) => names.indexOf(n) === i);
      throw mroError('Cannot create a consistent method resolution\norder (MRO) for bases ' + uniq.join(', '));
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

let mroErrorFactory: (msg: string) => any = (m) => new Error(m);
/** errors.ts installs the real factory (TypeError) once the exception classes exist. */
export function setMroErrorFactory(f: (msg: string) => any): void { mroErrorFactory = f; }
function mroError(msg: string): any { return mroErrorFactory(msg); }

/** Makes `cls.proto` answer every `$name` lookup as the MRO would (see file comment). */
export function linkProto(cls: PyType): void {
  const proto = cls.proto;
  if (!cls.mro.slice(1).some((c) => c.bases.length > 1) && cls.bases.length < 2) return;
  const seen = new Set<string>();
  for (let i = 1; i < cls.mro.length; i++) {
    const c = cls.mro[i];
    const p = c.proto;
    for (const key of Object.getOwnPropertyNames(p)) {
      if (key.charCodeAt(0) !== 36 /* $ */ || key.charCodeAt(1) === 36 || seen.has(key)) continue;
      if (c.copied !== null && c.copied.has(key)) continue;
      seen.add(key);
      if (Object.prototype.hasOwnProperty.call(proto, key)) continue;
      const winner = Object.getOwnPropertyDescriptor(p, key)!;
      if (proto[key] !== winner.value) {
        Object.defineProperty(proto, key, { ...winner, configurable: true, writable: true });
        (cls.copied ??= new Set()).add(key);
      }
    }
  }
}

/** Finds `name` ($-prefixed key) along the class's MRO; `undefined` when absent. */
export function lookupType(cls: PyType, key: string): any {
  return cls.proto[key];
}

// --- object and type -----------------------------------------------------------------------
// `object` cannot use the constructor above (no bases, and its proto already exists).
export const objectType: PyType = Object.create(PyType.prototype);
export const typeType: PyType = Object.create(PyType.prototype);
function initRoot(t: PyType, name: string, proto: any, bases: PyType[], mro: PyType[]) {
  t.$$cls = typeType;
  t.name = name; t.qualname = name; t.module = 'builtins';
  t.bases = bases; t.mro = mro; t.proto = proto; t.user = false; t.builtinBase = t;
  t.subclasses = [];
  proto.$$cls = t;
}
initRoot(objectType, 'object', objectProto, [], [objectType]);
objectType.copied = null; objectType.call = null;
typeType.copied = null; typeType.call = null;
initRoot(typeType, 'type', PyType.prototype, [objectType], [typeType, objectType]);
objectType.subclasses.push(typeType);

/** A builtin class whose instances are made by the JS class `jsClass` (or are primitives). */
export function builtinType(name: string, base: PyType | null, proto?: any): PyType {
  const t = new PyType(name, base ? [base] : [objectType], proto ? { proto } : {});
  return t;
}

// --- singletons ---------------------------------------------------------------------------
class NoneClass extends PyObjectBase {}
class NotImplementedClass extends PyObjectBase {}
class EllipsisClass extends PyObjectBase {}
export const NoneType = builtinType('NoneType', null, NoneClass.prototype);
export const NotImplementedType = builtinType('NotImplementedType', null, NotImplementedClass.prototype);
export const EllipsisType = builtinType('ellipsis', null, EllipsisClass.prototype);
export const None: any = Object.freeze(new NoneClass());
export const NotImplemented: any = Object.freeze(new NotImplementedClass());
export const Ellipsis: any = Object.freeze(new EllipsisClass());

// Types of primitives: their protos hold methods only (JS primitives never get `$` props).
export const intType = builtinType('int', null);
export const boolType = builtinType('bool', intType);
export const floatType = builtinType('float', null);
export const strType = builtinType('str', null);
// str is a sequence for the operator messages (`can't multiply sequence by non-int of type 'X'`)
strType.proto.$$seqConcat = true;
export const functionType = builtinType('function', null);
export const builtinFunctionType = builtinType('builtin_function_or_method', null);

/** The Python class of any value. */
export function typeOf(x: any): PyType {
  switch (typeof x) {
    case 'number': return Number.isInteger(x) ? intType : floatType;
    case 'string': return strType;
    case 'boolean': return boolType;
    case 'bigint': return intType;
    case 'function': return x.$$info !== undefined && x.$$info.kind === 'builtin' ? builtinFunctionType : functionType;
    case 'object': {
      const c = x.$$cls;
      if (c !== undefined) return c;
    }
  }
  return objectType;
}

/** `type(x).__name__`, as used in error messages. */
export function typeName(x: any): string {
  return typeOf(x).name;
}

export function isSubtype(t: PyType, of: PyType): boolean {
  return t === of || t.mro.includes(of);
}

/** Whether x is a Python class object. */
export function isType(x: any): x is PyType {
  return x instanceof PyType;
}
