/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhPdf = {} as const;

export const enPdf: Record<keyof typeof zhPdf, string> = {};
