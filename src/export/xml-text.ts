// Characters XML 1.0 forbids, and unpaired surrogates: one of them in a label would make
// the whole SVG or PPTX unreadable, so they are dropped.
/* eslint-disable no-control-regex */
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** Escapes untrusted text for element content and quoted attributes. */
export function escapeXml(text: string): string {
  return stripXmlInvalid(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
