import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CODEGEN_BIN = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');

describe('the typed client (codegen.yml)', () => {
  it('is exactly what GraphQL Code Generator makes from schema.graphql and examples/ (else run `npm run codegen`)', () => {
    const run = spawnSync(process.execPath, [CODEGEN_BIN, '--config', 'codegen.yml', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: run.status, stale: `${run.stdout}${run.stderr}`.match(/src\/client\/\S+/g) ?? [] }).toEqual({ status: 0, stale: [] });
  }, 70_000);
});

describe('the generated documents', () => {
  it('run against the gateway and type their results', async () => {
    const { print } = await import('graphql');
    const { ProfilesDocument, CreatePartnerProfileDocument } = await import('../../src/client');
    const { startStack } = await import('../support/stack');
    const s = await startStack();
    try {
      const created = await s.gql<import('../../src/client').CreatePartnerProfileMutation>(print(CreatePartnerProfileDocument), {
        as2Id: 'TYPED',
      });
      expect(created.data?.createProfile.userErrors).toEqual([]);
      const listed = await s.gql<import('../../src/client').ProfilesQuery>(print(ProfilesDocument), { profileType: 'PARTNER' });
      expect(listed.data?.profiles?.edges.map((e) => e.node.as2Id)).toEqual(['TYPED']);
    } finally {
      await s.close();
    }
  });
});
