// The `random` module: CPython's Mersenne Twister (MT19937) with CPython's seeding of ints and
// its derived algorithms (random, getrandbits, randrange/randint via _randbelow, choice,
// shuffle, sample, uniform, choices), so seeded programs print what CPython prints.
import { None, typeOf } from '../objects/core';
import { throwError } from '../objects/errors';
import { PyList, PyTuple } from '../objects/containers/list';
import { PyFloat, flt, normBig } from '../objects/numbers/box';
import { iterToArray } from '../objects/iter';
import { len as pyLen, getitem } from '../objects/subscript';
import { pyHash } from '../objects/hash';
import { PyObjectBase, builtinType, type PyType } from '../objects/core';
import { method } from '../objects/define';
import { add, lt } from '../objects/numbers/index';

const N = 624, M = 397;

export class MersenneTwister {
  mt = new Uint32Array(N);
  mti = N + 1;
  /** the second value of gauss()'s last pair, given by its next call */
  gaussNext: number | null = null;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev + i, in 32-bit arithmetic
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    const klen = key.length;
    for (let k = N > klen ? N : klen; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= klen) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
    this.mti = N;
  }

  genrandUint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random.random(): 53 random bits in [0, 1). */
  random(): number {
    const a = this.genrandUint32() >>> 5, b = this.genrandUint32() >>> 6;
    return (a * 67108864 + b) * (1.0 / 9007199254740992);
  }

  /** getrandbits(k) as a JS number (k <= 53) or bigint. */
  getrandbits(k: number): number | bigint {
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    // little-endian 32-bit words, the last one truncated
    let r = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.genrandUint32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return normBig(r);
  }

  /** _randbelow_with_getrandbits(n) for n >= 1. */
  randbelow(n: number | bigint): number | bigint {
    if (typeof n === 'number' && n <= 0x100000000) {
      const k = n <= 1 ? (n === 1 ? 1 : 0) : Math.floor(Math.log2(n)) + 1;
      // bit_length computed exactly:
      const bits = bitLength(n);
      void k;
      let r = this.getrandbits(bits) as number;
      while (r >= n) r = this.getrandbits(bits) as number;
      return r;
    }
    const bn = BigInt(n);
    const bits = bigBitLength(bn);
    let r = BigInt(this.getrandbits(bits));
    while (r >= bn) r = BigInt(this.getrandbits(bits));
    return normBig(r);
  }

  /** seed(n) for an int n: CPython's init_by_array over |n|'s 32-bit words. */
  seedInt(n: bigint): void {
    this.gaussNext = null; // seed() forgets gauss()'s second value, as CPython
    if (n < 0n) n = -n;
    const key: number[] = [];
    if (n === 0n) key.push(0);
    while (n > 0n) { key.push(Number(n & 0xffffffffn)); n >>= 32n; }
    this.initByArray(key);
  }
}

function bitLength(n: number): number {
  let b = 0;
  while (n > 0) { n = Math.floor(n / 2); b++; }
  return b;
}
function bigBitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

// The module's hidden generator, made (and seeded from the clock) on first use, so a bundle
// that never imports random does not keep this module.
let hidden: MersenneTwister | null = null;
function hiddenGen(): MersenneTwister {
  if (hidden === null) {
    hidden = new MersenneTwister();
    hidden.seedInt(BigInt(Date.now()) * 1000003n + BigInt(Math.floor(Math.random() * 2 ** 32)));
  }
  return hidden;
}

