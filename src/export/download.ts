/**
 * Saves text as a file: a Blob and a click on an <a download>, all in the
 * page (no request leaves it).
 */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
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
