/** The document of issue 11: each fragment spreads the next twice, so expanding it naively takes 2^levels walks. */
export function doublingFragments(levels: number, leaf = '__typename', on = 'Query'): string {
  let query = 'query Q { ...F0 }';
  for (let i = 0; i < levels; i += 1) query += ` fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`;
  return `${query} fragment F${levels} on ${on} { ${leaf} }`;
}
