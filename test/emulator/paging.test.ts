import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateProfileCommand,
  DeleteProfileCommand,
  InvalidNextTokenException,
  InvalidRequestException,
  ListConnectorsCommand,
  ListProfilesCommand,
  type ListedProfile,
  type ListProfilesCommandInput,
  type TransferClient,
} from '@aws-sdk/client-transfer';
import { Collection } from '../../src/emulator/collection';
import { arn, newId } from '../../src/emulator/ids';
import { DEFAULT_MAX_RESULTS } from '../../src/emulator/pagination';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

/** Every profile a walk of ListProfiles returns, page by page (bounded: a runaway walk fails the test). */
async function walk(client: TransferClient, input: ListProfilesCommandInput, between?: () => Promise<void>) {
  const seen: ListedProfile[] = [];
  const pageSizes: number[] = [];
  let NextToken: string | undefined;
  for (let pages = 0; pages < 2000; pages++) {
    const [out] = await Promise.all([client.send(new ListProfilesCommand({ ...input, NextToken })), between?.()]);
    seen.push(...out.Profiles!);
    pageSizes.push(out.Profiles!.length);
    NextToken = out.NextToken;
    if (!NextToken) return { seen, pageSizes };
  }
  throw new Error('ListProfiles never stopped returning a NextToken');
}

async function createProfiles(client: TransferClient, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  // One after another, so that creation order is known.
  for (let i = 0; i < count; i++) {
    const { ProfileId } = await client.send(
      new CreateProfileCommand({ As2Id: `${prefix}-${i}`, ProfileType: i % 2 ? 'PARTNER' : 'LOCAL' }),
    );
    ids.push(ProfileId!);
  }
  return ids;
}

