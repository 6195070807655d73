// The by-name `builtins` table (`$rt.builtins.$len`, runtime ABI §7): every builtin as a
// `$`-prefixed property of one null-prototype object. Compiled code reads builtins through their
// own exports (`$rt.b_len`), so only code that looks builtins up by name at run time uses this
// table — and a bundle keeps every builtin exactly when something references it.
import { None, NotImplemented, Ellipsis } from '../objects/core';
import { exceptionClasses } from '../objects/errors';
import { schedulerBuiltins } from '../scheduler/builtins';
import * as types from './types';
import * as functions from './functions';
import * as iterators from './iterators';
import * as edge from './edge';
import * as imports from '../program/imports';

function buildTable(): any {
  const t: any = Object.create(null);
  for (const ns of [types, functions, iterators, edge, imports] as any[]) {
    for (const k of Object.keys(ns)) if (k.startsWith('b_')) t['$' + k.slice(2)] = ns[k];
  }
  for (const name of Object.keys(exceptionClasses)) t['$' + name] = exceptionClasses[name];
  for (const name of Object.keys(schedulerBuiltins)) t['$' + name] = schedulerBuiltins[name];
  t.$NotImplemented = NotImplemented;
  t.$Ellipsis = Ellipsis;
  t.$None = None;
  t.$True = true;
  t.$False = false;
  t.$__name__ = 'builtins';
  return t;
}

/** `$rt.builtins.$len` ... (null prototype: no JS name can be reached through it). */
export const builtins: any = /*#__PURE__*/ buildTable();
