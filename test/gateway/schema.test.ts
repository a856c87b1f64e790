import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { gatewaySchema, printGatewaySchema } from '../../src/gateway/schema/build';

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation', 'Subscription']);

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

describe('schema.graphql', () => {
  it('is exactly what the code emits (run `npm run schema` after changing the schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printGatewaySchema());
  });

  it('describes every type, field and argument for the people reading it in a playground', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(gatewaySchema().getTypeMap())) {
      if (type.name.startsWith('__') || BUILT_IN.has(type.name)) continue;
      if (!type.description) undescribed.push(type.name);
      if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undescribed.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : [])
          if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('passes the Relay rules of @graphql-eslint (connections, edges, PageInfo, connection arguments)', async () => {
    const graphqlPlugin = await import('@graphql-eslint/eslint-plugin');
    const eslint = new ESLint({
      cwd: join(__dirname, '..', '..'),
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.graphql'],
          languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: SCHEMA_FILE } } },
          plugins: { '@graphql-eslint': graphqlPlugin as never },
          rules: {
            '@graphql-eslint/relay-connection-types': 'error',
            '@graphql-eslint/relay-edge-types': [
              'error',
              { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false },
            ],
            '@graphql-eslint/relay-page-info': 'error',
            '@graphql-eslint/relay-arguments': ['error', { includeBoth: true }],
          },
        },
      ],
    });
    const [result] = await eslint.lintFiles([SCHEMA_FILE]);
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});
