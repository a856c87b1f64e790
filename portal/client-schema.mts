import { readFileSync } from 'node:fs';
import { buildSchema, introspectionFromSchema, type IntrospectionTypeRef } from 'graphql';
import type { Plugin } from 'vite';

/** The id the portal imports the schema by. */
const ID = 'virtual:portal-schema';

/** A type reference without the names of the wrappers' inner types' details graphcache never reads. */
const ref = (t: IntrospectionTypeRef): unknown =>
  t.kind === 'NON_NULL' || t.kind === 'LIST' ? { kind: t.kind, ofType: ref(t.ofType) } : { kind: t.kind, name: t.name };

/**
 * schema.graphql as the introspection graphcache reads (types, fields, interfaces and possible types; no descriptions,
 * about 4 KiB gzipped), so that fragments on the Node interface (node, nodes) are matched by type, not guessed.
 */
export function minifiedIntrospection(sdl: string): unknown {
  const { __schema: s } = introspectionFromSchema(buildSchema(sdl), { descriptions: false });
  return {
    __schema: {
      queryType: { name: s.queryType.name },
      mutationType: s.mutationType && { name: s.mutationType.name },
      subscriptionType: s.subscriptionType && { name: s.subscriptionType.name },
      directives: [],
      types: s.types
        .filter((t) => !t.name.startsWith('__'))
        .map((t) => ({
          kind: t.kind,
          name: t.name,
          ...(t.kind === 'OBJECT' || t.kind === 'INTERFACE'
            ? {
                fields: t.fields.map((f) => ({
                  name: f.name,
                  type: ref(f.type),
                  args: f.args.map((a) => ({ name: a.name, type: ref(a.type) })),
                })),
                interfaces: t.interfaces.map((i) => ({ kind: i.kind, name: i.name })),
              }
            : {}),
          ...(t.kind === 'INTERFACE' || t.kind === 'UNION'
            ? { possibleTypes: t.possibleTypes.map((p) => ({ kind: p.kind, name: p.name })) }
            : {}),
        })),
    },
  };
}

/** Serves `virtual:portal-schema`: the minified introspection of `schemaPath`, read at build time. */
export function portalSchema(schemaPath: string): Plugin {
  return {
    name: 'portal-schema',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      this.addWatchFile(schemaPath);
      return `export default ${JSON.stringify(minifiedIntrospection(readFileSync(schemaPath, 'utf8')))};`;
    },
  };
}
