// Strings: code-point str operations, repr, methods, formatting (format spec, %, str.format),
// and bytes.
export { strLen, strGetItem, strSlice, strContains, adjustSlice, codePoints, hasSurrogates } from './codepoints';
export { strRepr, strAscii, asciiEscape, strHash } from './repr';
export { strCompare, strLt } from './compare';
export { strMethods, strMethodSigs, strMaketrans } from './methods';
export { formatValue, parseSpec } from './formatspec';
export { percentFormat } from './percent';
export { strFormat, strFormatMap, formatAny } from './strformat';
export { isSpaceCode, stripWs } from './chars';
export {
  PyBytes, bytesType, bytesRepr, bytesDecode, strEncode, bytesFromHex, bytesNew, bytesGetItem,
  bytesSlice, bytesContains, bytesMethods, bytesFromLatin1,
} from './bytes';
