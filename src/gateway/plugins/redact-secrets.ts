/** A PEM private key block (PKCS#8, RSA, EC, encrypted…), raw or JSON-escaped inside a quoted value. */
const PEM_PRIVATE_KEY = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g;
/** A secret input field (privateKey, hostKey, userPassword) as graphql-js prints it in coercion errors: `userPassword: "…"`. */
const SECRET_FIELD = /((?:privateKey|hostKey|userPassword)"?\s*:\s*)"(?:[^"\\]|\\.)*"/g;

/**
 * Cuts private keys and passwords out of text bound for a client or a log. graphql-js quotes a whole input object when one of its
 * fields is wrong (`Variable "$input" got invalid value { …, privateKey: "…" }`), which would echo the key back.
 */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_FIELD, '$1"[redacted]"').replace(PEM_PRIVATE_KEY, '[redacted private key]');
}
