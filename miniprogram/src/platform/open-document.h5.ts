/** H5: a PDF opens in a new tab from its short-lived address (no opener: the tab cannot reach back into the app). */
export async function openDocument(url: string): Promise<void> {
  window.open(url, '_blank', 'noopener,noreferrer');
}
