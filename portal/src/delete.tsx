import { useState } from 'react';
import { useMutation } from 'urql';
import { explain } from './client';
import { PlannedCalls } from './forms';
import { PortalDeleteProfileDocument, type PortalDeleteProfileMutation } from './generated';

type Payload = PortalDeleteProfileMutation['deleteProfile'];

/**
 * A guarded delete: a dry run asks the gateway what uses the profile (its IN_USE refusal lists the dependents), the
 * list is shown, and only a confirm deletes (with force when something uses it, since the operator saw what breaks).
 */
export function GuardedDelete({ profile }: { profile: { id: string; as2Id: string } }) {
  const [check, setCheck] = useState<Payload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [state, remove] = useMutation(PortalDeleteProfileDocument);
  const inUse = (p: Payload) => p.userErrors.some((e) => e.code === 'IN_USE');
  const ask = async () => {
    setProblem(null);
    const answer = await remove({ input: { id: profile.id, dryRun: true } });
    if (answer.error) return setProblem(explain(answer.error));
    const payload = answer.data!.deleteProfile;
    if (payload.userErrors.length && !inUse(payload)) return setProblem(payload.userErrors.map((e) => e.message).join('; '));
    setCheck(payload);
  };
  const destroy = async () => {
    setProblem(null);
    const answer = await remove({ input: { id: profile.id, force: inUse(check!) } });
    if (answer.error) return setProblem(explain(answer.error));
    const payload = answer.data!.deleteProfile;
    if (payload.userErrors.length) return setProblem(payload.userErrors.map((e) => e.message).join('; '));
    window.location.hash = '#partners';
  };
  const dependents = check?.dependents ?? [];
  return (
    <>
      <h3>Delete</h3>
      {!check ? (
        <button disabled={state.fetching} onClick={() => void ask()}>
          Delete {profile.as2Id}…
        </button>
      ) : (
        <div role="dialog" aria-label={`Delete ${profile.as2Id}`} className="confirm">
          {dependents.length ? (
            <>
              <p>
                {dependents.length} {dependents.length === 1 ? 'object uses' : 'objects use'} this profile; after the delete they keep a
                reference that resolves to nothing and stop working:
              </p>
              <ul data-dependents="">
                {dependents.map((d) => (
                  <li key={d.id}>
                    {d.type.toLowerCase()} {d.awsId}
                    {d.name ? ` (${d.name})` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p>Nothing uses this profile. The delete makes this AWS write:</p>
              <PlannedCalls calls={check.plannedCalls ?? []} label="Planned AWS writes" />
            </>
          )}
          <button disabled={state.fetching} onClick={() => void destroy()}>
            Delete {profile.as2Id} now
          </button>{' '}
          <button onClick={() => setCheck(null)}>Cancel</button>
        </div>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </>
  );
}
