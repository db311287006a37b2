/** How many events of a pasted batch the payload checker looks at. */
export const MAX_BATCH = 20;
