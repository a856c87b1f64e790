/** transfers: not yet written. */
export const transferOperations = {};
