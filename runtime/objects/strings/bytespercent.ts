// `bytes % args` (PEP 461): printf-style formatting over latin-1 text, with bytes' own %b/%c
// and mapping keys (strings/percent.ts does the formatting). Installed by need_percent.
import { typeName } from '../core';
import { throwError } from '../errors';
import { PyBytes, bytesFromLatin1 } from './bytes';
import { percentFormat, BytesView } from './percent';

const bytesView: BytesView = {
  arg(v: any): string {
    if (v instanceof PyBytes) return v.latin1();
    throwError('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
  },
  char(v: any): string {
    if (v instanceof PyBytes && v.b.length === 1) return String.fromCharCode(v.b[0]);
    if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean') {
      const n = Number(v);
      if (n < 0 || n > 255) throwError('OverflowError', '%c arg not in range(256)');
      return String.fromCharCode(n);
    }
    throwError('TypeError', '%c requires an integer in range(256) or a single byte');
  },
  key(name: string): any {
    return bytesFromLatin1(name);
  },
};
/** `self % args` for bytes. */
export function bytesPercent(self: PyBytes, args: any): PyBytes {
  return bytesFromLatin1(percentFormat(self.latin1(), args, bytesView));
}
