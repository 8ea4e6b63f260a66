/** Saves a blob through a temporary `<a download>`; the object URL is revoked once the click is handled. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const MAX_STEM = 80;
// Reserved on Windows, macOS or Linux, plus control characters and bidi controls (which can
// make "report\u202Egnp.exe" look like a PNG).
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A safe file name from a chart title: keeps CJK and other letters, '-' for illegal characters and spaces. */
export function fileNameFor(chartTitle: string, ext: string): string {
  let stem = (chartTitle ?? '')
    .normalize('NFC')
    .replace(ILLEGAL, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  stem = Array.from(stem)
    .slice(0, MAX_STEM)
    .join('')
    .replace(/[-.]+$/g, '');
  if (stem === '' || RESERVED_WINDOWS.test(stem)) stem = 'opschart';
  const extension = ext
    .replace(/^\.+/, '')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase();
  return extension ? `${stem}.${extension}` : stem;
}
