// CPython's argument-count messages for str methods. They come from three C calling
// conventions (METH_NOARGS/METH_O: "str.join() takes exactly one argument (2 given)";
// Argument Clinic positional-only: "center expected at least 1 argument, got 0";
// PyArg_ParseTuple / keyword parsers: "count() takes at least 1 argument (0 given)").
//
// How: the method's metadata declares every parameter optional plus a `*extra` parameter, and
// is marked `simple` so that in-range positional calls stay direct calls. Argument binding
// therefore never reports a count error itself: too many positionals arrive packed in `extra`
// (only binding produces that extra argument), and missing required ones arrive as undefined;
// the wrapper below counts and raises CPython's message.
import { PyType } from '../objects/core';
import { method } from '../objects/define';
import { methodCountError, type ArityStyle } from '../objects/calls';
import { PyTuple } from '../objects/containers/list';

const CLINIC = new Set(['center', 'ljust', 'rjust', 'strip', 'lstrip', 'rstrip', 'replace']);
const PARSE = new Set(['startswith', 'endswith', 'count', 'find', 'index', 'rfind', 'rindex',
  'split', 'rsplit', 'encode', 'splitlines', 'expandtabs']);

function countError(style: ArityStyle, name: string, min: number, max: number, given: number): never {
  methodCountError(style, `str.${name}`, name, min, max, given);
}

/** Installs str method `name(self, *params)` with `required` leading required parameters. */
export function strMethod(cls: PyType, name: string, params: string[], required: number, nposonly: number, impl: Function): void {
  const style: ArityStyle = CLINIC.has(name) ? 'clinic' : PARSE.has(name) ? 'parse' : 'exact';
  const k = params.length;
  const wrapper = function (this: unknown, ...a: any[]): any {
    if (a.length === k + 2) {
      const extra: PyTuple = a.pop();
      if (extra.items.length) countError(style, name, required, k, k + extra.items.length);
    }
    for (let i = 1; i <= required; i++) {
      if (a[i] === undefined) {
        let given = 0;
        for (let j = 1; j <= k; j++) if (a[j] !== undefined) given++;
        countError(style, name, required, k, given);
      }
    }
    return impl(...a);
  };
  method(cls, name, ['self', ...params], wrapper, { ndefaults: k, nposonly: nposonly + 1, vararg: 'extra' });
  const info = cls.proto['$' + name].$$info;
  info.simple = true; // in-range positional calls go straight to the wrapper (see above)
}
