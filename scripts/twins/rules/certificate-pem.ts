import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';

/*
 * The rules AWS applies to an ImportCertificate's PEM members, as messages. Self-contained: the emulator enforces them
 * and the gateway's dry runs check the same rules with a generated copy (scripts/twins/).
 */

/** The PEM members of an ImportCertificate call. */
export interface CertificatePem {
  certificate: string;
  chain?: string;
  privateKey?: string;
  /** The ImportCertificate Usage: TLS certificates obey rules of their own. */
  usage?: string;
}

/** What the emulator keeps of an imported certificate: never the private key. */
export interface CertificateFacts {
  /** The certificate's own PEM block (the first one of the `Certificate` member). */
  certificate: string;
  /** The chain: the CertificateChain member, or the blocks that followed the certificate in `Certificate`. */
  chain?: string;
  /** Lowercase hex byte pairs without separators, e.g. `0a3f…` (see docs/emulator-notes/certificates.md). */
  serial: string;
  notBefore: Date;
  notAfter: Date;
}

interface PemBlock {
  label: string;
  text: string;
}

// Labels are restricted to capitals, digits and spaces, so a label quoted in a message never carries key material.
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const CERTIFICATE_LABEL = 'CERTIFICATE';
const PRIVATE_KEY_LABELS = ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'];
/** "The key length for AS2 certificates must be at least 2048 bits, and at most 4096" (user guide, Manage AS2 certificates). */
const MIN_KEY_BITS = 2048;
const MAX_KEY_BITS = 4096;
/** CertSerial allows at most 48 characters: 24 bytes as hex pairs (RFC 5280 allows serials of 20 octets). */
const MAX_SERIAL_HEX = 48;

function pemBlocks(text: string): PemBlock[] {
  return [...text.matchAll(PEM_BLOCK)].map((m) => ({ label: m[1], text: m[0] }));
}

/**
 * The certificates of one PEM member, in order. Text outside the blocks (such as the `subject=` lines that
 * openssl prints) is ignored, as openssl ignores it.
 */
function readCertificates(member: string, text: string, problems: string[]): X509Certificate[] | undefined {
  const blocks = pemBlocks(text);
  if (!blocks.length) {
    problems.push(`${member} is not PEM: expected one or more blocks from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----`);
    return undefined;
  }
  const foreign = blocks.filter((b) => b.label !== CERTIFICATE_LABEL).map((b) => b.label);
  if (foreign.length) {
    const hint = foreign.some((l) => l.includes('PRIVATE KEY')) ? '; give the private key in PrivateKey' : '';
    problems.push(
      `${member} holds PEM blocks labelled ${[...new Set(foreign)].join(', ')}; expected only -----BEGIN CERTIFICATE----- blocks${hint}`,
    );
    return undefined;
  }
  const certificates: X509Certificate[] = [];
  blocks.forEach((block, i) => {
    try {
      certificates.push(new X509Certificate(block.text));
    } catch {
      problems.push(
        `${member} block ${i + 1} of ${blocks.length} is not a valid X.509 certificate (its base64 body does not decode to DER)`,
      );
    }
  });
  return certificates.length === blocks.length ? certificates : undefined;
}

function readPrivateKey(text: string, problems: string[]): KeyObject | undefined {
  const blocks = pemBlocks(text);
  if (blocks.length !== 1) {
    problems.push(
      blocks.length
        ? `PrivateKey must hold exactly one PEM block, found ${blocks.length}`
        : 'PrivateKey is not PEM: expected a block from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----',
    );
    return undefined;
  }
  const [block] = blocks;
  if (block.label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(block.text)) {
    problems.push('PrivateKey is encrypted; import it unencrypted (for example `openssl pkey -in key.pem -out key-plain.pem`)');
    return undefined;
  }
  if (!PRIVATE_KEY_LABELS.includes(block.label)) {
    problems.push(`PrivateKey holds a PEM block labelled ${block.label}; expected PRIVATE KEY (PKCS#8), RSA PRIVATE KEY or EC PRIVATE KEY`);
    return undefined;
  }
  try {
    return createPrivateKey(block.text);
  } catch {
    // The underlying error is not quoted: nothing derived from the key goes into a message.
    problems.push(`PrivateKey is not a valid ${block.label} PEM block`);
    return undefined;
  }
}

