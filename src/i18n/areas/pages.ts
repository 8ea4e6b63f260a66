/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhPages = {} as const;

export const enPages: Record<keyof typeof zhPages, string> = {};
