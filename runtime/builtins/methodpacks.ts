// The method packs (./packs.ts lists their names): `$rt.pack_str()` ... install a builtin
// type's non-dunder methods the first time compiled code calls them. Compiled code calls the
// packs whose names its program uses as attributes, or `installAllPacks()` when it reaches
// attributes by computed names (src/emit/method-packs.ts). Each pack is a `/*#__PURE__*/`
// constant, so a bundle keeps only the packs its program calls and what they reference.
import { methodPack } from '../objects/define';
import { installListMethods } from '../objects/containers/listmethods';
import { installDictMethods } from '../objects/containers/dictmethods';
import { installSetMethods } from '../objects/containers/setmethods';
import { installStrMethods, installBytesMethods } from './types';
import { installStrDunders } from '../objects/strings/strdunders';
import { installNumberMethods } from '../objects/numbers/dunders';
import { twinStrJoin, twinListSort } from './twins';
import { need_percent, need_format, need_pow } from './needs';

export const pack_str = /*#__PURE__*/ methodPack(() => {
  installStrMethods();
  installStrDunders();
  twinStrJoin();
});
export const pack_bytes = /*#__PURE__*/ methodPack(installBytesMethods);
export const pack_list = /*#__PURE__*/ methodPack(() => {
  installListMethods();
  twinListSort();
});
export const pack_dict = /*#__PURE__*/ methodPack(installDictMethods);
export const pack_set = /*#__PURE__*/ methodPack(installSetMethods);
export const pack_num = /*#__PURE__*/ methodPack(installNumberMethods);

/**
 * Every pack and every need (./needs.ts): for code that reaches attributes by computed names
 * (`getattr(x, name)`), which may reach any method or dunder.
 */
export function installAllPacks(): void {
  need_percent();
  need_format();
  need_pow();
  pack_str();
  pack_bytes();
  pack_list();
  pack_dict();
  pack_set();
  pack_num();
}