function intVal(x: any, what: string): number | bigint {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return +x;
  if (x instanceof PyFloat && Number.isInteger(x.v)) throwError('TypeError', `'float' object cannot be interpreted as an integer`);
  throwError('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  void what;
}

function seedOn(g: MersenneTwister, a: any): any {
  if (a === undefined || a === None) {
    g.seedInt(BigInt(Date.now()) * 1000003n + BigInt(Math.floor(Math.random() * 2 ** 32)));
  } else if (typeof a === 'number' && Number.isInteger(a) || typeof a === 'bigint' || typeof a === 'boolean') {
    g.seedInt(BigInt(typeof a === 'boolean' ? +a : a));
  } else if (typeof a === 'number' || a instanceof PyFloat || a === None) {
    g.seedInt(BigInt(pyHash(a)));
  } else if (typeof a === 'string') {
    // CPython hashes str seeds with SHA-512; we use a stable hash of the code points instead.
    let h = 0n;
    for (const ch of a) h = (h * 1000003n + BigInt(ch.codePointAt(0)!)) & ((1n << 256n) - 1n);
    g.seedInt(h);
  } else {
    throwError('TypeError', 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
  return None;
}

function randomOn(g: MersenneTwister): any {
  return flt(g.random());
}

function getrandbitsOn(g: MersenneTwister, k: any): any {
  const n = Number(intVal(k, 'k'));
  if (n < 0) throwError('ValueError', 'number of bits must be non-negative');
  if (n === 0) return 0;
  return g.getrandbits(n);
}

function sub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return normBig(BigInt(a) - BigInt(b));
}

function randrangeOn(g: MersenneTwister, start: any, stop?: any, step?: any): any {
  const istart = intVal(start, 'start');
  if (stop === undefined || stop === None) {
    if (step !== undefined && step !== None) throwError('TypeError', 'Missing a non-None stop argument');
    if (istart > 0) return g.randbelow(istart);
    throwError('ValueError', 'empty range for randrange()');
  }
  const istop = intVal(stop, 'stop');
  const width = sub(istop, istart);
  const istep = step === undefined || step === None ? 1 : intVal(step, 'step');
  if (istep === 1) {
    if (width > 0) return add(istart, g.randbelow(width));
    throwError('ValueError', `empty range for randrange() (${String(istart)}, ${String(istop)}, ${String(width)})`);
  }
  const bs = BigInt(istep), bw = BigInt(width);
  let n: bigint;
  if (bs > 0n) n = (bw + bs - 1n) / bs;
  else if (bs < 0n) n = (bw + bs + 1n) / bs;
  else throwError('ValueError', 'zero step for randrange()');
  if (n <= 0n) throwError('ValueError', 'empty range for randrange()');
  const r = BigInt(g.randbelow(normBig(n)));
  return normBig(BigInt(istart) + bs * r);
}

function randintOn(g: MersenneTwister, a: any, b: any): any {
  return randrangeOn(g, a, add(b, 1));
}

function choiceOn(g: MersenneTwister, seq: any): any {
  const n = pyLen(seq);
  if (n === 0) throwError('IndexError', 'Cannot choose from an empty sequence');
  return getitem(seq, g.randbelow(n));
}

function shuffleOn(g: MersenneTwister, x: any): any {
  if (!(x instanceof PyList)) throwError('TypeError', `'${typeOf(x).name}' object does not support item assignment`);
  const items = x.items;
  for (let i = items.length - 1; i > 0; i--) {
    const j = g.randbelow(i + 1) as number;
    const t = items[i]; items[i] = items[j]; items[j] = t;
  }
  return None;
}

function uniformOn(g: MersenneTwister, a: any, b: any): any {
  const x = toDouble(a), y = toDouble(b);
  return flt(x + (y - x) * g.random());
}

// The continuous distributions, as CPython 3.11's random.py computes them (same draws, same
// formulas), so seeded programs print the same values.
const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);

function gaussOn(g: MersenneTwister, mu: any, sigma: any): any {
  const m = mu === undefined ? 0 : toDouble(mu), s = sigma === undefined ? 1 : toDouble(sigma);
  let z = g.gaussNext;
  g.gaussNext = null;
  if (z === null) {
    const x2pi = g.random() * 2 * Math.PI;
    const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - g.random()));
    z = Math.cos(x2pi) * g2rad;
    g.gaussNext = Math.sin(x2pi) * g2rad;
  }
  return flt(m + z * s);
}

