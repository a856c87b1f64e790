/** What happened to a create that needed more than one plain call, reported in `extensions.writes`. */
export interface WriteReport {
  operation: string;
  /** APPLIED: sent again after throttling; FOUND: the call failed or went unanswered, and the resource it made was found. */
  outcome: 'APPLIED' | 'FOUND';
  attempts: number;
  id?: string;
  /** Why a plain call was not enough, e.g. `ThrottlingException` or `TimeoutError`. */
  because: string;
}
