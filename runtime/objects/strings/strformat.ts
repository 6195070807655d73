// str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h): auto and manual
// numbering, keyword fields, attribute and index lookups, !r/!s/!a, nested specs.
import { throwError, pyError } from '../errors';
import { typeOf } from '../core';
import { getattr } from '../attrs';
import { callDunder1 } from '../dunder';
import { pyStr, pyRepr } from '../protocol';
import { PyList, PyTuple } from '../containers/list';
import { PyDict } from '../containers/dict';
import { formatValue } from './formatspec';
import { asciiEscape } from './repr';
import { strGetItem } from './codepoints';
import { isScalar } from '../numbers/typename';
import { setBoxFormat } from '../boxformat';

/** format(x, spec) for any value: builtin scalars directly, else `type(x).__format__`. */
export function formatAny(x: any, spec: string): string {
  if (isScalar(x)) return formatValue(x, spec);
  setBoxFormat(formatAny); // an int/str/float subclass's __format__ formats its value with this
  const f = typeOf(x).proto.$__format__;
  if (typeof f !== 'function') return formatValue(x, spec);
  const r = callDunder1(f, x, spec);
  if (typeof r !== 'string') throwError('TypeError', `__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

function lookupKey(m: any, key: string): any {
  if (m instanceof PyDict) {
    const v = m.get(key);
    if (v === undefined) {
      const missing = typeOf(m).proto.$__missing__;
      if (typeof missing === 'function') return callDunder1(missing, m, key);
      throw pyError('KeyError', key);
    }
    return v;
  }
  const f = typeOf(m).proto.$__getitem__;
  if (typeof f !== 'function') throwError('TypeError', `'${typeOf(m).name}' object is not subscriptable`);
  return callDunder1(f, m, key);
}

function getIndex(obj: any, key: string | number): any {
  if (typeof key === 'number') {
    if (obj instanceof PyList || obj instanceof PyTuple) {
      const items = obj.items;
      const k = key < 0 ? key + items.length : key;
      if (k < 0 || k >= items.length) throwError('IndexError', `${obj instanceof PyList ? 'list' : 'tuple'} index out of range`);
      return items[k];
    }
    if (typeof obj === 'string') return strGetItem(obj, key);
  }
  return lookupKey(obj, key as any);
}

interface State { args: any[]; kw: any; auto: number; mode: '' | 'auto' | 'manual' }

function resolveField(field: string, st: State): any {
  // arg_name: up to the first '.' or '['
  let i = 0;
  while (i < field.length && field[i] !== '.' && field[i] !== '[') i++;
  const name = field.slice(0, i);
  let obj: any;
  if (name === '') {
    if (st.mode === 'manual') throwError('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    st.mode = 'auto';
    const k = st.auto++;
    if (k >= st.args.length) throwError('IndexError', `Replacement index ${k} out of range for positional args tuple`);
    obj = st.args[k];
  } else if (/^[0-9]+$/.test(name)) {
    if (st.mode === 'auto') throwError('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    st.mode = 'manual';
    const k = parseInt(name, 10);
    if (k >= st.args.length) throwError('IndexError', `Replacement index ${k} out of range for positional args tuple`);
    obj = st.args[k];
  } else {
    if (st.kw === null) throw pyError('KeyError', name);
    obj = lookupKey(st.kw, name);
  }
  while (i < field.length) {
    if (field[i] === '.') {
      let j = ++i;
      while (j < field.length && field[j] !== '.' && field[j] !== '[') j++;
      const attr = field.slice(i, j);
      if (!attr) throwError('ValueError', 'Empty attribute in format string');
      obj = getattr(obj, attr);
      i = j;
    } else {
      const j = field.indexOf(']', i);
      if (j < 0) throwError('ValueError', "expected '}' before end of string");
      const key = field.slice(i + 1, j);
      if (!key) throwError('ValueError', 'Empty attribute in format string');
      obj = getIndex(obj, /^[0-9]+$/.test(key) ? parseInt(key, 10) : key);
      i = j + 1;
      if (i < field.length && field[i] !== '.' && field[i] !== '[') {
        throwError('ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
    }
  }
  return obj;
}

function render(fmt: string, st: State, depth: number): string {
  if (depth > 2) throwError('ValueError', 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const open = fmt.indexOf('{', i);
    const close = fmt.indexOf('}', i);
    if (close >= 0 && (open < 0 || close < open)) {
      if (fmt[close + 1] !== '}') throwError('ValueError', "Single '}' encountered in format string");
      out += fmt.slice(i, close + 1);
      i = close + 2;
      continue;
    }
    if (open < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, open);
    if (fmt[open + 1] === '{') { out += '{'; i = open + 2; continue; }
    if (open + 1 >= n) throwError('ValueError', "Single '{' encountered in format string");
    // Find the matching '}' (the spec may contain nested {...} fields).
    let j = open + 1, level = 1;
    while (j < n) {
      const c = fmt[j];
      if (c === '[') { const k = fmt.indexOf(']', j); if (k < 0) break; j = k + 1; continue; }
      if (c === '{') level++;
      else if (c === '}') { level--; if (level === 0) break; }
      j++;
    }
    if (j >= n) throwError('ValueError', level > 1 || fmt.indexOf('}', open) < 0 ? "expected '}' before end of string" : "Single '{' encountered in format string");
    const body = fmt.slice(open + 1, j);
    i = j + 1;
    // Split field[!conv][:spec]; '!' and ':' inside [...] belong to the field.
    let k = 0;
    while (k < body.length && body[k] !== '!' && body[k] !== ':') {
      if (body[k] === '[') { const e = body.indexOf(']', k); k = e < 0 ? body.length : e + 1; } else k++;
    }
    const field = body.slice(0, k);
    let conv = '';
    let spec = '';
    if (body[k] === '!') {
      conv = body[k + 1] ?? '';
      if (k + 2 < body.length && body[k + 2] !== ':') throwError('ValueError', 'expected \':\' after conversion specifier');
      if (k + 1 >= body.length) throwError('ValueError', 'end of string while looking for conversion specifier');
      k += 2;
    }
    if (body[k] === ':') spec = body.slice(k + 1);
    let v = resolveField(field, st);
    if (conv) {
      if (conv === 'r') v = pyRepr(v);
      else if (conv === 's') v = pyStr(v);
      else if (conv === 'a') v = asciiEscape(pyRepr(v));
      else throwError('ValueError', `Unknown conversion specifier ${conv}`);
    }
    if (spec.includes('{')) spec = render(spec, st, depth + 1);
    out += formatAny(v, spec);
  }
  return out;
}

/** fmt.format(*args, **kwargs); kwargs is a dict (or null when none were given). */
export function strFormat(fmt: string, args: any[], kwargs: PyDict | null): string {
  return render(fmt, { args, kw: kwargs, auto: 0, mode: '' }, 0);
}

/** fmt.format_map(mapping) */
export function strFormatMap(fmt: string, mapping: any): string {
  return render(fmt, { args: [], kw: mapping, auto: 0, mode: '' }, 0);
}
