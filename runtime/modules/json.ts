// The `json` module: `dumps` with CPython's exact output (indent, separators, sort_keys,
// ensure_ascii, default, allow_nan, skipkeys) and `loads` with CPython's value mapping and
// error messages (`json.JSONDecodeError`, a ValueError subclass).
import { None, typeOf, PyType } from '../objects/core';
import { throwError, exceptionClasses, newException } from '../objects/errors';
import { PyList, PyTuple } from '../objects/containers/list';
import { PyDict } from '../objects/containers/dict';
import { HOLE } from '../objects/containers/hashtable';
import { PyFloat } from '../objects/numbers/box';
import { intRepr, doubleRepr } from '../objects/numbers/repr';
import { intFromString } from '../objects/numbers/parse';
import { truthy } from '../objects/truthy';
import { sortArray } from '../objects/containers/sort';
import { call1 } from '../objects/calls';
import { Frame, runSync } from '../scheduler/frames';
import { pyStr } from '../objects/repr';

let decodeError: PyType | null = null;
/** `json.JSONDecodeError`, made on first use so a bundle without json does not keep it. */
export function jsonDecodeError(): PyType {
  return (decodeError ??= new PyType('JSONDecodeError', [exceptionClasses.ValueError], { module: 'json.decoder' }));
}

function escapeString(s: string, ascii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ascii && c > 0x7e)) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function floatText(v: number, allowNan: boolean): string {
  if (v !== v || v === Infinity || v === -Infinity) {
    if (!allowNan) throwError('ValueError', `Out of range float values are not JSON compliant: ${doubleRepr(v)}`);
    return v !== v ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  }
  return doubleRepr(v);
}

interface DumpOpts {
  indent: string | null; itemSep: string; keySep: string; sortKeys: boolean; ascii: boolean;
  allowNan: boolean; skipKeys: boolean; dflt: any; checkCircular: boolean;
}

function plain(r: any): any { return r instanceof Frame ? runSync(r) : r; }

function keyText(k: any, o: DumpOpts): string | undefined {
  switch (typeof k) {
    case 'string': return k;
    case 'boolean': return k ? 'true' : 'false';
    case 'number': return Number.isInteger(k) ? String(k) : floatText(k, o.allowNan);
    case 'bigint': return intRepr(k);
  }
  if (k instanceof PyFloat) return floatText(k.v, o.allowNan);
  if (k === None) return 'null';
  if (o.skipKeys) return undefined;
  throwError('TypeError', `keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
}

function encode(x: any, o: DumpOpts, level: number, stack: any[]): string {
  switch (typeof x) {
    case 'string': return escapeString(x, o.ascii);
    case 'boolean': return x ? 'true' : 'false';
    case 'number': return Number.isInteger(x) ? String(x) : floatText(x, o.allowNan);
    case 'bigint': return intRepr(x);
  }
  if (x === None) return 'null';
  if (x instanceof PyFloat) return floatText(x.v, o.allowNan);
  if (x instanceof PyList || x instanceof PyTuple || x instanceof PyDict) {
    if (o.checkCircular) {
      if (stack.includes(x)) throwError('ValueError', 'Circular reference detected');
      stack.push(x);
    }
    try {
      return x instanceof PyDict ? encodeDict(x, o, level, stack) : encodeList(x.items, o, level, stack);
    } finally {
      if (o.checkCircular) stack.pop();
    }
  }
  if (o.dflt !== None) {
    const r = plain(call1(o.dflt, x));
    if (o.checkCircular) {
      if (stack.includes(x)) throwError('ValueError', 'Circular reference detected');
      stack.push(x);
    }
    try { return encode(r, o, level, stack); } finally { if (o.checkCircular) stack.pop(); }
  }
  throwError('TypeError', `Object of type ${typeOf(x).name} is not JSON serializable`);
}

function encodeList(items: any[], o: DumpOpts, level: number, stack: any[]): string {
  if (items.length === 0) return '[]';
  if (o.indent === null) return '[' + items.map((v) => encode(v, o, level, stack)).join(o.itemSep) + ']';
  const inner = '\n' + o.indent.repeat(level + 1);
  return '[' + inner + items.map((v) => encode(v, o, level + 1, stack)).join(o.itemSep + inner) + '\n' + o.indent.repeat(level) + ']';
}

function encodeDict(d: PyDict, o: DumpOpts, level: number, stack: any[]): string {
  const t = d.table;
  if (t.size === 0) return '{}';
  let pairs: [any, any][] = [];
  for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== HOLE) pairs.push([t.keys[i], t.vals![i]]);
  if (o.sortKeys) {
    const keys = pairs.map((p) => p[0]);
    const order = keys.map((_, i) => i);
    const boxed = order.map((i) => new PyTuple([keys[i], i]));
    sortArray(boxed, None, false);
    pairs = boxed.map((b) => pairs[b.items[1] as number]);
  }
  const parts: string[] = [];
  const nl = o.indent === null ? '' : '\n' + o.indent.repeat(level + 1);
  for (const [k, v] of pairs) {
    const ks = keyText(k, o);
    if (ks === undefined) continue;
    parts.push(nl + escapeString(ks, o.ascii) + o.keySep + encode(v, o, level + 1, stack));
  }
  if (parts.length === 0) return '{}';
  if (o.indent === null) return '{' + parts.join(o.itemSep) + '}';
  return '{' + parts.join(o.itemSep) + '\n' + o.indent.repeat(level) + '}';
}

export function dumps(obj: any, skipkeys: any, ensureAscii: any, checkCircular: any, allowNan: any, _cls: any,
  indent: any, separators: any, dflt: any, sortKeys: any): string {
  let ind: string | null = null;
  if (indent !== undefined && indent !== None) {
    if (typeof indent === 'string') ind = indent;
    else if (typeof indent === 'number' || typeof indent === 'boolean') ind = ' '.repeat(Math.max(0, +indent));
    else throwError('TypeError', `can't multiply sequence by non-int of type '${typeOf(indent).name}'`);
  }
  let itemSep = ind === null ? ', ' : ',', keySep = ': ';
  if (separators !== undefined && separators !== None) {
    const s = separators.items ?? [];
    if (s.length !== 2) throwError('ValueError', `too many values to unpack (expected 2)`);
    itemSep = pyStr(s[0]); keySep = pyStr(s[1]);
  }
  return encode(obj, {
    indent: ind, itemSep, keySep,
    sortKeys: sortKeys !== undefined && truthy(sortKeys),
    ascii: ensureAscii === undefined || truthy(ensureAscii),
    allowNan: allowNan === undefined || truthy(allowNan),
    skipKeys: skipkeys !== undefined && truthy(skipkeys),
    dflt: dflt === undefined ? None : dflt,
    checkCircular: checkCircular === undefined || truthy(checkCircular),
  }, 0, []);
}

