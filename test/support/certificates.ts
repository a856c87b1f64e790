import { ImportCertificateCommand, type CertificateUsageType, type TransferClient } from '@aws-sdk/client-transfer';
import { generateCertificate, generateKeys, type GeneratedCertificate } from '../../src/emulator/seed/certs';

const DAY = 86_400_000;
/** X.509 dates carry whole seconds. */
const wholeSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);

export interface CertificateFactory {
  notBefore: Date;
  notAfter: Date;
  /** A new real X.509 certificate (RSA-2048, SHA-256) valid from 30 days ago for a year, with its private key. */
  generate(subject: string): Promise<GeneratedCertificate>;
  /** Imports a new certificate through the real API and returns its id. */
  importInto(client: TransferClient, usage: CertificateUsageType, options?: { withPrivateKey?: boolean }): Promise<string>;
}

/** Certificates for gateway tests; one key pair is shared, since generating keys is the slow part. */
export async function certificateFactory(): Promise<CertificateFactory> {
  const [key] = await generateKeys(1);
  const now = Date.now();
  const notBefore = wholeSecond(now - 30 * DAY);
  const notAfter = wholeSecond(now + 335 * DAY);
  let serial = 0;
  const generate = (subject: string) => generateCertificate({ subject, key, purpose: 'SIGNING', notBefore, notAfter });
  return {
    notBefore,
    notAfter,
    generate,
    async importInto(client, usage, { withPrivateKey = false } = {}) {
      const certificate = await generate(`CN=test certificate ${(serial += 1)}, O=transfer-graph tests`);
      const { CertificateId } = await client.send(
        new ImportCertificateCommand({
          Usage: usage,
          Certificate: certificate.certificatePem,
          PrivateKey: withPrivateKey ? certificate.privateKeyPem : undefined,
        }),
      );
      return CertificateId!;
    },
  };
}
