/** Apollo's CSRF refusal starts so (csrfPrevention): a GET or POST with only "simple" headers, which a browser sends cross-site without a preflight. */
const CSRF_REFUSAL = 'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).';

/** What a front-end developer does about it; urql sends queries as GET with no content type by default. */
export const CSRF_HINT =
  ' GraphQL clients that send queries as GET without a content type (urql by default) must send POST with ' +
  'content-type: application/json (urql: preferGetMethod: false) or add the header apollo-require-preflight: true; see docs/front-ends.md.';

/** Apollo's CSRF refusal body with the hint added to its message; any other body unchanged. */
export function withCsrfHint(status: number | undefined, body: string): string {
  if (status !== 400 || !body.includes(CSRF_REFUSAL)) return body;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: string }> };
    for (const error of parsed.errors ?? [])
      if (error.message?.startsWith(CSRF_REFUSAL)) error.message = `${error.message.trimEnd()}${CSRF_HINT}`;
    return JSON.stringify(parsed);
  } catch {
    return body;
  }
}
