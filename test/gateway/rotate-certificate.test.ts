import {
  CreateProfileCommand,
  DescribeCertificateCommand,
  DescribeProfileCommand,
  type ProfileType,
  UpdateProfileCommand,
} from '@aws-sdk/client-transfer';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { startStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;
const ROTATE = `mutation($input: RotateCertificateInput!) { rotateCertificate(input: $input) {
  replacement { certificateId serial usage activeDate } imported old { certificateId inactiveDate }
  profiles { profile { profileId } outcome certificateIds message } complete pendingUntil pending
  userErrors { field message code } warnings { code } plannedCalls { operation input } } }`;

let s: TestStack;
let certs: CertificateFactory;
let old: string;
let a: string;
let b: string;
let full: string;
let fillers: string[];
let pem: { certificatePem: string; privateKeyPem: string; serial: string };
const profile = async (As2Id: string, ProfileType: ProfileType, CertificateIds?: string[]) =>
  (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType, CertificateIds }))).ProfileId!;
const certificateIdsOf = async (id: string) => (await s.client.send(new DescribeProfileCommand({ ProfileId: id }))).Profile!.CertificateIds;
const inactiveDateOf = async (id: string) =>
  (await s.client.send(new DescribeCertificateCommand({ CertificateId: id }))).Certificate!.InactiveDate!;

// The old SIGNING certificate is held by profiles A and B, and by FULL, which has 10 certificates already (the AWS quota).
beforeAll(async () => {
  s = await startStack();
  certs = await certificateFactory();
  old = await certs.importInto(s.client, 'SIGNING', { withPrivateKey: true });
  fillers = [];
  for (let i = 0; i < 9; i += 1) fillers.push(await certs.importInto(s.client, 'ENCRYPTION'));
  a = await profile('ROTATE-A', 'LOCAL', [old]);
  b = await profile('ROTATE-B', 'LOCAL', [old]);
  full = await profile('ROTATE-FULL', 'LOCAL', [old, ...fillers]);
  pem = await certs.generate('CN=replacement, O=transfer-graph tests');
}, 60_000);
afterAll(() => s.close());
beforeEach(() => s.resetStats());

const input = () => ({ id: old, certificate: pem.certificatePem, privateKey: pem.privateKeyPem, overlapDays: 7 });

