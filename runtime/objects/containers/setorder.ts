// CPython's iteration order for sets of numbers.
//
// CPython iterates a set in hash-table order. For ints, bools and floats the hash is fixed
// (not randomised), so the order is knowable: we replay the insertions (in our insertion
// order) into a simulation of CPython 3.11's set table (8 slots to start, linear probing of 9
// slots then perturbation, growth to used*4 when 3/5 full). A set holding anything else
// (strings are hashed with a per-process random key in CPython) iterates in insertion order.
import { pyHash } from '../hash';
import { PyFloat } from '../numbers/box';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const M64 = (1n << 64n) - 1n;

function isNumeric(x: any): boolean {
  const t = typeof x;
  return t === 'number' || t === 'boolean' || t === 'bigint' || x instanceof PyFloat;
}

/** The CPython iteration order of `keys` (given in insertion order), or `keys` itself. */
export function cpythonSetOrder(keys: any[]): any[] {
  if (keys.length < 2) return keys;
  for (let i = 0; i < keys.length; i++) if (!isNumeric(keys[i])) return keys;
  let mask = 7;
  let table: (number | undefined)[] = new Array(8).fill(undefined); // indices into keys
  let hashes: bigint[] = [];
  let fill = 0;
  const hs: bigint[] = keys.map((k) => BigInt.asUintN(64, BigInt(pyHash(k))));
  hashes = hs;
  const insertClean = (tab: (number | undefined)[], m: number, idx: number) => {
    const h = hashes[idx];
    let perturb = h;
    let i = Number(h & BigInt(m));
    for (;;) {
      if (tab[i] === undefined) { tab[i] = idx; return; }
      if (i + LINEAR_PROBES <= m) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (tab[i + j] === undefined) { tab[i + j] = idx; return; }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };
  for (let idx = 0; idx < keys.length; idx++) {
    insertClean(table, mask, idx);
    fill++;
    if (fill * 5 >= mask * 3) {
      const used = fill;
      const minused = used > 50000 ? used * 2 : used * 4;
      let newsize = 8;
      while (newsize <= minused) newsize <<= 1;
      const old = table;
      table = new Array(newsize).fill(undefined);
      mask = newsize - 1;
      for (const e of old) if (e !== undefined) insertClean(table, mask, e);
    }
  }
  void M64;
  const out: any[] = [];
  for (const e of table) if (e !== undefined) out.push(keys[e]);
  return out;
}
