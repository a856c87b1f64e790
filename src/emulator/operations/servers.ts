/** servers: not yet written. */
export const serverOperations = {};
