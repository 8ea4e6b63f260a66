/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhBilingual = {} as const;

export const enBilingual: Record<keyof typeof zhBilingual, string> = {};
