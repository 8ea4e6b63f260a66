/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhStorage = {} as const;

export const enStorage: Record<keyof typeof zhStorage, string> = {};
