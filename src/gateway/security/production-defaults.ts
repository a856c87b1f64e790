/** What a production gateway hides or refuses; each defaults from NODE_ENV=production and can be set on its own. */
export interface ProductionDefaultsOptions {
  /** Answer introspection queries (INTROSPECTION; default off in production). */
  introspection: boolean;
  /** Let validation errors suggest field and type names, "Did you mean …?" (SCHEMA_SUGGESTIONS; default off in production). */
  schemaSuggestions: boolean;
  /** Refuse requests a browser could send cross-site without a preflight (CSRF_PREVENTION; default on). */
  csrfPrevention: boolean;
  /** Accept a JSON array of operations in one HTTP request (HTTP_BATCHING; default off). */
  httpBatching: boolean;
}

/** The Apollo Server settings the production defaults decide. */
export interface ApolloHardening {
  introspection: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
  csrfPrevention: boolean;
  allowBatchedHttpRequests: boolean;
  includeStacktraceInErrorResponses: false;
}

/** The defaults for `production` (NODE_ENV=production) or not. */
export function productionDefaults(production: boolean): ProductionDefaultsOptions {
  return { introspection: !production, schemaSuggestions: !production, csrfPrevention: true, httpBatching: false };
}

/** The Apollo Server settings these options mean; stack traces never reach a client, in any mode. */
export function apolloHardening(options: ProductionDefaultsOptions): ApolloHardening {
  return {
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: !options.schemaSuggestions,
    csrfPrevention: options.csrfPrevention,
    allowBatchedHttpRequests: options.httpBatching,
    includeStacktraceInErrorResponses: false,
  };
}
