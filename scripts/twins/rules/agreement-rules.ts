/**
 * The rules AWS applies to an agreement beyond the model, as messages. Self-contained: the gateway's dry runs check the
 * same rules with a generated copy (scripts/twins/).
 */

/** Agreements are AS2 partnerships: their server must have AS2 among its protocols. */
export function as2ServerProblem(serverId: string, protocols: readonly string[]): string | undefined {
  if (protocols.includes('AS2')) return undefined;
  return `Server ${serverId} has protocols [${protocols.join(', ')}]; an agreement needs a server with AS2 among its protocols`;
}

/**
 * One agreement per server and local/partner profile pair (CreateAgreement and UpdateAgreement declare
 * ResourceExistsException). Worded from the partner profile, the member a caller most often has wrong.
 */
export function duplicateAgreementMessage(serverId: string, existing: string, localProfileId: string, partnerProfileId: string): string {
  return (
    `PartnerProfileId ${partnerProfileId} already has agreement ${existing} on server ${serverId} with LocalProfileId ` +
    `${localProfileId}; a server has one agreement per local and partner profile pair`
  );
}
