import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateProfileCommand,
  DeleteProfileCommand,
  DescribeProfileCommand,
  ListProfilesCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  TransferClient,
  UpdateProfileCommand,
  type DescribedProfile,
  type ListedProfile,
} from '@aws-sdk/client-transfer';
import { EmulatorHttp } from '../../src/emulator/http';
import { Store } from '../../src/emulator/store';
import { spawnEmulator } from '../support/child-emulator';
import { startTestEmulator, TEST_CREDENTIALS } from '../support/emulator';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emulator-durability-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clients: TransferClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
function clientAt(endpoint: string, region = 'us-east-1'): TransferClient {
  const client = new TransferClient({ endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  clients.push(client);
  return client;
}

/** Every profile of the client's region, in listing order (bounded walk). */
async function listAll(client: TransferClient): Promise<ListedProfile[]> {
  const all: ListedProfile[] = [];
  let NextToken: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const out = await client.send(new ListProfilesCommand({ MaxResults: 1000, NextToken }));
    all.push(...out.Profiles!);
    NextToken = out.NextToken;
    if (!NextToken) return all;
  }
  throw new Error('ListProfiles never ended');
}

async function describeAll(client: TransferClient): Promise<DescribedProfile[]> {
  const listed = await listAll(client);
  return Promise.all(listed.map(async ({ ProfileId }) => (await client.send(new DescribeProfileCommand({ ProfileId }))).Profile!));
}

describe('state across a clean restart', () => {
  it('keeps every create, update, tag and delete of a file-backed emulator', async () => {
    const dataPath = join(dir, 'restart', 'state.json');
    const first = await startTestEmulator({ dataPath });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push((await first.client.send(new CreateProfileCommand({ As2Id: `keep-${i}`, ProfileType: 'LOCAL' }))).ProfileId!);
    }
    const dublin = first.clientFor('eu-west-1');
    const { ProfileId: irish } = await dublin.send(new CreateProfileCommand({ As2Id: 'irish', ProfileType: 'PARTNER' }));
    await first.client.send(new DeleteProfileCommand({ ProfileId: ids[2] }));
    await first.client.send(new UpdateProfileCommand({ ProfileId: ids[4], CertificateIds: [] }));
    const arn = `arn:aws:transfer:us-east-1:000000000000:profile/${ids[5]}`;
    await first.client.send(new TagResourceCommand({ Arn: arn, Tags: [{ Key: 'env', Value: 'test' }] }));
    const before = await describeAll(first.client);
    await first.close();

    const second = await startTestEmulator({ dataPath });
    try {
      expect(await describeAll(second.client)).toEqual(before);
      expect(before.map((p) => p.ProfileId)).toEqual([ids[0], ids[1], ids[3], ids[4], ids[5]]);
      expect(before[4].Tags).toEqual([{ Key: 'env', Value: 'test' }]);
      await expect(second.client.send(new DescribeProfileCommand({ ProfileId: ids[2] }))).rejects.toBeInstanceOf(ResourceNotFoundException);
      expect((await second.clientFor('eu-west-1').send(new DescribeProfileCommand({ ProfileId: irish }))).Profile?.As2Id).toBe('irish');
      // New records sort after the old ones: the creation sequence went on from where it was.
      const { ProfileId: later } = await second.client.send(new CreateProfileCommand({ As2Id: 'later', ProfileType: 'LOCAL' }));
      expect((await listAll(second.client)).map((p) => p.ProfileId)).toEqual([ids[0], ids[1], ids[3], ids[4], ids[5], later]);
    } finally {
      await second.close();
    }
  });
});