// --- loads -------------------------------------------------------------------------------------
class Parser {
  i = 0;
  constructor(readonly s: string) {}

  fail(msg: string, at = this.i): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    const col = at - (before.lastIndexOf('\n') + 1) + 1;
    const e: any = newException(jsonDecodeError(), [`${msg}: line ${line} column ${col} (char ${at})`]);
    e.$msg = msg; e.$doc = this.s; e.$pos = at; e.$lineno = line; e.$colno = col;
    throw e;
  }
  ws(): void {
    const s = this.s;
    while (this.i < s.length && (s[this.i] === ' ' || s[this.i] === '\t' || s[this.i] === '\n' || s[this.i] === '\r')) this.i++;
  }
  value(): any {
    const s = this.s;
    this.ws();
    const c = s[this.i];
    if (c === '"') return this.string();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (s.startsWith('null', this.i)) { this.i += 4; return None; }
    if (s.startsWith('true', this.i)) { this.i += 4; return true; }
    if (s.startsWith('false', this.i)) { this.i += 5; return false; }
    if (s.startsWith('NaN', this.i)) { this.i += 3; return NaN; }
    if (s.startsWith('Infinity', this.i)) { this.i += 8; return Infinity; }
    if (s.startsWith('-Infinity', this.i)) { this.i += 9; return -Infinity; }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(this.i, this.i + 400));
    if (m) {
      this.i += m[0].length;
      if (m[1] === undefined && m[2] === undefined) return intFromString(m[0], 10);
      const v = Number(m[0]);
      return Number.isInteger(v) ? new PyFloat(v) : v;
    }
    return this.fail('Expecting value');
  }
  string(): string {
    const s = this.s;
    const start = this.i;
    this.i++;
    let out = '';
    for (;;) {
      if (this.i >= s.length) this.fail('Unterminated string starting at', start);
      const c = s[this.i];
      if (c === '"') { this.i++; return out; }
      if (c === '\\') {
        const e = s[this.i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in map) { out += map[e]; this.i += 2; continue; }
        if (e === 'u') {
          const hex = s.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\uXXXX escape', this.i + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
          continue;
        }
        this.fail('Invalid \\escape', this.i);
      }
      if (c.charCodeAt(0) < 0x20) this.fail('Invalid control character at', this.i);
      out += c;
      this.i++;
    }
  }
  object(): PyDict {
    const s = this.s;
    const d = new PyDict();
    this.i++;
    this.ws();
    if (s[this.i] === '}') { this.i++; return d; }
    for (;;) {
      this.ws();
      if (s[this.i] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const k = this.string();
      this.ws();
      if (s[this.i] !== ':') this.fail("Expecting ':' delimiter");
      this.i++;
      d.table.set(k, this.value());
      this.ws();
      if (s[this.i] === ',') {
        this.i++;
        continue; // CPython 3.11 has no trailing-comma message: the next item's error applies
      }
      if (s[this.i] === '}') { this.i++; return d; }
      this.fail("Expecting ',' delimiter");
    }
  }
  array(): PyList {
    const s = this.s;
    const items: any[] = [];
    this.i++;
    this.ws();
    if (s[this.i] === ']') { this.i++; return new PyList(items); }
    for (;;) {
      items.push(this.value());
      this.ws();
      if (s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (s[this.i] === ']') { this.i++; return new PyList(items); }
      this.fail("Expecting ',' delimiter");
    }
  }
}

export function loads(s: any): any {
  if (typeof s !== 'string') {
    if (s !== null && typeof s === 'object' && typeOf(s).name === 'bytes') s = new TextDecoder().decode(s.b);
    else throwError('TypeError', `the JSON object must be str, bytes or bytearray, not ${typeOf(s).name}`);
  }
  if (s.startsWith('\ufeff')) {
    const e: any = newException(jsonDecodeError(), ['Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)']);
    throw e;
  }
  const p = new Parser(s);
  const v = p.value();
  p.ws();
  if (p.i !== s.length) p.fail('Extra data');
  return v;
}
