/** connectors: not yet written. */
export const connectorOperations = {};
