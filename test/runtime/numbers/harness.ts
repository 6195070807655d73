// Shared helpers for the CPython-generated case tables (see cases_gen.py).
import '../../../runtime/objects/index'; // sets up the object model (reprs of None, lists, ...)
import { PyFloat, normBig, numRepr } from '../../../runtime/objects/numbers';
import { strRepr, PyBytes, bytesRepr } from '../../../runtime/objects/strings';
import { PyList, PyTuple } from '../../../runtime/objects/containers/list';
import { PyDict, dictFrom } from '../../../runtime/objects/containers/dict';
import { None } from '../../../runtime/objects/core';
import { pyRepr } from '../../../runtime/objects/repr';

export interface Enc { t: string; v?: any }
export interface Case {
  kind: string; args: Enc[]; repr?: string; err?: string; msg?: string;
  op?: string; fn?: string; method?: string;
}

export function dec(e: Enc): any {
  switch (e.t) {
    case 'bool': return e.v;
    case 'int': return normBig(BigInt(e.v));
    case 'float': {
      const v = e.v === 'nan' ? NaN : e.v === 'inf' ? Infinity : e.v === '-inf' ? -Infinity : Number(e.v);
      return Number.isInteger(v) ? new PyFloat(v) : v;
    }
    case 'str': return e.v;
    case 'tuple': return new PyTuple(e.v.map(dec));
    case 'list': return new PyList(e.v.map(dec));
    case 'dict': return dictFrom(e.v.map(([k, v]: [Enc, Enc]) => [dec(k), dec(v)]));
    case 'none': return None;
    case 'bytes': return new PyBytes(Uint8Array.from(e.v));
  }
  throw new Error('bad enc ' + e.t);
}

/** repr() of the values these tests produce (independent of the object model's repr). */
export function trepr(x: any): string {
  if (typeof x === 'string') return strRepr(x);
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyFloat) return numRepr(x);
  if (x instanceof PyTuple) return x.items.length === 1 ? `(${trepr(x.items[0])},)` : `(${x.items.map(trepr).join(', ')})`;
  if (x instanceof PyList) return `[${x.items.map(trepr).join(', ')}]`;
  if (x instanceof PyBytes) return bytesRepr(x);
  if (x instanceof PyDict) return `{${x.table.keys.filter((k: any) => typeof k !== 'symbol').map((k: any) => `${trepr(k)}: ${trepr(x.get(k))}`).join(', ')}}`;
  if (x === None) return 'None';
  return `<${typeof x}>`;
}

/** Runs fn and describes the outcome the way the case table does. */
export function outcome(fn: () => any): { repr?: string; err?: string; msg?: string } {
  try {
    return { repr: trepr(fn()) };
  } catch (e: any) {
    if (e && e.$$cls) {
      // str(KeyError(k)) is repr(k) in CPython (the case tables record str(e))
      if (e.$$cls.name === 'KeyError' && e.$$args.length === 1) return { err: 'KeyError', msg: pyRepr(e.$$args[0]) };
      return { err: e.$$cls.name, msg: e.$$args.length ? String(e.$$args[0]) : '' };
    }
    return { err: 'JS:' + (e?.constructor?.name ?? typeof e), msg: String(e?.message ?? e) };
  }
}

export function expected(c: Case): { repr?: string; err?: string; msg?: string } {
  return c.err !== undefined ? { err: c.err, msg: c.msg } : { repr: c.repr };
}

/** Runs every case; returns the mismatches (described) so one test can report them all. */
export function check(cases: Case[], run: (c: Case, args: any[]) => any): string[] {
  const bad: string[] = [];
  for (const c of cases) {
    const args = c.args.map(dec);
    const got = outcome(() => run(c, args));
    const want = expected(c);
    if (got.repr !== want.repr || got.err !== want.err || (want.err !== undefined && got.msg !== want.msg)) {
      bad.push(`${c.kind} ${c.op ?? c.fn ?? c.method ?? ''} ${JSON.stringify(c.args.map((a) => a.v))}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
  }
  return bad;
}
