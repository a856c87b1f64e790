/**
 * A PEM private key block (PKCS#8, RSA, EC, encrypted…), raw or JSON-escaped inside a quoted value; a block cut short
 * (a truncated message) is cut from its BEGIN line to the end of the quoted value or of the text.
 */
const PEM_PRIVATE_KEY = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----(?:[\s\S]*?-----END \1PRIVATE KEY-----|[^"]*)/g;
/** A PEM certificate block: public, but the service model marks certificate bodies and chains sensitive. */
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----(?:[\s\S]*?-----END CERTIFICATE-----|[^"]*)/g;
/**
 * An input field the service model marks sensitive, as graphql-js prints it in coercion errors (`userPassword: "…"`)
 * or as JSON (`"PrivateKey": "…"`): private key, host key, password, certificate body and chain, AS2 message subject.
 */
const SECRET_FIELD =
  /((?:[pP]rivateKey|[hH]ostKey|[uU]serPassword|[cC]ertificate|[cC]ertificateChain|[mM]essageSubject)"?\s*:\s*)"(?:[^"\\]|\\.)*"/g;
/** Custom AS2 HTTP headers, keys and values both marked sensitive: the whole list goes. */
const SECRET_LIST = /([cC]ustomHttpHeaders"?\s*:\s*)\[[^\]]*\]/g;

/**
 * Cuts private keys, passwords and the other members the service model marks sensitive out of text bound for a client
 * or a log. graphql-js quotes a whole input object when one of its fields is wrong (`Variable "$input" got invalid
 * value { …, privateKey: "…" }`), which would echo the key back.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(SECRET_FIELD, '$1"[redacted]"')
    .replace(SECRET_LIST, '$1[redacted]')
    .replace(PEM_PRIVATE_KEY, '[redacted private key]')
    .replace(PEM_CERTIFICATE, '[redacted certificate]');
}
