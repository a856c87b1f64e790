import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const VIEWER = '{ viewer { principalId roles canWrite region regions } }';

describe('viewer with AUTH_MODE=apikey', () => {
  let s: TestStack;
  const { file, keys } = writeApiKeys([
    { name: 'portal', role: 'reader' },
    { name: 'ops', role: 'operator' },
  ]);
  beforeAll(async () => {
    s = await startStack({}, { security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file }), regions: ['us-east-1', 'eu-west-1'] });
  });
  afterAll(() => s.close());

  it('answers a reader key with its principal, READER only and canWrite false, and makes no AWS call', async () => {
    await s.resetStats();
    expect(await s.gql(VIEWER, {}, { 'x-api-key': keys.portal })).toEqual({
      status: 200,
      data: {
        viewer: { principalId: 'key:portal', roles: ['READER'], canWrite: false, region: 'us-east-1', regions: ['us-east-1', 'eu-west-1'] },
      },
      extensions: { cost: { requested: 0, actual: 0, upstream: { calls: 0, byOperation: {} } } },
    });
    expect((await s.stats()).total).toBe(0);
  });

  it('answers an operator key with both roles and canWrite true', async () => {
    const res = await s.gql(VIEWER, {}, { authorization: `Bearer ${keys.ops}` });
    expect(res.data).toEqual({
      viewer: {
        principalId: 'key:ops',
        roles: ['READER', 'OPERATOR'],
        canWrite: true,
        region: 'us-east-1',
        regions: ['us-east-1', 'eu-west-1'],
      },
    });
  });

  it('answers 401 UNAUTHENTICATED without credentials, like every other field', async () => {
    const res = await s.gql(VIEWER);
    expect({ status: res.status, codes: (res as any).errors.map((e: any) => e.extensions.code) }).toEqual({
      status: 401,
      codes: ['UNAUTHENTICATED'],
    });
  });
});

describe('viewer of a gateway that checks no credentials (embedded without security options)', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(() => s.close());

  it('answers no principal, both roles and canWrite true, in the one region served', async () => {
    expect(await s.gql(VIEWER)).toEqual({
      status: 200,
      data: { viewer: { principalId: null, roles: ['READER', 'OPERATOR'], canWrite: true, region: 'us-east-1', regions: ['us-east-1'] } },
      extensions: { cost: { upstream: { calls: 0, byOperation: {} } } },
    });
  });
});