function normalvariateOn(g: MersenneTwister, mu: any, sigma: any): any {
  const m = mu === undefined ? 0 : toDouble(mu), s = sigma === undefined ? 1 : toDouble(sigma);
  let z: number;
  for (;;) {
    const u1 = g.random();
    const u2 = 1.0 - g.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    if ((z * z) / 4.0 <= -Math.log(u2)) break;
  }
  return flt(m + z * s);
}

function expovariateOn(g: MersenneTwister, lambd: any): any {
  const l = toDouble(lambd);
  if (l === 0) throwError('ZeroDivisionError', 'float division by zero');
  return flt(-Math.log(1.0 - g.random()) / l);
}

function triangularOn(g: MersenneTwister, low: any, high: any, mode: any): any {
  let lo = low === undefined ? 0 : toDouble(low), hi = high === undefined ? 1 : toDouble(high);
  let u = g.random();
  let c: number;
  if (mode === undefined || mode === None) c = 0.5;
  else {
    if (hi - lo === 0) return low; // CPython returns `low` itself (its ZeroDivisionError path)
    c = (toDouble(mode) - lo) / (hi - lo);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [lo, hi] = [hi, lo];
  }
  return flt(lo + (hi - lo) * Math.sqrt(u * c));
}

function toDouble(x: any): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return +x;
  if (typeof x === 'bigint') return Number(x);
  if (x instanceof PyFloat) return x.v;
  throwError('TypeError', `must be real number, not ${typeOf(x).name}`);
}

