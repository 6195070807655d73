// The object model's public names (runtime/index.ts re-exports them).
import './object';
export { PyObjectBase, PyType, objectType, typeType, None, NotImplemented, Ellipsis, typeOf, typeName, isSubtype, builtinType } from './core';
export { throwError, pyError, PyBaseException, BaseException, Exception, StopIteration, exceptionClasses, newException, isException } from './errors';
export { PyList, PyTuple, PyDict, PySet, PyFrozenSet, tuple, dictFrom, setFrom, frozensetFrom } from './containers';
export { binaryDispatch, inplaceDispatch, compareDispatch, richCompare, unaryDispatch, pyRepr, pyStr, pyHash, truthy, iterToArray, pyEq } from './protocol';
export { fn, call0, call1, call2, call3, callN, callKw, callEx, PyMethod } from './calls';
export { getattr, setattr, delattr, hasattr, callMethod, callMethodKw, PyProperty, PyStaticMethod, PyClassMethod } from './attrs';
export { defClass, classNamespace, superOf, superCall, isInstance } from './classes';
export { iter, next, nextS, STOP, pyIter } from './iter';
