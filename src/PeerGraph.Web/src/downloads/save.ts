// Hands a text file to the browser as a download (no BOM: the Blob holds exactly the UTF-8 of the text).
export function saveText(fileName: string, mimeType: string, text: string): void {
  const blob = new Blob([new TextEncoder().encode(text)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
