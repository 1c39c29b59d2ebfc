/**
 * Local previews of files uploaded in this session (a temp path in WeChat, an object URL in H5), by file id.
 * Kept out of the draft and the submit: the backend takes only the uploaded file's id, name, type and size.
 */
const previews = new Map<string, string>();

export function rememberPreview(fileId: string, localPath: string): void {
  previews.set(fileId, localPath);
}

export function previewOf(fileId: string): string | undefined {
  return previews.get(fileId);
}
