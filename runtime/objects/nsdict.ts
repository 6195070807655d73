// Live dicts over attribute namespaces: `globals()`, an instance's `__dict__`, `vars(obj)`, and
// `locals()` in a class body. Python names live as `$name` own properties of a JS object
// (ABI §2, §7), so these dicts are views: every time dict code reaches the table it is brought
// up to date with the object's own `$` properties, and every write through the dict is mirrored
// onto the object. Only own `$name` properties are ever visible (never `$$` internals, never
// JS properties such as `constructor`), so the view cannot expose anything a Python attribute
// read could not.
import { PyDict } from './containers/dict';
import { HashTable, HOLE } from './containers/hashtable';
import { InstanceFn } from './descriptors';

function isNameKey(k: string): boolean {
  return k.charCodeAt(0) === 36 /* $ */ && k.charCodeAt(1) !== 36;
}

/** The Python value stored under `$name` (functions stored on instances are wrapped). */
function unwrap(v: any): any {
  return v instanceof InstanceFn ? v.fn : v;
}

// The classes are made on first use: this file sits in an import cycle with the containers
// (specialattrs → nsdict → dict → ... → specialattrs), so `HashTable` may not exist yet when
// this module is evaluated.
let classes: { NsTable: any; NsDict: any } | null = null;
function nsClasses(): { NsTable: any; NsDict: any } {
  if (classes !== null) return classes;
  // read the bases into locals first (vite-node's transform of `extends <import>` inside a
  // function body loses the binding)
  const TableBase = HashTable;
  const DictBase = PyDict;
  /** A hash table whose mutations also write the namespace object. */
  class NsTable extends TableBase {
    /** `syncing` is true while the table is being refreshed from the object (no write-back). */
    syncing = false;
    constructor(readonly target: any, readonly wrapFns: boolean) { super(true); }

    override set(k: any, v: any): boolean {
      if (!this.syncing && typeof k === 'string') {
        this.target['$' + k] = this.wrapFns && typeof v === 'function' ? new InstanceFn(v) : v;
      }
      return super.set(k, v);
    }

    override delete(k: any): any {
      if (!this.syncing && typeof k === 'string') delete this.target['$' + k];
      return super.delete(k);
    }

    override clear(): void {
      if (!this.syncing) for (const k of Object.keys(this.target)) if (isNameKey(k)) delete this.target[k];
      super.clear();
    }

    override copyFrom(o: HashTable): void {
      this.clear();
      for (let i = 0; i < o.keys.length; i++) if (o.keys[i] !== HOLE) this.set(o.keys[i], o.vals![i]);
    }

    /** Brings the table in line with the object; leaves it untouched (same version) when equal. */
    refresh(): void {
      const obj = this.target;
      const names = Object.keys(obj).filter(isNameKey);
      let same = names.length === this.size;
      if (same) {
        let j = 0;
        for (let i = 0; i < this.keys.length && same; i++) {
          if (this.keys[i] === HOLE) continue;
          const n = names[j++];
          if (this.keys[i] !== n.slice(1) || this.vals![i] !== unwrap(obj[n])) same = false;
        }
      }
      if (same) return;
      this.syncing = true;
      try {
        super.clear();
        for (const n of names) super.set(n.slice(1), unwrap(obj[n]));
      } finally {
        this.syncing = false;
      }
    }
  }

  /** A dict that is a live view of `target`'s `$name` properties. */
  class NsDict extends DictBase {
    constructor(target: any, wrapFns: boolean) {
      super();
      const table = new NsTable(target, wrapFns);
      Object.defineProperty(this, 'table', {
        get() { table.refresh(); return table; },
        set() { /* the view's table is fixed */ },
        enumerable: false,
      });
    }
  }
  return (classes = { NsTable, NsDict });
}

/** `globals()` of a module (`$g`), a live dict of its names. */
export function globalsDict(g: any): PyDict {
  return new (nsClasses().NsDict)(g, false);
}

/** `obj.__dict__` / `vars(obj)` of an instance: a live dict of its attributes. */
export function instanceDict(o: any): PyDict {
  return new (nsClasses().NsDict)(o, o.$$inst === true);
}

/** `locals()` of a function: a snapshot of the bound names (`undefined` = unbound, skipped). */
export function localsDict(names: string[], values: any[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < names.length; i++) if (values[i] !== undefined) d.table.set(names[i], values[i]);
  return d;
}
