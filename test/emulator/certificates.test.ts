import {
  DeleteCertificateCommand,
  DescribeCertificateCommand,
  ImportCertificateCommand,
  InvalidNextTokenException,
  InvalidRequestException,
  ListCertificatesCommand,
  ResourceNotFoundException,
  UpdateCertificateCommand,
  type ImportCertificateCommandInput,
} from '@aws-sdk/client-transfer';
import { createPrivateKey } from 'node:crypto';
import { generateCertificate, generateKeys, type GeneratedCertificate, type SeedKey } from '../../src/emulator/seed/certs';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { EC_P256_CERTIFICATE, RSA_1024_CERTIFICATE, RSA_4096_CERTIFICATE, RSA_5120_CERTIFICATE } from './fixtures/certificates';

const DAY = 86_400_000;
/** X.509 dates carry whole seconds. */
const wholeSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
const NOW = Date.now();
const NOT_BEFORE = wholeSecond(NOW - 30 * DAY);
const NOT_AFTER = wholeSecond(NOW + 335 * DAY);

let t: TestEmulator;
let keys: SeedKey[];
let signing: GeneratedCertificate;
let ca: GeneratedCertificate;
let issued: GeneratedCertificate;

beforeAll(async () => {
  t = await startTestEmulator();
  keys = await generateKeys(3);
  const window = { notBefore: NOT_BEFORE, notAfter: NOT_AFTER };
  signing = await generateCertificate({ subject: 'CN=Acme AS2 signing, O=Acme Corp, C=US', key: keys[0], purpose: 'SIGNING', ...window });
  ca = await generateCertificate({ subject: 'CN=Northwind Issuing CA, O=Northwind, C=DE', key: keys[1], purpose: 'CA', ...window });
  issued = await generateCertificate({
    subject: 'CN=Northwind AS2 encryption, O=Northwind, C=DE',
    key: keys[2],
    purpose: 'ENCRYPTION',
    issuer: ca,
    ...window,
  });
});
afterAll(() => t.close());

const importing = (input: Partial<ImportCertificateCommandInput>) =>
  t.client.send(new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: signing.certificatePem, ...input }));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

async function rawCall(operation: string, body: object): Promise<string> {
  const response = await fetch(t.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `TransferService.${operation}` },
    body: JSON.stringify(body),
  });
  return response.text();
}

describe('ImportCertificate and DescribeCertificate', () => {
  it('returns the certificate with its serial, validity, default active window, type and tags', async () => {
    const { CertificateId } = await importing({
      PrivateKey: signing.privateKeyPem,
      Description: 'acme-signing-2025',
      Tags: [{ Key: 'partner', Value: 'acme' }],
    });
    expect(CertificateId).toMatch(/^cert-[0-9a-f]{17}$/);
    const { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId }));
    expect(Certificate).toEqual({
      Arn: `arn:aws:transfer:us-east-1:000000000000:certificate/${CertificateId}`,
      CertificateId,
      Usage: 'SIGNING',
      Certificate: signing.certificatePem,
      ActiveDate: NOT_BEFORE,
      InactiveDate: NOT_AFTER,
      NotBeforeDate: NOT_BEFORE,
      NotAfterDate: NOT_AFTER,
      Serial: signing.serial,
      Status: 'ACTIVE',
      Type: 'CERTIFICATE_WITH_PRIVATE_KEY',
      Description: 'acme-signing-2025',
      Tags: [{ Key: 'partner', Value: 'acme' }],
    });
  });

  it('answers Serial as lowercase hex byte pairs that fit the model pattern and length', async () => {
    const { CertificateId } = await importing({});
    const { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId }));
    expect(Certificate!.Serial).toMatch(/^([0-9a-f]{2})+$/);
    expect(Certificate!.Serial!.length).toBeLessThanOrEqual(48);
  });

  it('is of Type CERTIFICATE and has no chain when neither a key nor a chain was given', async () => {
    const { CertificateId } = await importing({ Usage: 'TLS' });
    const { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId }));
    expect(Certificate).toMatchObject({ Type: 'CERTIFICATE', Usage: 'TLS' });
    expect(Certificate).not.toHaveProperty('CertificateChain');
    expect(Certificate).not.toHaveProperty('Tags');
    expect(Certificate).not.toHaveProperty('Description');
  });

  it('keeps a CertificateChain given on its own', async () => {
    const { CertificateId } = await t.client.send(
      new ImportCertificateCommand({ Usage: 'ENCRYPTION', Certificate: issued.certificatePem, CertificateChain: ca.certificatePem }),
    );
    const { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId }));
    expect(Certificate).toMatchObject({ Certificate: issued.certificatePem, CertificateChain: ca.certificatePem, Serial: issued.serial });
  });

  it('splits a chain that follows the certificate in Certificate into CertificateChain', async () => {
    const { CertificateId } = await t.client.send(
      new ImportCertificateCommand({
        Usage: 'ENCRYPTION',
        Certificate: issued.certificatePem + ca.certificatePem,
        PrivateKey: issued.privateKeyPem,
      }),
    );
    const { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId }));
    expect(Certificate).toMatchObject({
      Certificate: issued.certificatePem.trimEnd(),
      CertificateChain: ca.certificatePem,
      Serial: issued.serial,
      Type: 'CERTIFICATE_WITH_PRIVATE_KEY',
    });
  });

  it('accepts an unencrypted PKCS#1 RSA PRIVATE KEY as well as PKCS#8', async () => {
    const pkcs1 = createPrivateKey(signing.privateKeyPem).export({ format: 'pem', type: 'pkcs1' }) as string;
    await expect(importing({ PrivateKey: pkcs1 })).resolves.toEqual(expect.objectContaining({ CertificateId: expect.any(String) }));
  });

  it('imports an expired certificate, which reads as INACTIVE', async () => {
    const expired = await generateCertificate({
      subject: 'CN=Old partner',
      key: keys[0],
      purpose: 'SIGNING',
      notBefore: wholeSecond(NOW - 400 * DAY),
      notAfter: wholeSecond(NOW - 35 * DAY),
    });
    const { CertificateId } = await importing({ Certificate: expired.certificatePem });
    const { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId }));
    expect(Certificate!.Status).toBe('INACTIVE');
  });
});

