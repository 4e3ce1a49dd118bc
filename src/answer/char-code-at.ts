// String.prototype.charCodeAt for loops over the characters of strings of every origin: `charCodeAt.call(text, i)`.
//
// Strings reach the text scans in half a dozen representations (flat, sliced or concatenated; one or two bytes a
// character), more than a property load stays fast for: `text.charCodeAt(i)` looks the method up on the string at
// every character, and once a loop has met enough representations that look-up is megamorphic (a probe of V8's
// stub cache, tens of instructions). The function called directly, the optimizing compiler reads the character in
// place whatever the representation. In foldText alone the look-up was ~12 % of the instructions of the slowest
// fresh questions at 10,000 entries (callgrind).

export const charCodeAt = String.prototype.charCodeAt;
