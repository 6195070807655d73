// All builtins, each its own export (`b_<name>`, see ./names.ts), and the by-name table built
// from them (./table: only programs that look builtins up by name keep every builtin).
import './types';

export {
  b_object, b_type, b_int, b_bool, b_float, b_str, b_bytes, b_list, b_tuple, b_dict, b_set, b_frozenset,
  b_range, b_slice, b_property, b_staticmethod, b_classmethod, b_super, b_NotImplemented, b_Ellipsis,
} from './types';
export { need_types } from './types';
export { need_percent, need_format, need_pow } from './needs';
export {
  b_print, b_input, b_len, b_repr, b_ascii, b_id, b_callable, b_hash, b_abs, b_round, b_divmod, b_pow, b_bin,
  b_oct, b_hex, b_chr, b_ord, b_format, b_getattr, b_setattr, b_hasattr, b_delattr, b_vars, b_isinstance,
  b_issubclass, b_iter, b_next, b_all, b_any, b_sum, b_min, b_max, b_sorted, b_globals, b_locals,
} from './functions';
export { isinstance, issubclass, isCallable, exactHash } from './functions';
export { b_enumerate, b_zip, b_map, b_filter, b_reversed } from './iterators';
export { b_bytes_fromhex, b_int_from_bytes, b_int_to_bytes } from './edge';
export { b_import_module } from '../program/imports';
export { builtins } from './table';
export { pack_str, pack_bytes, pack_list, pack_dict, pack_set, pack_num, installAllPacks } from './methodpacks';
export { METHOD_PACKS } from './packs';
export { gname, unboundLocal, unboundFree, delGlobal, defBuiltin, nameError } from './namespace';
export { BUILTIN_NAMES, EXPORTED_BUILTINS, SCHEDULER_BUILTINS, EXCEPTION_BUILTINS } from './names';
