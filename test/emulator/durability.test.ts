import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateProfileCommand,
  DeleteProfileCommand,
  DescribeProfileCommand,
  ListProfilesCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  type TransferClient,
  UpdateProfileCommand,
  type DescribedProfile,
  type ListedProfile,
} from '@aws-sdk/client-transfer';
import { runEmulatorToExit } from '../support/child-emulator';
import { startTestEmulator } from '../support/emulator';
import { emulatorProcesses } from '../support/emulator-processes';

const { dir, spawn: spawnEmulator, clientAt } = emulatorProcesses('emulator-durability-');

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
    const dataPath = join(dir(), 'restart', 'state.sqlite');
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
  const dataPath = () => join(dir(), 'killed', 'state.sqlite');
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
    const t = await startTestEmulator({ dataPath: join(dir(), 'parallel', 'state.sqlite') });
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

/** Mounts a tmpfs of `size` at `at`; false where mounting is not permitted (not root, no CAP_SYS_ADMIN). */
function mountTmpfs(at: string, size: string): boolean {
  mkdirSync(at, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Fills the file system holding `dir` to the last byte with `<dir>/filler`. */
function fillDisk(dir: string): void {
  const fd = openSync(join(dir, 'filler'), 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (let written = 0; written < 64 * 1024 * 1024;) {
      try {
        written += writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
        throw error;
      }
    }
    // The last partial chunk: byte by byte until nothing fits.
    for (let i = 0; i < chunk.length; i++) {
      try {
        writeSync(fd, chunk, 0, 1);
      } catch {
        break;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** How a call ended, as the SDK saw it: 'ok', or the error's name and HTTP status. */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    return `${(error as Error).name} ${(error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode}`;
  }
}

const fullDisk = mkdtempSync(join(tmpdir(), 'emulator-full-disk-'));
const tmpfsMounted = mountTmpfs(fullDisk, '2m');
afterAll(() => {
  if (tmpfsMounted) execFileSync('umount', [fullDisk]);
  rmSync(fullDisk, { recursive: true, force: true });
});

describe('state on a full disk (a 2 MiB tmpfs)', () => {
  const title =
    'refuses writes with 500 while full, loses nothing acknowledged, keeps answering reads and takes writes again once space is freed';
  (tmpfsMounted ? it : it.skip)(tmpfsMounted ? title : `${title} (skipped: mount -t tmpfs is not permitted here)`, async () => {
    const dataPath = join(fullDisk, 'state.sqlite');
    const env = { EMULATOR_PORT: '0', EMULATOR_DATA: dataPath };
    const child = await spawnEmulator(env);
    const client = clientAt(child.endpoint);
    const create = (As2Id: string) => client.send(new CreateProfileCommand({ As2Id, ProfileType: 'LOCAL' }));
    const before: string[] = [];
    for (let i = 0; i < 20; i++) before.push((await create(`before-${i}`)).ProfileId!);

    fillDisk(fullDisk);
    const whileFull = [];
    for (let i = 0; i < 20; i++) whileFull.push(await outcome(create(`while-full-${i}`)));
    expect(whileFull).toEqual(Array.from({ length: 20 }, () => 'InternalServiceError 500'));
    expect(await outcome(client.send(new DeleteProfileCommand({ ProfileId: before[0] })))).toBe('InternalServiceError 500');
    // Reads answer from what is committed: the 20 acknowledged profiles, the refused delete not applied.
    expect((await listAll(client)).map((p) => p.ProfileId)).toEqual(before);
    expect((await client.send(new DescribeProfileCommand({ ProfileId: before[0] }))).Profile?.As2Id).toBe('before-0');

    rmSync(join(fullDisk, 'filler'));
    const after: string[] = [];
    for (let i = 0; i < 10; i++) after.push((await create(`after-${i}`)).ProfileId!);
    expect((await listAll(client)).map((p) => p.ProfileId)).toEqual([...before, ...after]);

    child.process.kill('SIGKILL');
    await child.exited;
    const restarted = await spawnEmulator(env);
    try {
      const listed = await listAll(clientAt(restarted.endpoint));
      expect(listed.map((p) => p.ProfileId)).toEqual([...before, ...after]);
      expect(listed.map((p) => p.As2Id)).toEqual([...before.map((_, i) => `before-${i}`), ...after.map((_, i) => `after-${i}`)]);
    } finally {
      restarted.process.kill('SIGTERM');
      await restarted.exited;
    }
    expect(child.output().stderr).toContain(
      `emulator: TransferService.CreateProfile: not stored in ${dataPath}, nothing of the call was kept: database or disk is full (SQLITE_FULL)\n`,
    );
  });
});

describe('a second process on the same state file', () => {
  it('is refused at start naming the file and the pid holding it, and the first keeps every write', async () => {
    const dataPath = join(dir(), 'shared', 'state.sqlite');
    const env = { EMULATOR_PORT: '0', EMULATOR_DATA: dataPath };
    const first = await spawnEmulator(env);
    const client = clientAt(first.endpoint);
    const ids: string[] = [];
    for (let i = 0; i < 50; i++)
      ids.push((await client.send(new CreateProfileCommand({ As2Id: `first-${i}`, ProfileType: 'LOCAL' }))).ProfileId!);

    const second = await runEmulatorToExit(env);
    const owner = JSON.parse(readFileSync(`${dataPath}.owner`, 'utf8')) as { pid: number; host: string; since: string };
    expect(owner).toEqual({
      pid: first.process.pid,
      host: hostname(),
      since: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(second).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr:
        `emulator: cannot use the state file EMULATOR_DATA=${dataPath}: another emulator process holds it ` +
        `(pid ${first.process.pid} on ${hostname()}, since ${owner.since}). ` +
        'Stop that process, or give this one its own file with EMULATOR_DATA.\n',
    });

    for (let i = 50; i < 100; i++)
      ids.push((await client.send(new CreateProfileCommand({ As2Id: `first-${i}`, ProfileType: 'LOCAL' }))).ProfileId!);
    first.process.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    const restarted = await spawnEmulator(env);
    try {
      expect((await listAll(clientAt(restarted.endpoint))).map((p) => p.ProfileId)).toEqual(ids);
    } finally {
      restarted.process.kill('SIGTERM');
      await restarted.exited;
    }
  });
});

describe('a damaged state file', () => {
  it('is refused at start with a message naming the file, and left as it is', async () => {
    const dataPath = join(dir(), 'damaged', 'state.sqlite');
    const env = { EMULATOR_PORT: '0', EMULATOR_DATA: dataPath };
    const child = await spawnEmulator(env);
    const client = clientAt(child.endpoint);
    for (let i = 0; i < 300; i++) await client.send(new CreateProfileCommand({ As2Id: `damaged-${i}`, ProfileType: 'LOCAL' }));
    child.process.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });

    // One 4 KiB page in the middle of the file overwritten, as a bad sector or a stray write would.
    const size = statSync(dataPath).size;
    expect(size).toBeGreaterThan(16 * 4096);
    const fd = openSync(dataPath, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const damaged = readFileSync(dataPath);

    const { code, stdout, stderr } = await runEmulatorToExit(env);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(
      new RegExp(
        `^emulator: cannot use the state file EMULATOR_DATA=${dataPath}: it is damaged \\((quick_check: .+|database disk image is malformed)\\)\\. ` +
          'It was left as it is: restore it from a backup, or move it away to start with an empty emulator\\.\\n$',
      ),
    );
    expect(readFileSync(dataPath).equals(damaged)).toBe(true);
  });
});

const readOnlyDisk = mkdtempSync(join(tmpdir(), 'emulator-read-only-'));
const readOnlyMounted = mountTmpfs(readOnlyDisk, '1m');
afterAll(() => {
  if (readOnlyMounted) execFileSync('umount', [readOnlyDisk]);
  rmSync(readOnlyDisk, { recursive: true, force: true });
});

describe('a state file on a read-only disk', () => {
  const title = 'is refused at start naming the file and what to check';
  (readOnlyMounted ? it : it.skip)(readOnlyMounted ? title : `${title} (skipped: mount -t tmpfs is not permitted here)`, async () => {
    const dataPath = join(readOnlyDisk, 'state.sqlite');
    const env = { EMULATOR_PORT: '0', EMULATOR_DATA: dataPath };
    const child = await spawnEmulator(env);
    await clientAt(child.endpoint).send(new CreateProfileCommand({ As2Id: 'kept', ProfileType: 'LOCAL' }));
    child.process.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    execFileSync('mount', ['-o', 'remount,ro', readOnlyDisk]);
    try {
      expect(await runEmulatorToExit(env)).toEqual({
        code: 1,
        signal: null,
        stdout: '',
        stderr:
          `emulator: cannot use the state file EMULATOR_DATA=${dataPath}: it cannot be written (disk I/O error (SQLITE_IOERR_LOCK)). ` +
          'Check that the file and its folder are writable and the disk is mounted read-write.\n',
      });
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', readOnlyDisk]);
    }
  });
});
