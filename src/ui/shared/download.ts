/** Saves text as a file, made in the browser: nothing is uploaded. */
export function downloadText(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has started by now; the object URL only needs to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