/** OpenSSL prints serials as uppercase hex with leading zero bytes dropped; the emulator answers lowercase pairs. */
function serialOf(certificate: X509Certificate, problems: string[]): string {
  const hex = certificate.serialNumber.toLowerCase();
  if (!/^[0-9a-f]+$/.test(hex)) {
    problems.push('Certificate has a negative serial number, which RFC 5280 forbids; reissue it with a positive one');
    return '';
  }
  const serial = hex.length % 2 ? `0${hex}` : hex;
  if (serial.length > MAX_SERIAL_HEX) {
    problems.push(`Certificate's serial number is ${serial.length / 2} bytes long; at most ${MAX_SERIAL_HEX / 2} are accepted`);
  }
  return serial;
}

/**
 * The AS2 key rule for every usage: a key length of 2048 to 4096 bits, which only an RSA key has (an EC key's length is
 * its curve's, 256 to 521 bits; AWS names no other key type for AS2, and S/MIME encryption needs RSA key transport).
 */
function keyProblem(certificate: X509Certificate): string | undefined {
  const key = certificate.publicKey;
  const range = `the key length for AS2 certificates must be ${MIN_KEY_BITS} to ${MAX_KEY_BITS} bits`;
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    return bits < MIN_KEY_BITS || bits > MAX_KEY_BITS ? `Certificate has a ${bits}-bit RSA key; ${range}` : undefined;
  }
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const type = `${(key.asymmetricKeyType ?? 'unknown').toUpperCase()}${curve ? ` ${curve}` : ''}`;
  return `Certificate has a key of type ${type}; ${range}, which takes an RSA key`;
}

/**
 * "TLS certificates can only be imported as a partner's public certificate ... TLS certificates must be self-signed"
 * (user guide, Manage AS2 certificates), and a self-signed certificate comes without a chain.
 */
function tlsProblems(leaf: X509Certificate, pem: CertificatePem, inlineChain: number): string[] {
  const problems: string[] = [];
  if (pem.privateKey !== undefined) {
    problems.push("PrivateKey must be left out for a TLS certificate: it is imported as a partner's public certificate");
  }
  // Not checkIssued(): OpenSSL's issuer check wants keyCertSign, which a self-signed end-entity certificate lacks.
  if (!(leaf.issuer === leaf.subject && leaf.verify(leaf.publicKey))) {
    problems.push('A TLS Certificate must be self-signed: its issuer must be its own subject, signed with its own key');
  }
  if (inlineChain || pem.chain !== undefined)
    problems.push(
      'CertificateChain must be left out for a TLS certificate, which is self-signed (and so is any chain after it in Certificate)',
    );
  return problems;
}

/**
 * Reads and checks an ImportCertificate's PEM members: the certificate (optionally followed by its chain), the
 * chain, and the private key, which must be unencrypted and match the certificate; the certificate's key must be RSA of
 * 2048 to 4096 bits, and a TLS certificate self-signed, chainless and without a private key. Returns every problem found,
 * each saying what to fix without quoting the inputs, and the facts whenever the certificate itself could be read
 * (so that a caller can add its own checks of them to the same list).
 */
export function inspectCertificatePem(pem: CertificatePem): { facts?: CertificateFacts; problems: string[] } {
  const problems: string[] = [];
  const certificates = readCertificates('Certificate', pem.certificate, problems);
  if (pem.chain !== undefined) readCertificates('CertificateChain', pem.chain, problems);
  const key = pem.privateKey === undefined ? undefined : readPrivateKey(pem.privateKey, problems);
  if (!certificates) return { problems };

  const [leaf, ...inlineChain] = certificates;
  if (inlineChain.length && pem.chain !== undefined) {
    problems.push(
      `Certificate holds ${inlineChain.length} chain certificate${inlineChain.length === 1 ? '' : 's'} after the certificate ` +
        'and CertificateChain is given too; give the chain in one of them, not both',
    );
  }
  const keyRule = keyProblem(leaf);
  if (keyRule) problems.push(keyRule);
  if (pem.usage === 'TLS') problems.push(...tlsProblems(leaf, pem, inlineChain.length));
  if (key && !leaf.checkPrivateKey(key)) {
    problems.push("PrivateKey does not match the certificate's public key; give the private key the certificate was issued for");
  }
  const serial = serialOf(leaf, problems);
  const blocks = pemBlocks(pem.certificate);
  return {
    problems,
    facts: {
      // A lone certificate is kept exactly as given; an inline chain is split off so that Describe answers the same
      // shape either way.
      certificate: inlineChain.length ? blocks[0].text : pem.certificate,
      chain: inlineChain.length
        ? `${blocks
            .slice(1)
            .map((b) => b.text)
            .join('\n')}\n`
        : pem.chain,
      serial,
      notBefore: new Date(leaf.validFrom),
      notAfter: new Date(leaf.validTo),
    },
  };
}
