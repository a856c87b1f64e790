/**
 * Typed documents for front-ends, generated from schema.graphql and examples/*.graphql (`npm run codegen`).
 * Use them with any client that understands TypedDocumentNode (Apollo Client, urql, graphql-request, ...).
 */
export * from './generated';
