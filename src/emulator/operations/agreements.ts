/** agreements: not yet written. */
export const agreementOperations = {};