describe('state across kill -9 in the middle of a write burst', () => {
  const dataPath = () => join(dir, 'killed', 'state.json');
  const env = () => ({ EMULATOR_PORT: '0', EMULATOR_DATA: dataPath(), EMULATOR_STATE_TRANSITION_MS: '0' });
  const acknowledged = new Map<string, string[]>();

  it.each([
    ['eu-west-1', 1],
    ['eu-west-2', 60],
    ['eu-west-3', 200],
  ])('keeps every acknowledged profile when killed (%s, after %i acknowledgements)', async (region, killAfter) => {
    const child = await spawnEmulator(env());
    const client = clientAt(child.endpoint, region);
    const acked: string[] = [];
    const burst = Array.from({ length: 300 }, (_, i) =>
      client.send(new CreateProfileCommand({ As2Id: `${region}-${i}`, ProfileType: 'LOCAL' })).then(
        ({ ProfileId }) => {
          acked.push(ProfileId!);
          if (acked.length === killAfter) child.process.kill('SIGKILL');
        },
        () => undefined, // refused or cut off by the kill: not acknowledged
      ),
    );
    await Promise.all(burst);
    expect(await child.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(acked.length).toBeGreaterThanOrEqual(killAfter);
    expect(acked.length).toBeLessThan(300);
    acknowledged.set(region, acked);

    const restarted = await spawnEmulator(env());
    try {
      const after = clientAt(restarted.endpoint, region);
      const listed = (await listAll(after)).map((p) => p.ProfileId!);
      expect(new Set(listed).size).toBe(listed.length);
      expect(listed).toEqual(expect.arrayContaining(acked));
      // Earlier rounds' regions survived this round's kill too.
      for (const [earlierRegion, earlierAcked] of acknowledged) {
        const earlier = (await listAll(clientAt(restarted.endpoint, earlierRegion))).map((p) => p.ProfileId!);
        expect(earlier).toEqual(expect.arrayContaining(earlierAcked));
      }
      const { ProfileId } = await after.send(new CreateProfileCommand({ As2Id: `${region}-after`, ProfileType: 'PARTNER' }));
      expect((await after.send(new DescribeProfileCommand({ ProfileId }))).Profile?.As2Id).toBe(`${region}-after`);
    } finally {
      restarted.process.kill('SIGTERM');
      expect(await restarted.exited).toEqual({ code: 0, signal: null });
    }
  });
});

describe('concurrent requests on one emulator', () => {
  it('gives 200 parallel creates 200 distinct ids and lists exactly 200', async () => {
    const t = await startTestEmulator({ dataPath: join(dir, 'parallel', 'state.json') });
    try {
      const created = await Promise.all(
        Array.from({ length: 200 }, (_, i) => t.client.send(new CreateProfileCommand({ As2Id: `parallel-${i}`, ProfileType: 'LOCAL' }))),
      );
      const ids = created.map((c) => c.ProfileId!);
      expect(new Set(ids).size).toBe(200);
      const listed = await listAll(t.client);
      expect(listed).toHaveLength(200);
      expect(new Set(listed.map((p) => p.ProfileId))).toEqual(new Set(ids));
      expect(new Set(listed.map((p) => p.As2Id))).toEqual(new Set(Array.from({ length: 200 }, (_, i) => `parallel-${i}`)));
    } finally {
      await t.close();
    }
  });

  it('applies 50 parallel TagResource calls on one profile without losing any', async () => {
    const t = await startTestEmulator();
    try {
      const { ProfileId } = await t.client.send(new CreateProfileCommand({ As2Id: 'tagged', ProfileType: 'LOCAL' }));
      const Arn = `arn:aws:transfer:us-east-1:000000000000:profile/${ProfileId}`;
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => t.client.send(new TagResourceCommand({ Arn, Tags: [{ Key: `k${i}`, Value: `v${i}` }] }))),
      );
      const { Tags } = await t.client.send(new ListTagsForResourceCommand({ Arn }));
      expect(new Set(Tags!.map((tag) => tag.Key))).toEqual(new Set(Array.from({ length: 50 }, (_, i) => `k${i}`)));
    } finally {
      await t.close();
    }
  });
});

describe('journal compaction', () => {
  it('keeps every change when the journal is folded into snapshots many times under concurrent writes', async () => {
    const dataPath = join(dir, 'compaction', 'state.json');
    const store = await Store.open(dataPath, { compactAfterEntries: 25 });
    const http = new EmulatorHttp(store, {
      accountId: '000000000000',
      maxBodyBytes: 1024 * 1024,
      behaviour: { stateTransitionMs: 0, transferStepMs: 0 },
      faults: { latencyMs: 0, throttlePercent: 0, errorPercent: 0 },
      log: () => undefined,
    });
    const client = clientAt(await http.listen('127.0.0.1', 0));
    const ids: string[] = [];
    // 30 rounds of 10 parallel writes: creates, tags and deletes, so that snapshots are written while writes queue.
    for (let round = 0; round < 30; round++) {
      const made = await Promise.all(
        Array.from({ length: 8 }, (_, i) => client.send(new CreateProfileCommand({ As2Id: `c-${round}-${i}`, ProfileType: 'LOCAL' }))),
      );
      ids.push(...made.map((m) => m.ProfileId!));
      await Promise.all([
        client.send(new DeleteProfileCommand({ ProfileId: ids.shift() })),
        client.send(
          new TagResourceCommand({ Arn: `arn:aws:transfer:us-east-1:000000000000:profile/${ids[0]}`, Tags: [{ Key: 'round', Value: `${round}` }] }),
        ),
      ]);
    }
    const before = await describeAll(client);
    await http.close();
    await store.close();

    const journal = `${dataPath}.journal`;
    expect(existsSync(dataPath)).toBe(true);
    // 300 writes went in; compaction left at most one threshold's worth (plus a group in flight) in the journal.
    const journalLines = readFileSync(journal, 'utf8').split('\n').filter(Boolean).length;
    expect(journalLines).toBeLessThan(25 + 10);
    expect(statSync(dataPath).size).toBeGreaterThan(0);

    const reopened = await startTestEmulator({ dataPath });
    try {
      const after = await describeAll(reopened.client);
      expect(after).toEqual(before);
      expect(after.map((p) => p.ProfileId)).toEqual(ids);
      expect(after).toHaveLength(30 * 8 - 30);
    } finally {
      await reopened.close();
    }
  });
});
