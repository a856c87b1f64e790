/** schema.graphql as graphcache's introspection, made at build time (portal/client-schema.mts). */
declare module 'virtual:portal-schema' {
  import type { IntrospectionQuery } from 'graphql';
  const schema: IntrospectionQuery;
  export default schema;
}