describe('ImportCertificate refusals', () => {
  const prefix = (n: number) => `${n} validation error${n === 1 ? '' : 's'} detected: `;

  it('refuses a private key that does not match the certificate', async () => {
    const error = await failure(importing({ PrivateKey: keys[1].privateKeyPem }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      `${prefix(1)}PrivateKey does not match the certificate's public key; give the private key the certificate was issued for`,
    );
  });

  it('refuses text that is not PEM', async () => {
    const error = await failure(importing({ Certificate: 'hello, this is not a certificate' }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      `${prefix(1)}Certificate is not PEM: expected one or more blocks from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----`,
    );
  });

  it('refuses a CERTIFICATE block whose body is junk', async () => {
    const error = await failure(
      importing({ Certificate: '-----BEGIN CERTIFICATE-----\nnot base64 DER at all\n-----END CERTIFICATE-----\n' }),
    );
    expect(error!.message).toBe(
      `${prefix(1)}Certificate block 1 of 1 is not a valid X.509 certificate (its base64 body does not decode to DER)`,
    );
  });

  it('refuses the obsolete X509 CERTIFICATE label and a private key pasted into Certificate', async () => {
    const legacy = signing.certificatePem.replace(/CERTIFICATE-----/g, 'X509 CERTIFICATE-----');
    expect((await failure(importing({ Certificate: legacy })))!.message).toBe(
      `${prefix(1)}Certificate holds PEM blocks labelled X509 CERTIFICATE; expected only -----BEGIN CERTIFICATE----- blocks`,
    );
    expect((await failure(importing({ Certificate: signing.certificatePem + signing.privateKeyPem })))!.message).toBe(
      `${prefix(1)}Certificate holds PEM blocks labelled PRIVATE KEY; expected only -----BEGIN CERTIFICATE----- blocks; give the private key in PrivateKey`,
    );
  });

  it('refuses an encrypted private key', async () => {
    const encrypted = createPrivateKey(signing.privateKeyPem).export({
      format: 'pem',
      type: 'pkcs8',
      cipher: 'aes-256-cbc',
      passphrase: 'secret',
    }) as string;
    expect((await failure(importing({ PrivateKey: encrypted })))!.message).toBe(
      `${prefix(1)}PrivateKey is encrypted; import it unencrypted (for example \`openssl pkey -in key.pem -out key-plain.pem\`)`,
    );
  });

  it('refuses a private key that is not a key', async () => {
    expect((await failure(importing({ PrivateKey: 'garbage' })))!.message).toBe(
      `${prefix(1)}PrivateKey is not PEM: expected a block from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----`,
    );
    expect((await failure(importing({ PrivateKey: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' })))!.message).toBe(
      `${prefix(1)}PrivateKey is not a valid PRIVATE KEY PEM block`,
    );
  });

  it('refuses a chain given both inside Certificate and in CertificateChain', async () => {
    const error = await failure(
      importing({ Usage: 'ENCRYPTION', Certificate: issued.certificatePem + ca.certificatePem, CertificateChain: ca.certificatePem }),
    );
    expect(error!.message).toBe(
      `${prefix(1)}Certificate holds 1 chain certificate after the certificate and CertificateChain is given too; give the chain in one of them, not both`,
    );
  });

  it('refuses ActiveDate and InactiveDate outside the validity window, or out of order', async () => {
    const early = new Date(NOT_BEFORE.getTime() - DAY);
    const late = new Date(NOT_AFTER.getTime() + DAY);
    const validity = `the certificate's validity, ${NOT_BEFORE.toISOString()} to ${NOT_AFTER.toISOString()}`;
    expect((await failure(importing({ ActiveDate: early, InactiveDate: late })))!.message).toBe(
      `${prefix(2)}ActiveDate ${early.toISOString()} lies outside ${validity}; give a date within it; ` +
        `InactiveDate ${late.toISOString()} lies outside ${validity}; give a date within it`,
    );
    const a = new Date(NOW + 10 * DAY);
    const b = new Date(NOW + 5 * DAY);
    expect((await failure(importing({ ActiveDate: a, InactiveDate: b })))!.message).toBe(
      `${prefix(1)}ActiveDate ${a.toISOString()} must be before InactiveDate ${b.toISOString()}`,
    );
  });

  it('reports a key mismatch, a doubled chain and a bad date together in one error', async () => {
    const late = new Date(NOT_AFTER.getTime() + DAY);
    const error = await failure(
      importing({
        Certificate: issued.certificatePem + ca.certificatePem,
        CertificateChain: ca.certificatePem,
        PrivateKey: keys[0].privateKeyPem,
        InactiveDate: late,
      }),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      `${prefix(3)}Certificate holds 1 chain certificate after the certificate and CertificateChain is given too; give the chain in one of them, not both; ` +
        "PrivateKey does not match the certificate's public key; give the private key the certificate was issued for; " +
        `InactiveDate ${late.toISOString()} lies outside the certificate's validity, ${NOT_BEFORE.toISOString()} to ${NOT_AFTER.toISOString()}; give a date within it`,
    );
  });

  it('never quotes the private key in an error, not even one pasted into Certificate', async () => {
    const keyBody = keys[0].privateKeyPem.split('\n')[1];
    for (const input of [
      { PrivateKey: keys[1].privateKeyPem },
      { Certificate: keys[0].privateKeyPem },
      { PrivateKey: keys[0].privateKeyPem.replace('PRIVATE KEY-----', 'PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED') },
      { PrivateKey: keys[0].privateKeyPem.slice(0, 200) + '-----END PRIVATE KEY-----' },
    ]) {
      const text = await rawCall('ImportCertificate', { Usage: 'SIGNING', Certificate: signing.certificatePem, ...input });
      expect(JSON.parse(text).__type).toBe('InvalidRequestException');
      expect(text).not.toContain(keyBody.slice(0, 24));
      expect(text).not.toContain(keyBody.slice(30, 54));
    }
  });

  it('reports model constraint violations before reading the PEM', async () => {
    const error = await failure(importing({ Usage: 'STAMPING' as never, Certificate: '' }));
    expect(error!.message).toBe(
      "3 validation errors detected: Value 'STAMPING' at 'Usage' failed to satisfy constraint: Member must satisfy enum value set: [SIGNING, ENCRYPTION, TLS]; " +
        "Value '***' at 'Certificate' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value '***' at 'Certificate' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\t\\n\\r\\u0020-\\u00FF]+",
    );
  });
});

describe('AS2 key lengths ("at least 2048 bits, and at most 4096")', () => {
  const prefix = (n: number) => `${n} validation error${n === 1 ? '' : 's'} detected: `;
  const USAGES = ['SIGNING', 'ENCRYPTION', 'TLS'] as const;

  it('refuses an RSA key of 1024 or of 5120 bits for every usage, naming the size and the range', async () => {
    for (const [certificate, bits] of [
      [RSA_1024_CERTIFICATE, 1024],
      [RSA_5120_CERTIFICATE, 5120],
    ] as const) {
      for (const Usage of USAGES) {
        const error = await failure(importing({ Usage, Certificate: certificate }));
        expect(error).toBeInstanceOf(InvalidRequestException);
        expect(error!.message).toBe(
          `${prefix(1)}Certificate has a ${bits}-bit RSA key; the key length for AS2 certificates must be 2048 to 4096 bits`,
        );
      }
    }
    await expect(importing({ Usage: 'ENCRYPTION', Certificate: RSA_4096_CERTIFICATE })).resolves.toEqual(
      expect.objectContaining({ CertificateId: expect.stringMatching(/^cert-[0-9a-f]{17}$/) }),
    );
  });

  it("refuses an EC key, whose length is its curve's", async () => {
    const error = await failure(importing({ Usage: 'SIGNING', Certificate: EC_P256_CERTIFICATE }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      `${prefix(1)}Certificate has a key of type EC prime256v1; the key length for AS2 certificates must be 2048 to 4096 bits, which takes an RSA key`,
    );
  });
});

describe('TLS certificates ("only ... a partner\'s public certificate", "must be self-signed")', () => {
  const prefix = (n: number) => `${n} validation error${n === 1 ? '' : 's'} detected: `;

  it('refuses a TLS certificate given with its private key', async () => {
    const error = await failure(importing({ Usage: 'TLS', PrivateKey: signing.privateKeyPem }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      `${prefix(1)}PrivateKey must be left out for a TLS certificate: it is imported as a partner's public certificate`,
    );
  });

  it('refuses a TLS certificate issued by a CA', async () => {
    const error = await failure(importing({ Usage: 'TLS', Certificate: issued.certificatePem }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      `${prefix(1)}A TLS Certificate must be self-signed: its issuer must be its own subject, signed with its own key`,
    );
  });

  it('refuses a TLS certificate with a chain, inline or in CertificateChain, listing every problem of the call', async () => {
    const inline = await failure(
      importing({ Usage: 'TLS', Certificate: issued.certificatePem + ca.certificatePem, PrivateKey: issued.privateKeyPem }),
    );
    expect(inline!.message).toBe(
      `${prefix(3)}PrivateKey must be left out for a TLS certificate: it is imported as a partner's public certificate; ` +
        'A TLS Certificate must be self-signed: its issuer must be its own subject, signed with its own key; ' +
        'CertificateChain must be left out for a TLS certificate, which is self-signed (and so is any chain after it in Certificate)',
    );
    const separate = await failure(importing({ Usage: 'TLS', CertificateChain: ca.certificatePem }));
    expect(separate!.message).toBe(
      `${prefix(1)}CertificateChain must be left out for a TLS certificate, which is self-signed (and so is any chain after it in Certificate)`,
    );
  });
});

describe('certificate Status', () => {
  it('is PENDING_ROTATION before ActiveDate, ACTIVE between the dates and INACTIVE from InactiveDate on', async () => {
    const cases: [Partial<ImportCertificateCommandInput>, string][] = [
      [{ ActiveDate: new Date(NOW + 7 * DAY) }, 'PENDING_ROTATION'],
      [{ ActiveDate: new Date(NOW - DAY), InactiveDate: new Date(NOW + DAY) }, 'ACTIVE'],
      [{ InactiveDate: new Date(NOW - DAY) }, 'INACTIVE'],
    ];
    for (const [dates, status] of cases) {
      const { CertificateId } = await importing(dates);
      const { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId }));
      expect([Certificate!.Status, Certificate!.ActiveDate, Certificate!.InactiveDate]).toEqual([
        status,
        dates.ActiveDate ?? NOT_BEFORE,
        dates.InactiveDate ?? NOT_AFTER,
      ]);
    }
  });
});

describe('UpdateCertificate', () => {
  it('changes only the members given', async () => {
    const { CertificateId } = await importing({ Description: 'before' });
    const active = new Date(NOW + 3 * DAY);
    expect(await t.client.send(new UpdateCertificateCommand({ CertificateId, ActiveDate: active }))).toMatchObject({ CertificateId });
    let { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId }));
    expect(Certificate).toMatchObject({ ActiveDate: active, InactiveDate: NOT_AFTER, Description: 'before', Status: 'PENDING_ROTATION' });
    await t.client.send(new UpdateCertificateCommand({ CertificateId, Description: 'after' }));
    ({ Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId })));
    expect(Certificate).toMatchObject({ ActiveDate: active, InactiveDate: NOT_AFTER, Description: 'after' });
  });

  it('applies the date rules to the dates that would result', async () => {
    const { CertificateId } = await importing({ ActiveDate: new Date(NOW + 20 * DAY) });
    const inactive = new Date(NOW + 10 * DAY);
    const error = await failure(t.client.send(new UpdateCertificateCommand({ CertificateId, InactiveDate: inactive })));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      `1 validation error detected: ActiveDate ${new Date(NOW + 20 * DAY).toISOString()} must be before InactiveDate ${inactive.toISOString()}`,
    );
  });
});

describe('unknown certificates', () => {
  it('answers ResourceNotFoundException naming the certificate on describe, update and delete', async () => {
    const CertificateId = 'cert-0123456789abcdef0';
    for (const command of [
      new DescribeCertificateCommand({ CertificateId }),
      new UpdateCertificateCommand({ CertificateId, Description: 'x' }),
      new DeleteCertificateCommand({ CertificateId }),
    ]) {
      const error = await failure(t.client.send(command as never));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error).toMatchObject({ Resource: CertificateId, ResourceType: 'Certificate', message: 'Unknown certificate' });
    }
  });

  it('deletes a certificate', async () => {
    const { CertificateId } = await importing({});
    await t.client.send(new DeleteCertificateCommand({ CertificateId }));
    await expect(t.client.send(new DescribeCertificateCommand({ CertificateId }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('ListCertificates', () => {
  it('returns the ListedCertificate projection with the derived Status', async () => {
    const { CertificateId } = await importing({
      PrivateKey: signing.privateKeyPem,
      Description: 'listed',
      ActiveDate: new Date(NOW + DAY),
    });
    const { Certificates } = await t.client.send(new ListCertificatesCommand({}));
    expect(Certificates!.find((c) => c.CertificateId === CertificateId)).toEqual({
      Arn: `arn:aws:transfer:us-east-1:000000000000:certificate/${CertificateId}`,
      CertificateId,
      Usage: 'SIGNING',
      Status: 'PENDING_ROTATION',
      ActiveDate: new Date(NOW + DAY),
      InactiveDate: NOT_AFTER,
      Type: 'CERTIFICATE_WITH_PRIVATE_KEY',
      Description: 'listed',
    });
  });

  it('walks every certificate exactly once in pages of MaxResults', async () => {
    const { Certificates: all } = await t.client.send(new ListCertificatesCommand({}));
    const seen: string[] = [];
    let NextToken: string | undefined;
    for (let pageCount = 0; pageCount < 100; pageCount++) {
      const result = await t.client.send(new ListCertificatesCommand({ MaxResults: 3, NextToken }));
      expect(result.Certificates!.length).toBeLessThanOrEqual(3);
      seen.push(...result.Certificates!.map((c) => c.CertificateId!));
      NextToken = result.NextToken;
      if (!NextToken) break;
    }
    expect(seen).toEqual(all!.map((c) => c.CertificateId));
    expect(seen.length).toBeGreaterThan(6);
  });

  it('refuses a damaged NextToken', async () => {
    const { NextToken } = await t.client.send(new ListCertificatesCommand({ MaxResults: 1 }));
    await expect(t.client.send(new ListCertificatesCommand({ NextToken: `${NextToken}x` }))).rejects.toBeInstanceOf(
      InvalidNextTokenException,
    );
  });
});

describe('the private key', () => {
  it('appears in no Describe or List response, checked on the raw JSON', async () => {
    const { CertificateId } = await importing({ PrivateKey: signing.privateKeyPem });
    const keyLines = signing.privateKeyPem.split('\n').filter((l) => l && !l.startsWith('-----'));
    for (const text of [await rawCall('DescribeCertificate', { CertificateId }), await rawCall('ListCertificates', {})]) {
      expect(text).toContain(CertificateId);
      expect(text).not.toContain('PRIVATE KEY');
      for (const line of keyLines) expect(text).not.toContain(line);
    }
  });

  it('is not kept in the store', async () => {
    const { CertificateId } = await importing({ PrivateKey: signing.privateKeyPem });
    const record = t.emulator.store.region('us-east-1').certificates.get(CertificateId!);
    expect(JSON.stringify(record)).not.toContain('PRIVATE KEY');
  });
});

describe('the certificate quota', () => {
  it('refuses the 1,001st certificate in an account', async () => {
    const fresh = await startTestEmulator();
    try {
      const importOne = () => fresh.client.send(new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: signing.certificatePem }));
      for (let batch = 0; batch < 20; batch++) await Promise.all(Array.from({ length: 50 }, importOne));
      const error = await failure(
        fresh.client.send(new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: signing.certificatePem })),
      );
      expect(error).toBeInstanceOf(InvalidRequestException);
      expect(error!.message).toBe('Quota exceeded: at most 1000 certificates per account');
    } finally {
      await fresh.close();
    }
  });
});
