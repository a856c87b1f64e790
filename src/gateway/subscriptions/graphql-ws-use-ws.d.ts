// graphql-ws publishes `graphql-ws/use/ws` through package.json "exports" only, which the project's
// moduleResolution ("node") does not read; this points the compiler at the same declarations Node loads.
declare module 'graphql-ws/use/ws' {
  export { useServer, type Extra } from 'graphql-ws/dist/use/ws.cjs';
}
