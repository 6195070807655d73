// The built-in exception hierarchy (CPython 3.11) and the helpers the runtime uses to raise.
//
// Exceptions are NOT JS `Error`s: V8 captures a stack for every Error, which makes raising
// expensive (see shared/bench/README.md). An exception is a plain object made with
// `Object.create(cls.proto)`; `PyBaseException` is the JS class whose prototype is
// `BaseException.proto`.
import { PyObjectBase, PyType, None, objectType, setMroErrorFactory } from './core';

/** A traceback entry: the frame info `{ name, file }` and the line. */
export interface TbEntry { fi: { name: string; file: string }; line: number; /** depth.n when recorded */ d: number }

export class PyBaseException extends PyObjectBase {
  declare $$cls: PyType;
  /** `args` as a JS array (exposed to Python as a tuple by `e.args`). */
  declare $$args: any[];
  /** innermost-last list of frames the exception passed through. */
  declare $$tb: TbEntry[] | undefined;
  declare $__cause__: any;
  declare $__context__: any;
  declare $__suppress_context__: boolean;
}
export type PyException = PyBaseException;

const P: any = PyBaseException.prototype;
P.$__cause__ = None;
P.$__context__ = None;
P.$__suppress_context__ = false;
P.$$inst = true;
P.$$simple = true;
P.$$args = [];

export const BaseException = new PyType('BaseException', [objectType], { proto: P });

/** name → class, for `pyError('ValueError', ...)`. */
export const exceptionClasses: Record<string, PyType> = Object.create(null);
exceptionClasses.BaseException = BaseException;

function def(name: string, base: PyType): PyType {
  const t = new PyType(name, [base]);
  exceptionClasses[name] = t;
  return t;
}

export const SystemExit = def('SystemExit', BaseException);
export const KeyboardInterrupt = def('KeyboardInterrupt', BaseException);
export const GeneratorExit = def('GeneratorExit', BaseException);
export const CancelledError = def('CancelledError', BaseException);
export const Exception = def('Exception', BaseException);
export const StopIteration = def('StopIteration', Exception);
export const StopAsyncIteration = def('StopAsyncIteration', Exception);
export const ArithmeticError = def('ArithmeticError', Exception);
def('FloatingPointError', ArithmeticError);
def('OverflowError', ArithmeticError);
def('ZeroDivisionError', ArithmeticError);
def('AssertionError', Exception);
def('AttributeError', Exception);
def('BufferError', Exception);
def('EOFError', Exception);
const ImportError = def('ImportError', Exception);
def('ModuleNotFoundError', ImportError);
const LookupError = def('LookupError', Exception);
def('IndexError', LookupError);
def('KeyError', LookupError);
def('MemoryError', Exception);
const NameError = def('NameError', Exception);
def('UnboundLocalError', NameError);
const OSError = def('OSError', Exception);
exceptionClasses.IOError = OSError;
exceptionClasses.EnvironmentError = OSError;
def('BlockingIOError', OSError);
def('ChildProcessError', OSError);
const ConnectionError = def('ConnectionError', OSError);
def('BrokenPipeError', ConnectionError);
def('ConnectionAbortedError', ConnectionError);
def('ConnectionRefusedError', ConnectionError);
def('ConnectionResetError', ConnectionError);
def('FileExistsError', OSError);
def('FileNotFoundError', OSError);
def('InterruptedError', OSError);
def('IsADirectoryError', OSError);
def('NotADirectoryError', OSError);
def('PermissionError', OSError);
def('ProcessLookupError', OSError);
export const TimeoutError = def('TimeoutError', OSError);
def('ReferenceError', Exception);
const RuntimeError = def('RuntimeError', Exception);
def('NotImplementedError', RuntimeError);
def('RecursionError', RuntimeError);
const SyntaxError = def('SyntaxError', Exception);
const IndentationError = def('IndentationError', SyntaxError);
def('TabError', IndentationError);
def('SystemError', Exception);
def('TypeError', Exception);
const ValueError = def('ValueError', Exception);
const UnicodeError = def('UnicodeError', ValueError);
def('UnicodeDecodeError', UnicodeError);
def('UnicodeEncodeError', UnicodeError);
def('UnicodeTranslateError', UnicodeError);
const Warning = def('Warning', Exception);
for (const w of ['DeprecationWarning', 'PendingDeprecationWarning', 'RuntimeWarning', 'SyntaxWarning',
  'UserWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning',
  'EncodingWarning']) def(w, Warning);
void RuntimeError; void ValueError;

setMroErrorFactory((msg) => pyError('TypeError', msg));

/** Makes an exception instance of `cls` with the given args (no `__init__` call). */
export function newException(cls: PyType, args: any[]): PyBaseException {
  const e = Object.create(cls.proto) as PyBaseException;
  e.$$args = args;
  e.$$tb = undefined;
  if (cls === StopIteration || (cls.mro.includes(StopIteration) && cls !== StopIteration)) {
    (e as any).$value = args.length ? args[0] : None;
  }
  if (args.length < 2 && (cls === SystemExit || cls.mro.includes(SystemExit))) (e as any).$code = args.length === 0 ? None : args[0];
  return e;
}

/** An instance of the built-in exception class `typeName` with the given args. */
export function pyError(typeName: string, ...args: any[]): PyBaseException {
  const cls = exceptionClasses[typeName];
  if (cls === undefined) return newException(exceptionClasses.SystemError, [`unknown exception class ${typeName} (please report a bug in edgepy)`]);
  return newException(cls, args);
}

/** Raises the built-in exception `typeName(message)` (no args when message is omitted). */
export function throwError(typeName: string, message?: string): never {
  throw message === undefined ? pyError(typeName) : pyError(typeName, message);
}

export function isException(x: any): x is PyBaseException {
  return x instanceof PyBaseException;
}

/** Whether exception `e` is an instance of the built-in class named `typeName` (or a subclass). */
export function isErrorOf(e: any, typeName: string): boolean {
  if (!(e instanceof PyBaseException)) return false;
  const c = exceptionClasses[typeName];
  const t = e.$$cls;
  return t === c || t.mro.includes(c);
}
