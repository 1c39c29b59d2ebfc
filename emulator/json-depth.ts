/** A limit on JSON nesting, checked on the text before anything recursive (parse, EJSON decoding, mingo) sees it. */

/** JSON nested deeper than this is refused with a 400 before it is parsed (deep values overflow the stack later). */
export const MAX_JSON_DEPTH = 100;

/** The deepest nesting of `[`/`{` in JSON text, counted outside strings without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}
