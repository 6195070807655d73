// "Did you mean: 'x'?" for NameError, as CPython 3.11's traceback printer adds it (the
// suggestion is not part of `str(e)`). The candidates are the frame's local names, the module's
// globals and the builtins; the distance is CPython's Levenshtein variant
// (Python/suggestions.c: case changes cost 1, other edits 2).
import { gname } from '../builtins/namespace';
import { BUILTIN_NAMES } from '../builtins/names';
import { packedNamesOf } from '../builtins/packs';
import { typeOf, PyType } from './core';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre); b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post); b = b.slice(0, b.length - post);
  if (!a.length || !b.length) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(bc, a[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** CPython's best suggestion for `wrong` among `names`, or null. */
export function suggest(wrong: string, names: string[]): string | null {
  if (names.length > MAX_CANDIDATE_ITEMS || wrong.length > MAX_STRING_SIZE) return null;
  let best = wrong.length;
  let suggestion: string | null = null;
  for (const n of names) {
    if (n === wrong) continue;
    let maxDistance = Math.floor(((n.length + wrong.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(wrong, n, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) { suggestion = n; best = d; }
  }
  return suggestion;
}

function ownNames(o: any): string[] {
  return Object.keys(o).filter((k) => k.charCodeAt(0) === 36 && k.charCodeAt(1) !== 36).map((k) => k.slice(1));
}

/**
 * `$rt.gnameHint(value, name, $g, localNames)`: `gname` for names no module-level statement
 * binds; a NameError remembers where to look for a suggestion.
 */
export function gnameHint(value: any, name: string, g: any, locals: string[]): any {
  if (value !== undefined) return value;
  try {
    return gname(value, name);
  } catch (e: any) {
    if (e !== null && typeof e === 'object') e.$$suggest = () => [...locals, ...ownNames(g), ...BUILTIN_NAMES];
    throw e;
  }
}

/** The ". Did you mean: 'x'?" suffix for an exception about to be printed ('' if none). */
export function suggestionSuffix(e: any): string {
  if (typeof e.$name !== 'string') return '';
  let names: string[];
  if (typeof e.$$suggest === 'function') names = e.$$suggest();
  else if (e.$obj !== undefined && isAttributeError(e)) names = dirNames(e.$obj);
  else return '';
  const s = suggest(e.$name, names);
  return s === null ? '' : `. Did you mean: '${s}'?`;
}

function isAttributeError(e: any): boolean {
  const t = typeOf(e);
  return t.mro.some((c) => c.name === 'AttributeError' && c.module === 'builtins');
}

/** The attribute names `dir(o)` would list: its own, then its class's along the MRO. */
function dirNames(o: any): string[] {
  const out = new Set<string>();
  if (o !== null && (typeof o === 'object' || typeof o === 'function')) for (const n of ownNames(o)) out.add(n);
  const classes = o instanceof PyType ? o.mro : typeOf(o).mro;
  for (const c of classes) {
    for (const n of ownNames(c.proto)) out.add(n);
    // a method pack the program never installed still names methods of the type
    if (c.module === 'builtins') for (const n of packedNamesOf(c.name)) out.add(n);
  }
  return [...out];
}
