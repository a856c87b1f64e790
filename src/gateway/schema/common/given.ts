/** GraphQL leaves absent fields undefined and explicit ones null; AWS wants absent members left out. */
export const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
