/**
 * Bidi controls (embeddings, overrides, isolates, marks) that can make a title read as
 * something else: "report\u202Egnp.exe" shows as "reportexe.png". Shown titles, the tab
 * title and file names drop them; the document keeps what the user typed.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A title as shown: without bidi controls, and `untitled` when nothing visible is left. */
export function shownTitle(text: string, untitled: string): string {
  return withoutBidiControls(text).trim() || untitled;
}
