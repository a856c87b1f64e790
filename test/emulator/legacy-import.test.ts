import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateProfileCommand,
  DeleteProfileCommand,
  DescribeCertificateCommand,
  DescribeProfileCommand,
  ListCertificatesCommand,
  ListProfilesCommand,
  TagResourceCommand,
} from '@aws-sdk/client-transfer';
import { stringifyWithDates } from '../../src/emulator/dated-json';
import { KINDS } from '../../src/emulator/records';
import type { Store } from '../../src/emulator/store';
import { certificateFactory } from '../support/certificates';
import { runEmulatorToExit } from '../support/child-emulator';
import { startTestEmulator } from '../support/emulator';
import { emulatorProcesses } from '../support/emulator-processes';

const { dir, spawn: spawnEmulator, clientAt } = emulatorProcesses('emulator-legacy-');

const REGIONS = ['us-east-1', 'eu-west-1'];

/** Everything a user can read back: each region's profiles and certificates, described, in listing order. */
async function readBack(endpoint: string) {
  const all: Record<string, unknown> = {};
  for (const region of REGIONS) {
    const client = clientAt(endpoint, region);
    const { Profiles } = await client.send(new ListProfilesCommand({ MaxResults: 1000 }));
    const { Certificates } = await client.send(new ListCertificatesCommand({ MaxResults: 1000 }));
    all[region] = {
      profiles: await Promise.all(
        Profiles!.map(async ({ ProfileId }) => (await client.send(new DescribeProfileCommand({ ProfileId }))).Profile),
      ),
      certificates: await Promise.all(
        Certificates!.map(async ({ CertificateId }) => (await client.send(new DescribeCertificateCommand({ CertificateId }))).Certificate),
      ),
    };
  }
  return all;
}

/**
 * Writes `store` as the pre-SQLite emulator kept it: a snapshot `{version: 1, secret, seq, regions}` in `file` holding
 * all but the records named in `journaled`, which follow as put lines in `<file>.journal`, after a put and a del of a
 * profile that no longer exists.
 */
function writeLegacyStore(file: string, store: Store, journaled: Set<string>): void {
  const snapshot = { version: 1, secret: store.tokenSecret, seq: 0, regions: {} as Record<string, unknown> };
  const lines = [
    stringifyWithDates({
      t: 'put',
      r: 'us-east-1',
      k: 'profiles',
      id: 'p-00000000000000000',
      v: { seq: 1, described: { ProfileId: 'p-00000000000000000' } },
    }),
    stringifyWithDates({ t: 'del', r: 'us-east-1', k: 'profiles', id: 'p-00000000000000000' }),
  ];
  for (const [region, state] of store.regions) {
    const kinds: Record<string, unknown[]> = {};
    for (const kind of KINDS) {
      kinds[kind] = [];
      for (const [id, record] of state[kind].entries()) {
        snapshot.seq = Math.max(snapshot.seq, journaled.has(id) ? 0 : record.seq);
        if (journaled.has(id)) lines.push(stringifyWithDates({ t: 'put', r: region, k: kind, id, v: record }));
        else kinds[kind].push([id, record]);
      }
    }
    snapshot.regions[region] = kinds;
  }
  writeFileSync(file, stringifyWithDates(snapshot));
  writeFileSync(`${file}.journal`, `${lines.join('\n')}\n`);
}

const STAMP = '\\d{8}T\\d{6}Z';

