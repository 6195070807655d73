// The object model's public names (runtime/index.ts re-exports them).
import './object';
import './reprs';
import './excmethods';
import './containers/listmethods';
import './containers/dictmethods';
import './containers/setmethods';
export { constSetDisplay } from './containers/setmethods';
import './containers/range';
export { PyObjectBase, PyType, objectType, typeType, None, NotImplemented, Ellipsis, typeOf, typeName, isSubtype, builtinType } from './core';
export { throwError, pyError, PyBaseException, BaseException, Exception, StopIteration, exceptionClasses, newException, isException } from './errors';
export { PyList, PyTuple, PyDict, PySet, PyFrozenSet, tuple, dictFrom, setFrom, frozensetFrom } from './containers';
export { PySlice, mkslice } from './containers/slice';
export { globalsDict, localsDict } from './nsdict';
export { PyRange } from './containers/range';
export { binaryDispatch, inplaceDispatch, compareDispatch, richCompare, unaryDispatch, pyRepr, pyStr, pyHash, truthy, iterToArray, pyEq } from './protocol';
export { starArg } from './calls';
export { gnameHint } from './suggest';
export { fn, fnInfo, fnAt, call0, call1, call2, call3, callN, callKw, callEx, PyMethod } from './calls';
export { getattr, setattr, delattr, hasattr, callMethod, callMethodKw } from './attrs';
export { PyProperty, PyStaticMethod, PyClassMethod } from './descriptors';
export { defClass, classNamespace, isInstance } from './classes';
export { superOf, superCall } from './super';
export { iter, next, nextS, STOP, pyIter, PyIterator } from './iter';
export { getitem, setitem, delitem, contains, notContains, len } from './subscript';
export { tb, handled, recursionError, formatTraceback, formatExceptionOnly } from './traceback';
export { excMatch, mkraise, chainContext } from './excmethods';
import './generator';
export { PyGenerator, mkgen, yieldFrom, generatorType, closeLoopGen, closeLoopGenS } from './generator';
export {
  mkList, mkTuple, mkSet, mkDict, mkSlice, mkBytes, unpack, unpackStar, unpackIter, buildKw, raise, reraise, chain,
  assertFail, index, withExit, withEnter, withEnterS, withExitExc, withExitExcS, withExitNone, withExitNoneS,
  matchSeq, matchMap, matchMapRest, matchClass,
} from './compiled';
export * from './suspendops';
export { next as iterNext, nextS as iterNextS } from './iter';
export { pyRepr as repr, pyStr as str } from './repr';
export { classNamespace as mkClassNamespace } from './classes';
import { pyRepr as _repr } from './repr';
import { asciiEscape as _ascii } from './strings/repr';
/** ascii(x) as an operator helper (f-string `!a`). */
export function ascii(x: any): string { return _ascii(_repr(x)); }
export { formatAny as format } from './strings/strformat';
