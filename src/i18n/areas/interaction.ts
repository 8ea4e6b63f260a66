/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhInteraction = {} as const;

export const enInteraction: Record<keyof typeof zhInteraction, string> = {};
