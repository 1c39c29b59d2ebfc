/**
 * Whether the person has enlarged the system font (a hint to turn on 关怀模式 by itself).
 * Default (H5): browsers do not tell us, so only the stored choice counts. WeChat: fontScale.weapp.ts.
 */
export function systemFontEnlarged(): boolean {
  return false;
}
