/**
 * Saves text as a file: a Blob and a click on an <a download>, all in the
 * page (no request leaves it).
 */
export function downloadText(filename: string, text: string, mime: string): void {
  downloadBlob(filename, new Blob([text], { type: mime }));
}

/** Saves a Blob (e.g. the slide deck) as a file. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after the click returns: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
