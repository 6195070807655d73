// Facts about builtin names and host modules that the scope, effect and lowering stages share.

/** Builtins that are `function*`s: calling one suspends the caller (ABI §4). */
export const SUSPENDING_BUILTINS = new Set(['sleep', 'receive', 'frame', 'run', 'gather', 'with_timeout']);

/**
 * Builtins that never run user code that could suspend (no callbacks, no iteration of
 * arbitrary iterables, no dunder calls other than trivial ones such as `__index__`).
 */
export const INERT_BUILTINS = new Set([
  'isinstance', 'issubclass', 'id', 'callable', 'chr', 'ord', 'type', 'range', 'cancel', 'globals', 'locals',
  'bytes_fromhex', 'int_from_bytes', 'int_to_bytes', 'import_module', 'staticmethod', 'classmethod', 'property',
  'object', 'super', 'bin', 'oct', 'hex',
]);

/**
 * Builtin methods with a suspendable twin that iterate their argument (`sep.join(gen)`): a call
 * of a method so named may suspend when some generator body suspends (genSus).
 */
export const ITERATING_METHODS = new Set(['join']);

/** Host modules shipped with the runtime (language.md "Modules"), and which functions suspend. */
export const BUILTIN_HOST_MODULES: Record<string, (attr: string) => boolean> = {
  network: () => true, // deferred host calls
  time: (attr) => attr === 'sleep',
  math: () => false,
  json: () => false,
  random: () => false,
};

/** Does calling `module.attr` possibly suspend? Embedder modules: any function may be deferred. */
export function hostCallSuspends(module: string, attr: string): boolean {
  const f = Object.hasOwn(BUILTIN_HOST_MODULES, module) ? BUILTIN_HOST_MODULES[module] : undefined;
  return f ? f(attr) : true;
}

/** Does a host module hold any function that suspends (so its object escaping matters)? */
export function hostModuleSuspends(module: string): boolean {
  return module in BUILTIN_HOST_MODULES ? module === 'network' || module === 'time' : true;
}

/** The dunder methods an operator may invoke. */
export const BINOP_DUNDERS: Record<string, string[]> = {
  Add: ['__add__', '__radd__'], Sub: ['__sub__', '__rsub__'], Mult: ['__mul__', '__rmul__'],
  MatMult: ['__matmul__', '__rmatmul__'], Div: ['__truediv__', '__rtruediv__'], Mod: ['__mod__', '__rmod__'],
  Pow: ['__pow__', '__rpow__'], LShift: ['__lshift__', '__rlshift__'], RShift: ['__rshift__', '__rrshift__'],
  BitOr: ['__or__', '__ror__'], BitXor: ['__xor__', '__rxor__'], BitAnd: ['__and__', '__rand__'],
  FloorDiv: ['__floordiv__', '__rfloordiv__'],
};
export const INPLACE_DUNDER: Record<string, string> = {
  Add: '__iadd__', Sub: '__isub__', Mult: '__imul__', MatMult: '__imatmul__', Div: '__itruediv__', Mod: '__imod__',
  Pow: '__ipow__', LShift: '__ilshift__', RShift: '__irshift__', BitOr: '__ior__', BitXor: '__ixor__',
  BitAnd: '__iand__', FloorDiv: '__ifloordiv__',
};
export const CMP_DUNDERS: Record<string, string[]> = {
  Eq: ['__eq__'], NotEq: ['__ne__', '__eq__'], Lt: ['__lt__', '__gt__'], LtE: ['__le__', '__ge__'],
  Gt: ['__gt__', '__lt__'], GtE: ['__ge__', '__le__'], Is: [], IsNot: [],
  In: ['__contains__', '__iter__', '__next__', '__getitem__', '__eq__'],
  NotIn: ['__contains__', '__iter__', '__next__', '__getitem__', '__eq__'],
};
export const UNARY_DUNDERS: Record<string, string[]> = {
  Invert: ['__invert__'], Not: ['__bool__', '__len__'], UAdd: ['__pos__'], USub: ['__neg__'],
};
export const TRUTH_DUNDERS = ['__bool__', '__len__'];
export const ITER_DUNDERS = ['__iter__', '__next__', '__getitem__'];
export const CALL_DUNDERS = ['__call__', '__init__', '__new__'];
export const GETATTR_DUNDERS = ['__getattr__', '__getattribute__'];
export const FORMAT_DUNDERS = ['__format__', '__str__', '__repr__'];
export const WITH_DUNDERS = ['__enter__', '__exit__'];
