/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhScreens = {} as const;

export const enScreens: Record<keyof typeof zhScreens, string> = {};
