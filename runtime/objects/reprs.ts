// repr() of the builtin singletons, functions, methods and slices.
import { typeOf, None, NotImplemented, Ellipsis, functionType, builtinFunctionType } from './core';
import { method } from './define';
import { methodType, PyMethod, Info } from './calls';
import { sliceType, PySlice } from './containers/slice';
import { identity } from './hash';
import { pyRepr } from './repr';

const addr = (x: any) => '0x' + identity(x).toString(16).padStart(12, '0');

method(typeOf(None), '__repr__', ['self'], () => 'None');
method(typeOf(None), '__bool__', ['self'], () => false);
method(typeOf(NotImplemented), '__repr__', ['self'], () => 'NotImplemented');
method(typeOf(Ellipsis), '__repr__', ['self'], () => 'Ellipsis');
method(functionType, '__repr__', ['self'], (f: any) => {
  const info: Info | undefined = f.$$info;
  return `<function ${info ? info.qualname : f.name || '<lambda>'} at ${addr(f)}>`;
});
method(builtinFunctionType, '__repr__', ['self'], (f: any) => {
  if (f instanceof PyMethod) return methodRepr(f);
  const info: Info | undefined = f.$$info;
  return `<built-in function ${info ? info.name : f.name}>`;
});
method(methodType, '__repr__', ['self'], (m: PyMethod) => methodRepr(m));
function methodRepr(m: PyMethod): string {
  const info: Info | undefined = m.fn.$$info;
  if (info && info.kind === 'builtin') return `<built-in method ${info.name} of ${typeOf(m.self).name} object at ${addr(m.self)}>`;
  return `<bound method ${info ? info.qualname : '?'} of ${pyRepr(m.self)}>`;
}
const methodEq = (m: any, o: any) => m instanceof PyMethod ? o instanceof PyMethod && o.fn === m.fn && o.self === m.self : m === o;
const methodHash = (m: any) => m instanceof PyMethod ? identity(m.fn) ^ identity(m.self) : identity(m) >> 4;
method(methodType, '__eq__', ['self', 'other'], methodEq);
method(methodType, '__hash__', ['self'], methodHash);
// bound builtin methods are builtin_function_or_method too
method(builtinFunctionType, '__eq__', ['self', 'other'], methodEq);
method(builtinFunctionType, '__hash__', ['self'], methodHash);
method(sliceType, '__repr__', ['self'], (s: PySlice) => `slice(${pyRepr(s.start)}, ${pyRepr(s.stop)}, ${pyRepr(s.step)})`);
