/**
 * Where uploads live in cloud storage: `<area>/<uploader openid>/<random id>.<ext>`. The areas are a closed list so
 * a file's purpose, and who may hand it in, can be read from its path alone.
 */
export const UPLOAD_AREAS = {
  /** 一件事 application materials (submit and 补正). */
  onething: '一件事申请材料',
  /** Result documents a department attaches when it approves (审批结果). */
  'onething-results': '一件事办理结果',
  /** Photos with a rating (好差评). */
  review: '评价照片',
  /** A department's evidence when it appeals a rating (申诉复核). */
  appeals: '申诉证据',
  /** Photos with a complaint or suggestion. */
  feedback: '投诉建议照片',
  /** ID card photos on the profile page. */
  'id-photo': '证件照片',
  /** Materials handed to a helper (帮办代办). */
  help: '帮办材料',
} as const;

export type UploadArea = keyof typeof UPLOAD_AREAS;
export const UPLOAD_AREA_IDS = Object.keys(UPLOAD_AREAS) as [UploadArea, ...UploadArea[]];

/** File name endings an upload may have: images and PDF, nothing a browser would run. */
export const UPLOAD_EXTENSIONS = ['jpg', 'jpeg', 'png', 'pdf'] as const;
export type UploadExtension = (typeof UPLOAD_EXTENSIONS)[number];

/** The most paths one prepareUpload call hands out (the largest material takes 20 files). */
export const MAX_UPLOADS_PER_CALL = 20;

/** The extension to upload a picked file under: its own when allowed, else jpg (camera photos have odd temp names). */
export function uploadExtensionOf(fileName: string): UploadExtension {
  const found = /\.(\w+)$/.exec(fileName)?.[1]?.toLowerCase();
  return (UPLOAD_EXTENSIONS as readonly string[]).includes(found ?? '') ? (found as UploadExtension) : 'jpg';
}