describe('rotateCertificate', () => {
  it('shows the plan in a dry run: the import, each profile update, the old window; and sends no write', async () => {
    const res = await s.gql(ROTATE, { input: { ...input(), dryRun: true } });
    expect(res.errors).toBeUndefined();
    const payload = res.data.rotateCertificate;
    expect(payload.replacement).toMatchObject({ certificateId: '', serial: pem.serial, usage: 'SIGNING' });
    expect(payload.imported).toBe(false);
    expect(payload.profiles).toEqual([
      { profile: { profileId: a }, outcome: 'PLANNED', certificateIds: [old, '(the replacement)'], message: null },
      { profile: { profileId: b }, outcome: 'PLANNED', certificateIds: [old, '(the replacement)'], message: null },
      {
        profile: { profileId: full },
        outcome: 'FAILED',
        certificateIds: [old, ...fillers],
        message: 'Quota exceeded: at most 10 certificates per profile (certificateIds names 11)',
      },
    ]);
    // Nothing was done, so nothing is complete; the FAILED profile says the real call would not finish.
    expect(payload.complete).toBeNull();
    expect(payload.plannedCalls.map((c: any) => c.operation)).toEqual(['ImportCertificate', 'UpdateProfile', 'UpdateProfile']);
    expect(payload.plannedCalls[0].input).toEqual({
      Usage: 'SIGNING',
      Certificate: '***',
      PrivateKey: '***',
      ActiveDate: payload.replacement.activeDate,
      Description: `Replaces ${old}`,
    });
    expect(payload.plannedCalls.slice(1).map((c: any) => c.input)).toEqual([
      { ProfileId: a, CertificateIds: [old, '(the replacement)'] },
      { ProfileId: b, CertificateIds: [old, '(the replacement)'] },
    ]);
    const stats = await s.stats();
    expect(Object.keys(stats.requests).filter((op) => !/^(List|Describe)/.test(op))).toEqual([]);
  });

  it('reports exactly which profiles changed when one update fails, and leaves the old window alone', async () => {
    const before = await inactiveDateOf(old);
    const res = await s.gql(ROTATE, { input: input() });
    const payload = res.data.rotateCertificate;
    const replacement = payload.replacement.certificateId;
    expect(payload.imported).toBe(true);
    expect(payload.profiles).toEqual([
      { profile: { profileId: a }, outcome: 'UPDATED', certificateIds: [old, replacement], message: null },
      { profile: { profileId: b }, outcome: 'UPDATED', certificateIds: [old, replacement], message: null },
      {
        profile: { profileId: full },
        outcome: 'FAILED',
        certificateIds: [old, ...fillers],
        message: 'Quota exceeded: at most 10 certificates per profile (certificateIds names 11)',
      },
    ]);
    expect(payload.complete).toBe(false);
    expect(payload.userErrors).toEqual([]);
    expect(await certificateIdsOf(a)).toEqual([old, replacement]);
    expect(await certificateIdsOf(full)).toEqual([old, ...fillers]);
    expect(await inactiveDateOf(old)).toEqual(before);
    expect((await s.stats()).requests).toMatchObject({ ImportCertificate: 1, UpdateProfile: 3 });
    expect((await s.stats()).requests.UpdateCertificate).toBeUndefined();
  });

  it('finishes the job when run again, finding the replacement by its serial instead of importing it twice', async () => {
    await s.client.send(new UpdateProfileCommand({ ProfileId: full, CertificateIds: [old, ...fillers.slice(1)] }));
    await s.resetStats();
    const startedAt = Date.now();
    const res = await s.gql(ROTATE, { input: input() });
    const payload = res.data.rotateCertificate;
    const replacement = payload.replacement.certificateId;
    expect(payload.imported).toBe(false);
    expect(payload.profiles).toEqual([
      { profile: { profileId: a }, outcome: 'ALREADY_DONE', certificateIds: [old, replacement], message: null },
      { profile: { profileId: b }, outcome: 'ALREADY_DONE', certificateIds: [old, replacement], message: null },
      { profile: { profileId: full }, outcome: 'UPDATED', certificateIds: [old, ...fillers.slice(1), replacement], message: null },
    ]);
    expect(payload.complete).toBe(true);
    // Both are active already, so the overlap runs from the rotation: 7 days from when it ran.
    const end = new Date(payload.old.inactiveDate).getTime();
    expect(end).toBeGreaterThanOrEqual(startedAt + 7 * DAY - 1000);
    expect(end).toBeLessThanOrEqual(Date.now() + 7 * DAY);
    expect((await inactiveDateOf(old)).toISOString()).toBe(payload.old.inactiveDate);
    const { requests } = await s.stats();
    expect(requests.ImportCertificate).toBeUndefined();
    expect(requests).toMatchObject({ UpdateProfile: 1, UpdateCertificate: 1 });
    expect(res.extensions?.cost?.upstream).toEqual({
      // The old one, the replacement (the only other SIGNING certificate), and the old one again after its update.
      calls: 10,
      byOperation: {
        DescribeCertificate: 3,
        ListCertificates: 1,
        ListProfiles: 1,
        DescribeProfile: 3,
        UpdateProfile: 1,
        UpdateCertificate: 1,
      },
    });
  });

  it('removes the old certificate from every profile at once with detachOld: true', async () => {
    const res = await s.gql(ROTATE, { input: { ...input(), detachOld: true } });
    const payload = res.data.rotateCertificate;
    const replacement = payload.replacement.certificateId;
    expect(payload.profiles.map((p: any) => [p.profile.profileId, p.outcome, p.certificateIds])).toEqual([
      [a, 'UPDATED', [replacement]],
      [b, 'UPDATED', [replacement]],
      [full, 'UPDATED', [...fillers.slice(1), replacement]],
    ]);
    expect(await certificateIdsOf(b)).toEqual([replacement]);
    expect(payload.complete).toBe(true);
  });

  it('refuses the old certificate as its own replacement, by id or by PEM of the same serial', async () => {
    const byId = await s.gql(ROTATE, { input: { id: old, replacementId: old } });
    expect(byId.data.rotateCertificate.userErrors).toEqual([
      { field: ['input', 'replacementId'], message: `The replacement is ${old} itself; give a new certificate`, code: 'INVALID' },
    ]);
    const samePem = await certs.generate('CN=same serial, O=transfer-graph tests');
    const id = (
      await s.gql(`mutation($input: ImportCertificateInput!) { importCertificate(input: $input) { certificate { certificateId } } }`, {
        input: { usage: 'SIGNING', certificate: samePem.certificatePem },
      })
    ).data.importCertificate.certificate.certificateId;
    const byPem = await s.gql(ROTATE, { input: { id, certificate: samePem.certificatePem } });
    expect(byPem.data.rotateCertificate.userErrors).toEqual([
      { field: ['input', 'certificate'], message: `The replacement is ${id} itself; give a new certificate`, code: 'INVALID' },
    ]);
  });

  it('asks for the replacement when neither certificate nor replacementId is given', async () => {
    const res = await s.gql(ROTATE, { input: { id: old } });
    expect(res.data.rotateCertificate.userErrors).toEqual([
      {
        field: ['input', 'certificate'],
        message: 'The replacement is required: give it as certificate (PEM) or as replacementId',
        code: 'REQUIRED',
      },
    ]);
  });

  it('refuses a replacement given both ways, or of another usage', async () => {
    const both = await s.gql(ROTATE, { input: { ...input(), replacementId: fillers[0] } });
    expect(both.data.rotateCertificate.userErrors).toEqual([
      {
        field: ['input', 'replacementId'],
        message: 'Give the replacement either as certificate (PEM) or as replacementId, not both',
        code: 'INVALID',
      },
    ]);
    const usage = await s.gql(ROTATE, { input: { id: fillers[1], replacementId: old } });
    expect(usage.data.rotateCertificate.userErrors).toEqual([
      {
        field: ['input', 'replacementId'],
        message: `replacementId ${old} has usage SIGNING, but ${fillers[1]} has usage ENCRYPTION; give a replacement of usage ENCRYPTION`,
        code: 'INVALID',
      },
    ]);
  });
});

