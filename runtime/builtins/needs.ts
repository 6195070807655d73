// Features a bundle keeps only when compiled code asks for them (docs/runtime-abi.md §7): each
// `need_X()` installs one, idempotently, and is a plain export, so a bundle whose modules never
// call it drops the feature and everything only it references. src/emit/method-packs.ts decides
// from a module's own source which needs it calls, right after its imports; a module that may
// compute attribute names calls them all (installAllPacks). JS code that runs Python semantics by
// hand (tests calling $rt.mod on strings ...) must call the need first, or installAllPacks().
import { setStrPercent } from '../objects/numbers/seqops';
import { percentFormat } from '../objects/strings/percent';
import { setBytesPercent } from '../objects/strings/bytesdunders';
import { bytesPercent } from '../objects/strings/bytespercent';
import { setBoxFormat } from '../objects/boxformat';
import { formatAny } from '../objects/strings/strformat';
import { setCrPow } from '../objects/numbers/floatops';
import { crPow } from '../objects/numbers/crpow';

/** `str % args` and `bytes % args` (printf-style formatting): modules using `%` or naming `__mod__`. */
export function need_percent(): void {
  setStrPercent(percentFormat);
  setBytesPercent(bytesPercent);
}

/**
 * `x.__format__(spec)` on an int/float/str subclass instance called by name: modules naming
 * `__format__` (format(), f-string specs and str.format reach formatting on their own).
 */
export function need_format(): void {
  setBoxFormat(formatAny);
}

/** Float powers (`**`, correctly rounded as CPython's): modules using `**` or naming `pow`/`__pow__`. */
export function need_pow(): void {
  setCrPow(crPow);
}
