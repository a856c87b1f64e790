import { CreateAgreementCommand, CreateProfileCommand } from '@aws-sdk/client-transfer';
import { createAs2Server } from '../support/as2-server';
import { startStack, type TestStack } from '../support/stack';

const FULL = 100;
let s: TestStack;
let serverGlobalId: string;
let agreementIds: string[];

const PAGE = `query Page($server: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  agreements(server: $server, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { agreementId } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = {
  totalCount: number;
  edges: Array<{ cursor: string; node: { agreementId: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

async function page(vars: Record<string, unknown>): Promise<Page> {
  const res = await s.gql<{ agreements: Page }>(PAGE, { server: serverGlobalId, ...vars });
  expect(res.errors).toBeUndefined();
  return res.data!.agreements;
}

beforeAll(async () => {
  s = await startStack();
  const ServerId = await createAs2Server(s.client);
  serverGlobalId = Buffer.from(`Server:us-east-1:${ServerId}`).toString('base64url');
  const { ProfileId: local } = await s.client.send(new CreateProfileCommand({ As2Id: 'US', ProfileType: 'LOCAL' }));
  agreementIds = [];
  for (let i = 0; i < FULL; i++) {
    const { ProfileId: partner } = await s.client.send(new CreateProfileCommand({ As2Id: `PARTNER-${i}`, ProfileType: 'PARTNER' }));
    const { AgreementId } = await s.client.send(
      new CreateAgreementCommand({
        ServerId,
        LocalProfileId: local,
        PartnerProfileId: partner,
        AccessRole: 'arn:aws:iam::000000000000:role/as2',
        BaseDirectory: '/bucket/in',
      }),
    );
    agreementIds.push(AgreementId!);
  }
}, 60_000);
afterAll(() => s.close());

describe('the agreements of a full server (100, the AWS quota)', () => {
  it('pages forward by 7 with no gap, no duplicate, exact pageInfo and one ListAgreements per page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 16; n++) {
      await s.resetStats();
      const p: Page = await page({ first: 7, after });
      expect((await s.stats()).requests).toEqual({ ListAgreements: 1 });
      seen.push(...p.edges.map((e) => e.node.agreementId));
      expect(p.pageInfo).toMatchObject({ hasNextPage: seen.length < FULL, hasPreviousPage: after !== null });
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(agreementIds);
  });

  it('pages backward by 7 with no gap, no duplicate and exact pageInfo', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let n = 0; n < 16; n++) {
      const p: Page = await page({ last: 7, before });
      seen.unshift(...p.edges.map((e) => e.node.agreementId));
      expect(p.pageInfo).toMatchObject({ hasNextPage: before !== null, hasPreviousPage: seen.length < FULL });
      expect(p.totalCount).toBe(FULL);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(seen).toEqual(agreementIds);
  });

  it('resumes exactly after every cursor, forward and backward', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 15; n++) {
      const p: Page = await page({ first: 7, after });
      forward.push(...p.edges.map((e) => e.cursor));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(FULL);
    for (const [index, cursor] of forward.entries()) {
      const next = await page({ first: 2, after: cursor });
      expect(next.edges.map((e) => e.node.agreementId)).toEqual(agreementIds.slice(index + 1, index + 3));
      const previous = await page({ last: 2, before: cursor });
      expect(previous.edges.map((e) => e.node.agreementId)).toEqual(agreementIds.slice(Math.max(0, index - 2), index));
    }
  }, 60_000);
});
