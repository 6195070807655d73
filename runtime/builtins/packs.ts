// Method packs (docs/bundle-size.md): the non-dunder methods of the builtin types, grouped per
// type into install functions (`$rt.pack_str()` ...) that compiled code calls only when the
// program uses one of the pack's names as an attribute (src/emit/method-packs.ts), so a bundle
// keeps only the methods its program can reach. Shared by the compiler and the runtime;
// test/build/method-packs.test.ts checks each pack installs exactly these names.
//
// Not packed, always present: dunders (the runtime's protocols call them), `dict.keys` (the
// runtime reads mappings through it), and the methods of the types not listed here.

/** pack name -> builtin type name -> the methods the pack installs on that type. */
export const METHOD_PACKS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  str: {
    str: [
      'capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find', 'format', 'format_map',
      'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
      'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix',
      'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines',
      'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill', 'maketrans',
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
    dict: ['values', 'items', 'get', 'setdefault', 'pop', 'popitem', 'update', 'clear', 'copy', 'fromkeys'],
  },
  set: {
    set: [
      'union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint', 'copy',
      'add', 'remove', 'discard', 'pop', 'clear', 'update', 'intersection_update', 'difference_update',
      'symmetric_difference_update',
    ],
    frozenset: ['union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint', 'copy'],
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