/** A fixed permutation (Fisher-Yates over a small LCG), so that the test is the same on every run. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let state = 7;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const ids = (profiles: ListedProfile[]) => profiles.map((p) => p.ProfileId!);

async function tokenError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidNextTokenException);
  return (error as Error).message;
}
const TOKEN_MESSAGE = 'The NextToken is invalid, expired, or was issued for other parameters';

describe('ListProfiles paging', () => {
  let t: TestEmulator;
  let created: string[];
  beforeAll(async () => {
    t = await startTestEmulator();
    created = await createProfiles(t.client, 260, 'walk');
  });
  afterAll(() => t.close());

  it.each([1, 7, 100, 259, 260, 1000])('returns every profile exactly once, in creation order, in pages of %i', async (MaxResults) => {
    const { seen, pageSizes } = await walk(t.client, { MaxResults });
    expect(ids(seen)).toEqual(created);
    const full = Math.floor(260 / MaxResults);
    const rest = 260 % MaxResults;
    expect(pageSizes).toEqual([...Array(full).fill(MaxResults), ...(rest ? [rest] : [])]);
  });

  it('returns the whole listed projection of each profile', async () => {
    const { Profiles } = await t.client.send(new ListProfilesCommand({ MaxResults: 2 }));
    expect(Profiles).toEqual([
      {
        Arn: `arn:aws:transfer:us-east-1:000000000000:profile/${created[0]}`,
        ProfileId: created[0],
        As2Id: 'walk-0',
        ProfileType: 'LOCAL',
      },
      {
        Arn: `arn:aws:transfer:us-east-1:000000000000:profile/${created[1]}`,
        ProfileId: created[1],
        As2Id: 'walk-1',
        ProfileType: 'PARTNER',
      },
    ]);
  });

  it('pages a ProfileType filter over only the matching profiles', async () => {
    const { seen } = await walk(t.client, { ProfileType: 'PARTNER', MaxResults: 9 });
    expect(ids(seen)).toEqual(created.filter((_, i) => i % 2 === 1));
  });

  it('omits NextToken on the last page, also when the last page is exactly full', async () => {
    const exact = await t.client.send(new ListProfilesCommand({ MaxResults: 1000 }));
    expect(exact.NextToken).toBeUndefined();
    const empty = await t.clientFor('sa-east-1').send(new ListProfilesCommand({}));
    expect(empty).toMatchObject({ Profiles: [] });
    expect(empty.NextToken).toBeUndefined();
  });

  it.each([
    [0, 'greater than or equal to 1'],
    [1001, 'less than or equal to 1000'],
  ])('refuses MaxResults %i with InvalidRequestException', async (MaxResults, constraint) => {
    const error = await t.client.send(new ListProfilesCommand({ MaxResults })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toBe(
      `1 validation error detected: Value '${MaxResults}' at 'MaxResults' failed to satisfy constraint: Member must have value ${constraint}`,
    );
  });

  it('resumes after the last profile returned even when that profile was deleted meanwhile', async () => {
    const fresh = t.clientFor('ca-central-1');
    const [a, b, c, d] = await createProfiles(fresh, 4, 'keyset');
    const first = await fresh.send(new ListProfilesCommand({ MaxResults: 2 }));
    expect(ids(first.Profiles!)).toEqual([a, b]);
    await fresh.send(new DeleteProfileCommand({ ProfileId: b }));
    const second = await fresh.send(new ListProfilesCommand({ MaxResults: 2, NextToken: first.NextToken }));
    expect(ids(second.Profiles!)).toEqual([c, d]);
  });
});

describe('ListProfiles paging while profiles are created and deleted', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(() => t.close());

  it('returns every profile that exists for the whole walk exactly once, in creation order', async () => {
    const all = await createProfiles(t.client, 300, 'churn');
    // Every third profile is deleted during the walk, in an order scattered over the listing; the rest stay.
    const doomed = all.filter((_, i) => i % 3 === 0);
    const stable = all.filter((_, i) => i % 3 !== 0);
    const deleteOrder = shuffled(doomed);
    const createdDuringWalk: string[] = [];

    const churn = async () => {
      const victims = deleteOrder.splice(0, 3);
      const made = Promise.all(
        [0, 1].map(() => t.client.send(new CreateProfileCommand({ As2Id: `new-${createdDuringWalk.length}`, ProfileType: 'LOCAL' }))),
      );
      await Promise.all(victims.map((ProfileId) => t.client.send(new DeleteProfileCommand({ ProfileId }))));
      createdDuringWalk.push(...(await made).map((m) => m.ProfileId!));
    };
    const { seen } = await walk(t.client, { MaxResults: 7 }, churn);

    const seenIds = ids(seen);
    expect(new Set(seenIds).size).toBe(seenIds.length);
    expect(seenIds.filter((id) => stable.includes(id))).toEqual(stable);
    // Whatever else was seen was created before the walk or during it, and comes in creation order.
    const creationOrder = [...all, ...createdDuringWalk];
    const positions = seenIds.map((id) => creationOrder.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(deleteOrder).toEqual([]);
  });
});

describe('ListProfiles default page size', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(() => t.close());

  it(`returns ${DEFAULT_MAX_RESULTS} profiles when MaxResults is not given`, async () => {
    // The profile quota (1000 per account) keeps the API from making 1001, so the store is filled directly.
    const store = t.emulator.store;
    const scope = { region: 'us-east-1', accountId: '000000000000' };
    for (let i = 0; i < 1001; i++) {
      const ProfileId = newId.profile();
      store.put('us-east-1', 'profiles', ProfileId, {
        seq: store.nextSeq(),
        described: { Arn: arn.profile(scope, ProfileId), ProfileId, ProfileType: 'LOCAL', As2Id: `bulk-${i}`, CertificateIds: [] },
      });
    }
    const first = await t.client.send(new ListProfilesCommand({}));
    expect(DEFAULT_MAX_RESULTS).toBe(1000);
    expect(first.Profiles).toHaveLength(1000);
    const second = await t.client.send(new ListProfilesCommand({ NextToken: first.NextToken }));
    expect(second.Profiles!.map((p) => p.As2Id)).toEqual(['bulk-1000']);
    expect(second.NextToken).toBeUndefined();
  });
});

describe('NextToken checks', () => {
  let t: TestEmulator;
  let token: string;
  beforeAll(async () => {
    t = await startTestEmulator();
    await createProfiles(t.client, 5, 'token');
    token = (await t.client.send(new ListProfilesCommand({ MaxResults: 2 }))).NextToken!;
  });
  afterAll(() => t.close());

  const [payloadOf, signatureOf] = [(tk: string) => tk.split('.')[0], (tk: string) => tk.split('.')[1]];
  const resume = (NextToken: string, input: ListProfilesCommandInput = {}, client?: TransferClient) =>
    (client ?? t.client).send(new ListProfilesCommand({ ...input, NextToken }));

  it('accepts its own token', async () => {
    const { Profiles } = await resume(token, { MaxResults: 2 });
    expect(Profiles!.map((p) => p.As2Id)).toEqual(['token-2', 'token-3']);
  });

  it.each<[string, (tk: string) => string]>([
    ['a made-up token', () => 'eyJiIjoieCIsImEiOjF9.c2lnbmF0dXJl'],
    ['a token truncated by one character', (tk) => tk.slice(0, -1)],
    ['a token cut at the dot', (tk) => payloadOf(tk)],
    ['a token with one more character', (tk) => `${tk}A`],
    ['a token with an extra part', (tk) => `${tk}.${signatureOf(tk)}`],
    [
      'a payload changed under its signature',
      (tk) =>
        `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payloadOf(tk), 'base64url').toString()), a: 1 })).toString('base64url')}.${signatureOf(tk)}`,
    ],
    [
      'a changed payload re-signed with a guessed secret',
      (tk) => {
        const payload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payloadOf(tk), 'base64url').toString()), a: 1 })).toString(
          'base64url',
        );
        return `${payload}.${createHmac('sha256', 'secret').update(payload).digest('base64url')}`;
      },
    ],
    ['an unsigned offset, as other services use', () => Buffer.from('{"offset":2}').toString('base64')],
    ['whitespace', () => ' '],
  ])('refuses %s with InvalidNextTokenException', async (_name, forge) => {
    expect(await tokenError(resume(forge(token)))).toBe(TOKEN_MESSAGE);
  });

  it('refuses a token from another ProfileType filter, in either direction', async () => {
    expect(await tokenError(resume(token, { ProfileType: 'LOCAL' }))).toBe(TOKEN_MESSAGE);
    const local = (await t.client.send(new ListProfilesCommand({ ProfileType: 'LOCAL', MaxResults: 1 }))).NextToken!;
    expect(await tokenError(resume(local))).toBe(TOKEN_MESSAGE);
    expect(await tokenError(resume(local, { ProfileType: 'PARTNER' }))).toBe(TOKEN_MESSAGE);
  });

  it('refuses a token from another region', async () => {
    const frankfurt = t.clientFor('eu-central-1');
    await createProfiles(frankfurt, 3, 'de');
    expect(await tokenError(resume(token, {}, frankfurt))).toBe(TOKEN_MESSAGE);
  });

  it('refuses a token from another operation', async () => {
    expect(await tokenError(t.client.send(new ListConnectorsCommand({ NextToken: token })))).toBe(TOKEN_MESSAGE);
  });

  it('refuses a token issued by another emulator', async () => {
    const other = await startTestEmulator();
    try {
      await createProfiles(other.client, 3, 'other');
      const foreign = (await other.client.send(new ListProfilesCommand({ MaxResults: 1 }))).NextToken!;
      expect(await tokenError(resume(foreign))).toBe(TOKEN_MESSAGE);
    } finally {
      await other.close();
    }
  });
});

describe('NextToken across a restart', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-paging-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resumes a walk with a token issued before a file-backed emulator restarted', async () => {
    const dataPath = join(dir, 'state.sqlite');
    const before = await startTestEmulator({ dataPath });
    const created = await createProfiles(before.client, 5, 'restart');
    const first = await before.client.send(new ListProfilesCommand({ MaxResults: 2 }));
    await before.close();

    const after = await startTestEmulator({ dataPath });
    try {
      const rest = await after.client.send(new ListProfilesCommand({ MaxResults: 10, NextToken: first.NextToken }));
      expect(ids([...first.Profiles!, ...rest.Profiles!])).toEqual(created);
    } finally {
      await after.close();
    }
  });
});

describe('Collection order (the key paging walks on)', () => {
  type Rec = { seq: number; name: string };
  const names = (c: Collection<Rec>) => c.values().map((r) => r.name);

  it('keeps records in seq order whatever order they are set in, and replaces in place', () => {
    const c = new Collection<Rec>();
    c.set('c', { seq: 3, name: 'c' });
    c.set('a', { seq: 1, name: 'a' });
    c.set('b', { seq: 2, name: 'b' });
    c.set('b', { seq: 2, name: 'b2' });
    expect(names(c)).toEqual(['a', 'b2', 'c']);
    expect(c.pageAfter(1, 1)).toEqual({ items: [{ seq: 2, name: 'b2' }], more: true });
  });

  it('moves a record whose seq changes instead of leaving two entries', () => {
    const c = new Collection<Rec>();
    c.set('a', { seq: 1, name: 'a' });
    c.set('b', { seq: 2, name: 'b' });
    c.set('a', { seq: 3, name: 'a3' });
    expect(names(c)).toEqual(['b', 'a3']);
    expect(c.delete('a')).toBe(true);
    expect(names(c)).toEqual(['b']);
    expect(c.size).toBe(1);
  });
});