describe('importing an old JSON store (snapshot + journal)', () => {
  it('imports it once into the SQLite file, keeps the old files as backups and answers the same data', async () => {
    const at = join(dir(), 'import');
    mkdirSync(at);
    const source = await startTestEmulator();
    const certificates = await certificateFactory();
    const journaled = new Set<string>();
    let token: string | undefined;
    let secondPage: unknown;
    try {
      for (const region of REGIONS) {
        const client = source.clientFor(region);
        for (let i = 0; i < 4; i++)
          await client.send(new CreateProfileCommand({ As2Id: `${region}-${i}`, ProfileType: i % 2 ? 'PARTNER' : 'LOCAL' }));
        await certificates.importInto(client, 'SIGNING');
        await certificates.importInto(client, 'ENCRYPTION', { withPrivateKey: true });
      }
      const us = source.client;
      const { ProfileId: gone } = await us.send(new CreateProfileCommand({ As2Id: 'deleted', ProfileType: 'LOCAL' }));
      await us.send(new DeleteProfileCommand({ ProfileId: gone }));
      const { ProfileId: late } = await us.send(new CreateProfileCommand({ As2Id: 'journaled', ProfileType: 'LOCAL' }));
      await us.send(
        new TagResourceCommand({ Arn: `arn:aws:transfer:us-east-1:000000000000:profile/${late}`, Tags: [{ Key: 'k', Value: 'v' }] }),
      );
      journaled.add(late!);
      const firstPage = await us.send(new ListProfilesCommand({ MaxResults: 2 }));
      token = firstPage.NextToken;
      secondPage = (await us.send(new ListProfilesCommand({ MaxResults: 2, NextToken: token }))).Profiles;
      writeLegacyStore(join(at, 'emulator.json'), source.emulator.store, journaled);
    } finally {
      await source.close();
    }
    const env = { EMULATOR_PORT: '0', EMULATOR_DATA: join(at, 'emulator.sqlite') };
    const first = await spawnEmulator(env);
    let before: unknown;
    try {
      before = await readBack(first.endpoint);
      // The token secret came along: a NextToken handed out by the old store still pages.
      expect(
        (await clientAt(first.endpoint, 'us-east-1').send(new ListProfilesCommand({ MaxResults: 2, NextToken: token }))).Profiles,
      ).toEqual(secondPage);
    } finally {
      first.process.kill('SIGTERM');
      expect(await first.exited).toEqual({ code: 0, signal: null });
    }
    expect(first.output().stderr).toMatch(
      new RegExp(
        `^emulator: imported 13 record\\(s\\) from the old JSON store ${at}/emulator.json into ${at}/emulator.sqlite; ` +
          `the old files are kept as ${at}/emulator.json.imported-${STAMP} and ${at}/emulator.json.journal.imported-${STAMP}\\n$`,
      ),
    );
    const files = readdirSync(at).sort();
    expect(files).toEqual([
      expect.stringMatching(new RegExp(`^emulator\\.json\\.imported-${STAMP}$`)),
      expect.stringMatching(new RegExp(`^emulator\\.json\\.journal\\.imported-${STAMP}$`)),
      'emulator.sqlite',
    ]);

    const second = await spawnEmulator(env);
    try {
      expect(await readBack(second.endpoint)).toEqual(before);
    } finally {
      second.process.kill('SIGTERM');
      await second.exited;
    }
    expect(second.output().stderr).toBe('');
    expect(readdirSync(at).sort()).toEqual(files);
  });

  it('reads back exactly what the old store held', async () => {
    const at = join(dir(), 'identical');
    mkdirSync(at);
    const source = await startTestEmulator();
    let expected: unknown;
    try {
      const client = source.clientFor('eu-west-1');
      const certificates = await certificateFactory();
      await certificates.importInto(client, 'SIGNING');
      for (let i = 0; i < 3; i++) await source.client.send(new CreateProfileCommand({ As2Id: `same-${i}`, ProfileType: 'PARTNER' }));
      expected = await readBack(source.endpoint);
      writeLegacyStore(join(at, 'emulator.json'), source.emulator.store, new Set());
    } finally {
      await source.close();
    }
    const child = await spawnEmulator({ EMULATOR_PORT: '0', EMULATOR_DATA: join(at, 'emulator.sqlite') });
    try {
      expect(await readBack(child.endpoint)).toEqual(expected);
    } finally {
      child.process.kill('SIGTERM');
      await child.exited;
    }
  });

  it('imports in place when EMULATOR_DATA names the old .json file itself', async () => {
    const at = join(dir(), 'in-place');
    mkdirSync(at);
    const source = await startTestEmulator();
    let expected: unknown;
    try {
      await source.client.send(new CreateProfileCommand({ As2Id: 'in-place', ProfileType: 'LOCAL' }));
      expected = await readBack(source.endpoint);
      writeLegacyStore(join(at, 'state.json'), source.emulator.store, new Set());
    } finally {
      await source.close();
    }
    const env = { EMULATOR_PORT: '0', EMULATOR_DATA: join(at, 'state.json') };
    for (let start = 0; start < 2; start++) {
      const child = await spawnEmulator(env);
      try {
        expect(await readBack(child.endpoint)).toEqual(expected);
      } finally {
        child.process.kill('SIGTERM');
        await child.exited;
      }
    }
    expect(readFileSync(join(at, 'state.json')).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(readdirSync(at).sort()).toEqual([
      'state.json',
      expect.stringMatching(new RegExp(`^state\\.json\\.imported-${STAMP}$`)),
      expect.stringMatching(new RegExp(`^state\\.json\\.journal\\.imported-${STAMP}$`)),
    ]);
  });

  it('drops an unfinished last journal line (a write cut off by a crash) and says so', async () => {
    const at = join(dir(), 'torn');
    mkdirSync(at);
    writeFileSync(join(at, 'emulator.json'), JSON.stringify({ version: 1, secret: 'a'.repeat(64), seq: 0, regions: {} }));
    writeFileSync(join(at, 'emulator.json.journal'), '{"t":"put","r":"us-east-1","k":"profiles","id":"p-1111');
    const child = await spawnEmulator({ EMULATOR_PORT: '0', EMULATOR_DATA: join(at, 'emulator.sqlite') });
    try {
      expect(await readBack(child.endpoint)).toEqual({
        'us-east-1': { profiles: [], certificates: [] },
        'eu-west-1': { profiles: [], certificates: [] },
      });
    } finally {
      child.process.kill('SIGTERM');
      await child.exited;
    }
    expect(child.output().stderr.split('\n')[0]).toBe(
      `emulator: ${at}/emulator.json.journal: dropped an unfinished last line (a write cut off by a crash, never acknowledged)`,
    );
  });
});

describe('an old JSON store that cannot be imported', () => {
  const refusal = (dataPath: string, file: string, why: string) =>
    `emulator: cannot use the state file EMULATOR_DATA=${dataPath}: the old JSON store ${file} cannot be imported: ${why}. ` +
    'Nothing was changed: repair or remove that file, then start again.\n';

  it.each([['{}'], ['null'], ['[]'], ['{"version":1,"secret":"s","seq":1,"regions":{"us-east-1":{"profiles":[["p-1",null]]}}}']])(
    'is refused naming the file, which is left as it is, when the snapshot is %s',
    async (text) => {
      const at = mkdtempSync(join(dir(), 'shape-'));
      writeFileSync(join(at, 'emulator.json'), text);
      const dataPath = join(at, 'emulator.sqlite');
      const { code, stdout, stderr } = await runEmulatorToExit({ EMULATOR_PORT: '0', EMULATOR_DATA: dataPath });
      const why = text.startsWith('{"version"')
        ? 'a profiles entry of region "us-east-1" is not an [id, record] pair'
        : 'it is JSON, but not an emulator snapshot (expected an object with secret, seq and regions)';
      expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: refusal(dataPath, join(at, 'emulator.json'), why) });
      expect(readdirSync(at)).toEqual(['emulator.json']);
      expect(readFileSync(join(at, 'emulator.json'), 'utf8')).toBe(text);
    },
  );

  it('is refused, and nothing imported, when a journal line with acknowledged lines after it is damaged', async () => {
    const at = join(dir(), 'damaged-line');
    mkdirSync(at);
    const put = (id: string, seq: number) =>
      JSON.stringify({ t: 'put', r: 'us-east-1', k: 'profiles', id, v: { seq, described: { ProfileId: id } } });
    const journal = [put('p-1', 1), '{"t":"put","r":"us-ea\u0000\u0000', put('p-2', 2), put('p-3', 3), ''].join('\n');
    writeFileSync(join(at, 'emulator.json'), JSON.stringify({ version: 1, secret: 's', seq: 0, regions: {} }));
    writeFileSync(join(at, 'emulator.json.journal'), journal);
    const dataPath = join(at, 'emulator.sqlite');
    const { code, stdout, stderr } = await runEmulatorToExit({ EMULATOR_PORT: '0', EMULATOR_DATA: dataPath });
    expect({ code, stdout, stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr: refusal(dataPath, join(at, 'emulator.json.journal'), 'line 2 is damaged and 2 line(s) follow it'),
    });
    expect(existsSync(dataPath)).toBe(false);
    expect(readFileSync(join(at, 'emulator.json.journal'), 'utf8')).toBe(journal);
  });
});
