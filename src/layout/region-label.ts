/** How far a region's label sits in from the region's left side. */
export const LABEL_INSET = 16;
