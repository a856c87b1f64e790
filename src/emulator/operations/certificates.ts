/** certificates: not yet written. */
export const certificateOperations = {};
