/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhSheets = {} as const;

export const enSheets: Record<keyof typeof zhSheets, string> = {};
