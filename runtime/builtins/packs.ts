// Method packs (docs/bundle-size.md): the non-dunder methods of the builtin types, grouped per
// type into install functions (`$rt.pack_str()` ...) that compiled code calls only when the
// program uses one of the pack's names as an attribute (src/emit/method-packs.ts), so a bundle
// keeps only the methods its program can reach. Shared by the compiler and the runtime;
// test/build/method-packs.test.ts checks each pack installs exactly these names.
//
// Not packed, always present: dunders (the runtime's protocols call them) and the methods of
// the types not listed here. `dict.keys` is packed: the runtime reads a dict or dict subclass
// instance through its table and calls `keys` only on other mappings, which define it. The one
// exception is the number pack: the dunders of int and float are packed with their methods,
// because every protocol path handles numbers (and PyFloat boxes) before it looks up a dunder
// on a type (objects/numbers/dunders.ts), so only code naming them can reach them.

/** The special methods int and float both define (the number pack). */
const NUMBER_DUNDERS = [
  '__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__', '__rtruediv__', '__floordiv__',
  '__rfloordiv__', '__mod__', '__rmod__', '__pow__', '__rpow__', '__divmod__', '__rdivmod__', '__eq__', '__ne__',
  '__lt__', '__le__', '__gt__', '__ge__', '__neg__', '__pos__', '__abs__', '__bool__', '__float__', '__hash__',
  '__round__',
];

/** pack name -> builtin type name -> the methods the pack installs on that type. */
export const METHOD_PACKS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  str: {
    str: [
      'capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find', 'format', 'format_map',
      'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
      'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix',
      'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines',
      'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill', 'maketrans',
      // operator dunders called by name (objects/strings/strdunders.ts): the operators handle
      // strings before any dunder lookup
      '__add__', '__mul__', '__rmul__', '__mod__', '__rmod__', '__contains__', '__iter__', '__lt__', '__le__', '__gt__',
      '__ge__',
    ],
  },
  bytes: {
    bytes: [
      'decode', 'hex', 'count', 'find', 'rfind', 'index', 'startswith', 'endswith', 'upper', 'lower', 'strip', 'lstrip',
      'rstrip', 'replace', 'split', 'join', 'fromhex',
    ],
  },
  list: {
    list: ['count', 'index', 'append', 'extend', 'insert', 'pop', 'remove', 'clear', 'copy', 'reverse', 'sort'],
    tuple: ['count', 'index'],
  },
  dict: {
    dict: ['keys', 'values', 'items', 'get', 'setdefault', 'pop', 'popitem', 'update', 'clear', 'copy', 'fromkeys'],
  },
  set: {
    set: [
      'union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint', 'copy',
      'add', 'remove', 'discard', 'pop', 'clear', 'update', 'intersection_update', 'difference_update',
      'symmetric_difference_update',
    ],
    frozenset: ['union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint', 'copy'],
  },
  num: {
    int: [
      ...NUMBER_DUNDERS, '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__', '__rand__', '__or__',
      '__ror__', '__xor__', '__rxor__', '__invert__', '__trunc__', '__floor__', '__ceil__', '__index__', '__int__',
      'real', 'imag', 'numerator', 'denominator', 'bit_length', 'bit_count', 'to_bytes', 'from_bytes', 'conjugate',
      'as_integer_ratio',
    ],
    float: [
      ...NUMBER_DUNDERS, '__int__', '__trunc__', '__floor__', '__ceil__', 'real', 'imag', 'hex', 'fromhex', 'is_integer',
      'as_integer_ratio', 'conjugate',
    ],
  },
};

/** The packs defining `name` on some type. */
export function packsDefining(name: string): string[] {
  const out: string[] = [];
  for (const pack of Object.keys(METHOD_PACKS)) {
    if (Object.values(METHOD_PACKS[pack]).some((names) => names.includes(name))) out.push(pack);
  }
  return out;
}

/** The packed method names of builtin type `typeName` (what `dir`-like listings must show). */
export function packedNamesOf(typeName: string): readonly string[] {
  const out: string[] = [];
  for (const pack of Object.keys(METHOD_PACKS)) out.push(...(METHOD_PACKS[pack][typeName] ?? []));
  return out;
}
