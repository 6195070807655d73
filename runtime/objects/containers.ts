// The builtin containers, re-exported from one place.
export { PyList, PyTuple, listType, tupleType, tuple, EMPTY_TUPLE } from './containers/list';
export { PyDict, dictType, dictFrom } from './containers/dict';
export { PySet, PyFrozenSet, PySetBase, setType, frozensetType } from './containers/set';
export { setFrom, frozensetFrom } from './containers/setmethods';
