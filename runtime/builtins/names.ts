// The names of the `builtins` namespace and where compiled code finds each one (runtime ABI §7).
// Shared by the compiler (src/lower/names.ts compiles a builtin name to its own runtime export,
// so a bundle keeps only the builtins a program names) and the runtime (NameError suggestions
// need the names, not the values). test/build/builtin-exports.test.ts checks these lists
// against the by-name table (`$rt.builtins`).

/** Builtin functions, classes and constants exported one by one as `$rt.b_<name>`. */
export const EXPORTED_BUILTINS: readonly string[] = [
  'object', 'type', 'int', 'bool', 'float', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range',
  'slice', 'property', 'staticmethod', 'classmethod', 'super', 'NotImplemented', 'Ellipsis', 'print', 'input',
  'len', 'repr', 'ascii', 'id', 'callable', 'hash', 'abs', 'round', 'divmod', 'pow', 'bin', 'oct', 'hex', 'chr',
  'ord', 'format', 'getattr', 'setattr', 'hasattr', 'delattr', 'vars', 'isinstance', 'issubclass', 'iter', 'next',
  'all', 'any', 'sum', 'min', 'max', 'sorted', 'globals', 'locals', 'enumerate', 'zip', 'map', 'filter',
  'reversed', 'bytes_fromhex', 'int_from_bytes', 'int_to_bytes', 'import_module',
];

/** The concurrency builtins: `$rt.schedulerBuiltins.<name>`. */
export const SCHEDULER_BUILTINS: readonly string[] = ['run', 'sleep', 'frame', 'gather', 'with_timeout', 'cancel', 'receive'];

/** The exception classes: `$rt.exceptionClasses.<name>` (the runtime needs them all anyway). */
export const EXCEPTION_BUILTINS: readonly string[] = [
  'BaseException', 'SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'CancelledError', 'Exception',
  'StopIteration', 'StopAsyncIteration', 'ArithmeticError', 'FloatingPointError', 'OverflowError',
  'ZeroDivisionError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ImportError',
  'ModuleNotFoundError', 'LookupError', 'IndexError', 'KeyError', 'MemoryError', 'NameError', 'UnboundLocalError',
  'OSError', 'IOError', 'EnvironmentError', 'BlockingIOError', 'ChildProcessError', 'ConnectionError',
  'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError',
  'FileNotFoundError', 'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
  'ProcessLookupError', 'TimeoutError', 'ReferenceError', 'RuntimeError', 'NotImplementedError', 'RecursionError',
  'SyntaxError', 'IndentationError', 'TabError', 'SystemError', 'TypeError', 'ValueError', 'UnicodeError',
  'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError', 'Warning', 'DeprecationWarning',
  'PendingDeprecationWarning', 'RuntimeWarning', 'SyntaxWarning', 'UserWarning', 'FutureWarning', 'ImportWarning',
  'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning',
];

/**
 * Every name of the namespace (None, True and False are keywords, but NameError suggests them),
 * in the table's order: the first of two equally close suggestions wins.
 */
export const BUILTIN_NAMES: readonly string[] = [
  ...EXPORTED_BUILTINS.slice(0, EXPORTED_BUILTINS.indexOf('NotImplemented')), ...EXCEPTION_BUILTINS,
  'NotImplemented', 'Ellipsis', 'None', 'True', 'False', '__name__',
  ...EXPORTED_BUILTINS.slice(EXPORTED_BUILTINS.indexOf('print')), ...SCHEDULER_BUILTINS,
];
