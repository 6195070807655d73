// Which method packs (runtime/builtins/packs.ts) a module installs: those defining a name the
// module may look up as an attribute. A module's own names suffice, whatever other modules
// do: each module installs its packs when it loads, before any of its code runs, so every
// attribute lookup compiled from this module finds the methods it could name.
//
// Names come from `obj.name`, `update` for `{**m}` (compiled as a call of it), class-pattern keywords (`case C(name=...)`), and every
// identifier-like word of a string constant (constant `getattr`/`hasattr` names,
// `"{0.name}".format(...)` fields, `__match_args__` entries). Anything that can reach an
// attribute by a name computed at run time installs every pack: `getattr`/`hasattr`/`vars`
// named other than in a call with a constant name (`vars`, `dir`: any use), `__dict__`, `__getattribute__`, and
// `str.format`/`format_map` on a format string that is not a constant.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { walkAll } from '../analysis/walk';
import { METHOD_PACKS } from '../../runtime/builtins/packs';

/** `'all'`, or the packs to install (possibly none). */
export type PackChoice = 'all' | string[];

const NAME_CHECKS = new Set(['getattr', 'hasattr']);
const DYNAMIC_NAMES = new Set(['vars', 'dir']);
const DYNAMIC_ATTRS = new Set(['__dict__', '__getattribute__', '__getattr__', 'format', 'format_map']);
const WORD = /[A-Za-z_][A-Za-z0-9_]*/g;

/** The attribute names the module may use, or null when it may compute them at run time. */
export function attributeNames(mod: A.Module): Set<string> | null {
  const names = new Set<string>();
  // Name nodes that are the callee of a call whose name argument is a constant string
  const checkedCallees = new Set<A.Node>();
  let dynamic = false;
  walkAll(mod, (n) => {
    if (dynamic) return false;
    switch (n.type) {
      case 'Call': {
        const f = n.func;
        if (f.type === 'Name' && NAME_CHECKS.has(f.id) && n.args.length >= 2 && n.keywords.length === 0 && isStr(n.args[1]) && !n.args.some((a) => a.type === 'Starred')) {
          checkedCallees.add(f);
        }
        // `"{0.x}".format(...)` with a constant format string: its words are collected below
        if (f.type === 'Attribute' && (f.attr === 'format' || f.attr === 'format_map') && isStr(f.value)) checkedCallees.add(f);
        break;
      }
      case 'Name':
        if ((NAME_CHECKS.has(n.id) && !checkedCallees.has(n)) || DYNAMIC_NAMES.has(n.id)) dynamic = true;
        if (n.id === 'pow') names.add('__pow__'); // the pow builtin raises to a power too
        break;
      case 'Attribute':
        if (DYNAMIC_ATTRS.has(n.attr) && !checkedCallees.has(n)) dynamic = true;
        names.add(n.attr);
        break;
      case 'Dict':
        // `{**m}` merges with the dict's own update method (src/lower/expressions.ts)
        if (n.keys.includes(null)) names.add('update');
        break;
      case 'BinOp':
      case 'AugAssign':
        // `a % b` calls __mod__ (or, for a str, printf-style formatting: need_percent), `a ** b`
        // __pow__ (or the float power: need_pow)
        if (n.op === 'Mod') names.add('__mod__');
        if (n.op === 'Pow') names.add('__pow__');
        break;
      case 'MatchClass':
        for (const a of n.kwdAttrs) names.add(a);
        break;
      case 'Constant':
        if (n.value.kind === 'str') for (const w of n.value.value.match(WORD) ?? []) names.add(w);
        break;
    }
    return undefined;
  });
  return dynamic ? null : names;
}

function isStr(e: A.Expr): boolean {
  return e.type === 'Constant' && e.value.kind === 'str';
}

/** The packs defining one of `names` (all packs when `names` is null). */
export function packsFor(names: Set<string> | null): PackChoice {
  if (names === null) return 'all';
  return Object.keys(METHOD_PACKS).filter((pack) => Object.values(METHOD_PACKS[pack]).some((list) => list.some((n) => names.has(n))));
}

/**
 * The statements that install `choice` (`$rt.pack_list();` ...), placed right after the
 * module's imports so they run when the module loads.
 */
export function packStatements(choice: PackChoice, rtName = '$rt'): t.Statement[] {
  const call = (f: string) => t.expressionStatement(t.callExpression(t.memberExpression(t.identifier(rtName), t.identifier(f)), []));
  return choice === 'all' ? [call('installAllPacks')] : choice.map((p) => call('pack_' + p));
}

/**
 * Attribute names that reach a builtin class without naming it (`x.__class__(...)`): a module
 * using one calls `$rt.need_types()`, which gives every builtin class its call (a bundle keeps
 * the call of `int`, `list` ... only when something names the class, runtime/builtins/types.ts).
 * `type(x)` needs nothing here: the `type` export brings them all.
 */
const CLASS_REACHING = ['__class__', '__mro__', '__bases__', '__base__', 'mro', '__subclasses__', '__objclass__', '__thisclass__'];

/** Whether a module with these attribute names (null: computed) must call `need_types()`. */
export function needsTypes(names: Set<string> | null): boolean {
  return names === null || CLASS_REACHING.some((n) => names.has(n));
}

/**
 * The runtime's `need_X()` features (runtime/builtins/needs.ts) and the attribute names that
 * may reach each: `%` formatting of str (the `%` operator counts as `__mod__`), the
 * `__format__` of int/float/str subclass instances called by name, and float powers (`**` and
 * the name `pow` count as `__pow__`). A module whose names are
 * computed calls installAllPacks(), which installs every need.
 */
const NEEDS: Record<string, readonly string[]> = {
  need_percent: ['__mod__', '__rmod__', '__imod__'],
  need_format: ['__format__'],
  need_pow: ['__pow__', '__rpow__', '__ipow__'],
};

/** The needs a module with these attribute names calls (none when computed: installAllPacks). */
export function needsFor(names: Set<string> | null): string[] {
  if (names === null) return [];
  return Object.keys(NEEDS).filter((need) => NEEDS[need].some((n) => names.has(n)));
}

/** Inserts the pack installs of module `mod` into its compiled `program`. */
export function installPacks(program: t.Program, mod: A.Module): void {
  const names = attributeNames(mod);
  const stmts = packStatements(packsFor(names));
  const call = (f: string) => t.expressionStatement(t.callExpression(t.memberExpression(t.identifier('$rt'), t.identifier(f)), []));
  for (const need of needsFor(names)) stmts.push(call(need));
  if (needsTypes(names)) stmts.push(call('need_types'));
  let at = 0;
  while (at < program.body.length && program.body[at].type === 'ImportDeclaration') at++;
  program.body.splice(at, 0, ...stmts);
}
