import { useState } from 'react';
import { useMutation } from 'urql';
import { explain } from './client';
import { described, FieldError, fieldErrors, type FieldErrors, PlannedCalls, readFile } from './forms';
import { PortalRotateCertificateDocument, type PortalRotateCertificateMutation } from './generated';

type Payload = PortalRotateCertificateMutation['rotateCertificate'];

/**
 * Rotates one certificate: the replacement PEM (and, for a LOCAL profile's key, its private key) and the overlap, a dry
 * run whose plan (the AWS writes it would make) is shown first, then the rotation itself on confirm.
 */
export function Rotation({
  certificate,
  local,
  onClose,
  onRotated,
}: {
  certificate: { id: string; certificateId: string; usage: string };
  local: boolean;
  onClose: () => void;
  onRotated: () => void;
}) {
  const [pem, setPem] = useState('');
  const [privateKey, setPrivateKey] = useState('');
  const [overlapDays, setOverlapDays] = useState('7');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [plan, setPlan] = useState<Payload | null>(null);
  const [done, setDone] = useState<Payload | null>(null);
  const [state, rotate] = useMutation(PortalRotateCertificateDocument);
  const input = (dryRun: boolean) => ({
    id: certificate.id,
    certificate: pem,
    ...(privateKey ? { privateKey } : {}),
    overlapDays: Number(overlapDays),
    dryRun,
  });
  const run = async (dryRun: boolean) => {
    setErrors({});
    const answer = await rotate({ input: input(dryRun) });
    if (answer.error) return setErrors({ form: explain(answer.error) });
    const payload = answer.data!.rotateCertificate;
    if (payload.userErrors.length) {
      setPlan(null);
      return setErrors(fieldErrors(payload, { id: 'form', replacementId: 'certificate' }));
    }
    if (dryRun) return setPlan(payload);
    setDone(payload);
    onRotated();
  };
  const changed = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPlan(null);
  };
  const title = `Rotate ${certificate.certificateId}`;
  return (
    <div role="dialog" aria-label={title} className="confirm">
      <h4>{title}</h4>
      {!done && (
        <>
          <label>
            Replacement certificate (PEM){' '}
            <input
              type="file"
              accept=".pem,.crt,.cer"
              onChange={(e) => readFile(changed(setPem))(e.target.files)}
              {...described(errors, 'certificate')}
            />
          </label>
          <FieldError errors={errors} name="certificate" />
          {local && (
            <>
              <label>
                Its private key (PEM; for a LOCAL profile that signs or decrypts with it){' '}
                <input
                  type="file"
                  accept=".pem,.key"
                  onChange={(e) => readFile(changed(setPrivateKey))(e.target.files)}
                  {...described(errors, 'privateKey')}
                />
              </label>
              <FieldError errors={errors} name="privateKey" />
            </>
          )}
          <label>
            Days both stay active{' '}
            <input
              type="number"
              min={0}
              max={365}
              value={overlapDays}
              onChange={(e) => changed(setOverlapDays)(e.target.value)}
              {...described(errors, 'overlapDays')}
            />
          </label>
          <FieldError errors={errors} name="overlapDays" />
          <FieldError errors={errors} name="form" />
          <div className="actions">
            <button disabled={state.fetching || !pem} onClick={() => void run(true)}>
              Plan the rotation (dry run)
            </button>
            {plan && (
              <button disabled={state.fetching} onClick={() => void run(false)}>
                Rotate now
              </button>
            )}
            <button onClick={onClose}>{plan ? 'Cancel' : 'Close'}</button>
          </div>
        </>
      )}
      {plan && !done && (
        <div role="status">
          <p>Nothing is written yet. The rotation would leave these profiles holding:</p>
          <ul>
            {(plan.profiles ?? []).map((p) => (
              <li key={p.profile.id}>
                {p.profile.as2Id}: {p.certificateIds.join(', ')} ({p.outcome}
                {p.message ? `: ${p.message}` : ''})
              </li>
            ))}
          </ul>
          <p>with these AWS writes, in order:</p>
          <PlannedCalls calls={plan.plannedCalls ?? []} label="Planned AWS writes" />
          {plan.warnings.map((w) => (
            <p key={w.code} className="warning">
              {w.message}
            </p>
          ))}
        </div>
      )}
      {done && (
        <div role="status" data-rotated={done.complete ? 'complete' : 'partial'}>
          <p>
            {done.complete ? 'Rotated' : 'Partly rotated (run it again to finish)'}: {done.replacement?.certificateId}{' '}
            {done.imported ? 'imported' : 'found'}, {certificate.certificateId} inactive from {done.old?.inactiveDate.slice(0, 10)}.
          </p>
          <ul>
            {(done.profiles ?? []).map((p) => (
              <li key={p.profile.id}>
                {p.profile.as2Id}: {p.outcome}
                {p.message ? ` (${p.message})` : ''}
              </li>
            ))}
          </ul>
          <button onClick={onClose}>Close</button>
        </div>
      )}
    </div>
  );
}