describe('rotateCertificate with detachOldAfterWindow', () => {
  const oldOn = async (As2Id: string) => {
    const id = await certs.importInto(s.client, 'SIGNING', { withPrivateKey: true });
    return { id, profileId: await profile(As2Id, 'LOCAL', [id]) };
  };

  it('leaves the old certificate attached until its window is over, saying so, and is not complete', async () => {
    const was = await oldOn('WINDOW-OPEN');
    const next = await certs.generate('CN=after the window, O=transfer-graph tests');
    const rotation = {
      id: was.id,
      certificate: next.certificatePem,
      privateKey: next.privateKeyPem,
      overlapDays: 7,
      detachOldAfterWindow: true,
    };
    const first = (await s.gql(ROTATE, { input: rotation })).data.rotateCertificate;
    const replacement = first.replacement.certificateId;
    const end = first.old.inactiveDate;
    expect(first).toMatchObject({
      profiles: [{ profile: { profileId: was.profileId }, outcome: 'UPDATED', certificateIds: [was.id, replacement], message: null }],
      complete: false,
      pendingUntil: end,
      pending: `The old certificate ${was.id} stays attached to 1 profile until its inactiveDate ${end}; run this rotation again after then to detach it`,
      userErrors: [],
    });
    // Run again within the window: nothing to do yet, still pending.
    const again = (await s.gql(ROTATE, { input: rotation })).data.rotateCertificate;
    expect(again).toMatchObject({
      imported: false,
      profiles: [{ profile: { profileId: was.profileId }, outcome: 'ALREADY_DONE', certificateIds: [was.id, replacement], message: null }],
      complete: false,
      pendingUntil: end,
    });
    expect(await certificateIdsOf(was.profileId)).toEqual([was.id, replacement]);
  });

  it('detaches the old certificate when the same rotation runs again after the window, and is then complete', async () => {
    const was = await oldOn('WINDOW-CLOSED');
    const next = await certs.generate('CN=no overlap, O=transfer-graph tests');
    // overlapDays 0: the window ends as the first run ends, so the second run comes after it.
    const rotation = {
      id: was.id,
      certificate: next.certificatePem,
      privateKey: next.privateKeyPem,
      overlapDays: 0,
      detachOldAfterWindow: true,
    };
    const first = (await s.gql(ROTATE, { input: rotation })).data.rotateCertificate;
    const replacement = first.replacement.certificateId;
    expect(first.complete).toBe(false);
    expect(first.pendingUntil).toBe(first.old.inactiveDate);
    const after = (await s.gql(ROTATE, { input: rotation })).data.rotateCertificate;
    expect(after).toMatchObject({
      imported: false,
      profiles: [{ profile: { profileId: was.profileId }, outcome: 'UPDATED', certificateIds: [replacement], message: null }],
      complete: true,
      pendingUntil: null,
      pending: null,
      userErrors: [],
    });
    expect(await certificateIdsOf(was.profileId)).toEqual([replacement]);
  });

  it('refuses detachOld together with detachOldAfterWindow', async () => {
    const res = await s.gql(ROTATE, { input: { ...input(), detachOld: true, detachOldAfterWindow: true } });
    expect(res.data.rotateCertificate.userErrors).toEqual([
      {
        field: ['input', 'detachOldAfterWindow'],
        message: 'Give detachOld (remove the old certificate now) or detachOldAfterWindow (after the overlap), not both',
        code: 'INVALID',
      },
    ]);
  });
});
