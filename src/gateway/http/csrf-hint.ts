/** Apollo's CSRF refusal starts so (csrfPrevention): a GET or POST with only "simple" headers, which a browser sends cross-site without a preflight. */
const CSRF_REFUSAL = 'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).';

/** What of the refused request decides which hint fits it. */
export interface RefusedRequest {
  method: string;
  /** The content-type header as sent, if any. */
  contentType: string | undefined;
}

/** What a front-end developer does about it, for the request that was refused; urql sends queries as GET with no content type by default. */
export function csrfHint({ method, contentType }: RefusedRequest): string {
  if (method.toUpperCase() === 'GET') {
    return (
      'A GET request (as urql sends queries by default) needs the header apollo-require-preflight: true, or send the ' +
      'query as POST with content-type: application/json (urql: preferGetMethod: false); see docs/front-ends.md.'
    );
  }
  const type = contentType?.split(';')[0].trim().toLowerCase();
  const sent = type ? `came with content-type: ${type}` : 'came without a content-type';
  return (
    `This ${method.toUpperCase()} ${sent}; send it with content-type: application/json (fetch() sends text/plain ` +
    'for a string body without a content-type header), or add the header apollo-require-preflight: true; see docs/front-ends.md.'
  );
}

/** Apollo's message ends without a full stop; the hint is a sentence of its own. */
const endSentence = (message: string): string => {
  const text = message.trimEnd();
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

/** Apollo's CSRF refusal body with the hint that fits the request added to its message; any other body unchanged. */
export function withCsrfHint(status: number | undefined, body: string, request: RefusedRequest): string {
  if (status !== 400 || !body.includes(CSRF_REFUSAL)) return body;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: string }> };
    for (const error of parsed.errors ?? [])
      if (error.message?.startsWith(CSRF_REFUSAL)) error.message = `${endSentence(error.message)} ${csrfHint(request)}`;
    return JSON.stringify(parsed);
  } catch {
    return body;
  }
}