function sampleOn(g: MersenneTwister, population: any, k: any, counts?: any): any {
  if (counts !== undefined && counts !== None) throwError('NotImplementedError', 'sample(counts=) is not supported');
  if (!(population instanceof PyList || population instanceof PyTuple || typeof population === 'string' || typeOf(population).name === 'range')) {
    throwError('TypeError', 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const pool0 = iterToArray(population);
  const n = pool0.length;
  const kk = Number(intVal(k, 'k'));
  if (kk < 0 || kk > n) throwError('ValueError', 'Sample larger than population or is negative');
  const result = new Array(kk);
  let setsize = 21;
  if (kk > 5) setsize += 4 ** Math.ceil(Math.log(kk * 3) / Math.log(4));
  if (n <= setsize) {
    const pool = pool0;
    for (let i = 0; i < kk; i++) {
      const j = g.randbelow(n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < kk; i++) {
      let j = g.randbelow(n) as number;
      while (selected.has(j)) j = g.randbelow(n) as number;
      selected.add(j);
      result[i] = pool0[j];
    }
  }
  return new PyList(result);
}

function choicesOn(g: MersenneTwister, population: any, weights: any, cumWeights: any, k: any): any {
  const pop = iterToArray(population);
  const n = pop.length;
  const count = k === undefined ? 1 : Number(intVal(k, 'k'));
  const noW = weights === undefined || weights === None;
  const noC = cumWeights === undefined || cumWeights === None;
  if (noW && noC) {
    if (n === 0) throwError('IndexError', 'Cannot choose from an empty population');
    const out = [];
    for (let i = 0; i < count; i++) out.push(pop[Math.floor(g.random() * n)]);
    return new PyList(out);
  }
  if (!noW && !noC) throwError('TypeError', 'Cannot specify both weights and cumulative weights');
  let cum: any[];
  if (!noW) {
    cum = [];
    let acc: any = 0;
    for (const w of iterToArray(weights)) { acc = add(acc, w); cum.push(acc); }
  } else cum = iterToArray(cumWeights);
  if (cum.length !== n) throwError('ValueError', 'The number of weights does not match the population');
  const total = toDouble(cum[n - 1]);
  if (total <= 0) throwError('ValueError', 'Total of weights must be greater than zero');
  const out = [];
  for (let i = 0; i < count; i++) {
    const x = g.random() * total;
    // bisect_right(cum, x, 0, n - 1)
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (lt(x, cum[mid])) hi = mid; else lo = mid + 1; }
    out.push(pop[lo]);
  }
  return new PyList(out);
}



// The module-level functions share one hidden generator, as CPython's module does.
export function seed(a?: any): any { return seedOn(hiddenGen(), a); }
export function random(): any { return randomOn(hiddenGen()); }
export function getrandbits(k: any): any { return getrandbitsOn(hiddenGen(), k); }
export function randrange(start: any, stop?: any, step?: any): any { return randrangeOn(hiddenGen(), start, stop, step); }
export function randint(a: any, b: any): any { return randintOn(hiddenGen(), a, b); }
export function choice(seq: any): any { return choiceOn(hiddenGen(), seq); }
export function shuffle(x: any): any { return shuffleOn(hiddenGen(), x); }
export function uniform(a: any, b: any): any { return uniformOn(hiddenGen(), a, b); }
export function sample(population: any, k: any, counts?: any): any { return sampleOn(hiddenGen(), population, k, counts); }
export function choices(population: any, weights: any, cumWeights: any, k: any): any { return choicesOn(hiddenGen(), population, weights, cumWeights, k); }
export function gauss(mu?: any, sigma?: any): any { return gaussOn(hiddenGen(), mu, sigma); }
export function normalvariate(mu?: any, sigma?: any): any { return normalvariateOn(hiddenGen(), mu, sigma); }
export function expovariate(lambd: any): any { return expovariateOn(hiddenGen(), lambd); }
export function triangular(low?: any, high?: any, mode?: any): any { return triangularOn(hiddenGen(), low, high, mode); }

/** `random.Random(x=None)`: an independent generator with the module's methods. */
export class PyRandom extends PyObjectBase {
  gen = new MersenneTwister();
}
function randomMethod(cls: PyType, name: string, params: string[], f: (g: MersenneTwister, ...a: any[]) => any, ndefaults = 0, extra = {}): void {
  method(cls, name, ['self', ...params], (self: PyRandom, ...a: any[]) => {
    if (!(self instanceof PyRandom)) throwError('TypeError', `descriptor '${name}' requires a 'Random' object`);
    return f(self.gen, ...a);
  }, { ndefaults, ...extra });
}

let randomType: PyType | null = null;

/** The class `random.Random`, made on first use (like the hidden generator). */
export function randomClass(): PyType {
  if (randomType !== null) return randomType;
  (PyRandom.prototype as any).$$inst = true;
  const cls = builtinType('Random', null, PyRandom.prototype);
  (cls.proto as any).$__module__ = 'random';
  method(cls, '__init__', ['self', 'x'], (self: PyRandom, x: any) => {
    if (!(self.gen instanceof MersenneTwister)) self.gen = new MersenneTwister();
    seedOn(self.gen, x);
    return None;
  }, { ndefaults: 1 });
  randomMethod(cls, 'seed', ['a', 'version'], (g, a) => seedOn(g, a), 2);
  randomMethod(cls, 'random', [], randomOn);
  randomMethod(cls, 'getrandbits', ['k'], getrandbitsOn);
  randomMethod(cls, 'randrange', ['start', 'stop', 'step'], randrangeOn, 2);
  randomMethod(cls, 'randint', ['a', 'b'], randintOn);
  randomMethod(cls, 'choice', ['seq'], choiceOn);
  randomMethod(cls, 'shuffle', ['x'], shuffleOn);
  randomMethod(cls, 'uniform', ['a', 'b'], uniformOn);
  randomMethod(cls, 'sample', ['population', 'k'], sampleOn, 0, { kwonly: ['counts'], kwdefaults: [None] });
  randomMethod(cls, 'choices', ['population', 'weights'], choicesOn, 1, { kwonly: ['cum_weights', 'k'], kwdefaults: [None, 1] });
  randomMethod(cls, 'gauss', ['mu', 'sigma'], gaussOn, 2);
  randomMethod(cls, 'normalvariate', ['mu', 'sigma'], normalvariateOn, 2);
  randomMethod(cls, 'expovariate', ['lambd'], expovariateOn);
  randomMethod(cls, 'triangular', ['low', 'high', 'mode'], triangularOn, 3);
  return (randomType = cls);
}
