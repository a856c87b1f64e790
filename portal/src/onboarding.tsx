import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { explain } from './client';
import {
  PortalCreateAgreementDocument,
  PortalCreateConnectorDocument,
  PortalCreateProfileDocument,
  PortalImportCertificateDocument,
  PortalOnboardingChoicesDocument,
} from './generated';

type Errors = Record<string, string>;
interface Payload {
  userErrors: Array<{ field?: string[] | null; message: string }>;
}

/** A step's userErrors keyed by the input field they name (the last element of `field`), so each shows on its input. */
function fieldErrors(payload: Payload | null | undefined): Errors {
  const errors: Errors = {};
  for (const e of payload?.userErrors ?? []) errors[e.field?.[e.field.length - 1] ?? 'form'] = e.message;
  return errors;
}

/** Drop the partner's PEM files, then create the certificates, the PARTNER profile, the agreement and the connector. */
export function Onboarding() {
  const client = useClient();
  const [choices] = useQuery({ query: PortalOnboardingChoicesDocument, variables: {} });
  const [signing, setSigning] = useState('');
  const [encryption, setEncryption] = useState('');
  const [as2Id, setAs2Id] = useState('');
  const [serverId, setServerId] = useState('');
  const [localProfileId, setLocalProfileId] = useState('');
  const [accessRole, setAccessRole] = useState('');
  const [url, setUrl] = useState('');
  const [baseDirectory, setBaseDirectory] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState<string[]>([]);
  if (choices.error)
    return (
      <p role="alert" className="error">
        {explain(choices.error)}
      </p>
    );
  if (!choices.data) return <p>Loading…</p>;
  const servers = (choices.data.servers?.edges ?? []).map((e) => e.node).filter((s) => s.protocols.includes('AS2'));
  const locals = (choices.data.profiles?.edges ?? []).map((e) => e.node);
  const read = (set: (v: string) => void) => (files: FileList | null) => void files?.[0]?.text().then(set);
  const submit = async () => {
    setErrors({});
    const steps: string[] = [];
    const fail = (e: Errors) => {
      setErrors(e);
      setDone(steps);
    };
    const certificateIds: string[] = [];
    for (const [usage, pem, field] of [
      ['SIGNING', signing, 'signing'],
      ['ENCRYPTION', encryption, 'encryption'],
    ] as const) {
      const r = await client
        .mutation(PortalImportCertificateDocument, { input: { usage, certificate: pem, description: `${as2Id} ${usage.toLowerCase()}` } })
        .toPromise();
      if (r.error) return fail({ form: explain(r.error) });
      const p = r.data?.importCertificate;
      if (!p?.certificate) return fail({ [field]: Object.values(fieldErrors(p)).join('; ') });
      certificateIds.push(p.certificate.id);
      steps.push(`certificate ${p.certificate.certificateId}`);
    }
    const profile = await client
      .mutation(PortalCreateProfileDocument, { input: { as2Id, profileType: 'PARTNER', certificateIds } })
      .toPromise();
    if (profile.error) return fail({ form: explain(profile.error) });
    const partner = profile.data?.createProfile.profile;
    if (!partner) return fail(fieldErrors(profile.data?.createProfile));
    steps.push(`profile ${partner.as2Id}`);
    const agreement = await client
      .mutation(PortalCreateAgreementDocument, {
        input: { serverId, localProfileId, partnerProfileId: partner.id, accessRole, baseDirectory },
      })
      .toPromise();
    if (agreement.error) return fail({ form: explain(agreement.error) });
    if (!agreement.data?.createAgreement.agreement) return fail(fieldErrors(agreement.data?.createAgreement));
    steps.push(`agreement ${agreement.data.createAgreement.agreement.agreementId}`);
    const connector = await client
      .mutation(PortalCreateConnectorDocument, { input: { url, accessRole, as2Config: { localProfileId, partnerProfileId: partner.id } } })
      .toPromise();
    if (connector.error) return fail({ form: explain(connector.error) });
    if (!connector.data?.createConnector.connector) return fail(fieldErrors(connector.data?.createConnector));
    steps.push(`connector ${connector.data.createConnector.connector.connectorId}`);
    setDone(steps);
  };
  const error = (name: string) =>
    errors[name] ? (
      <span className="error" id={`${name}-error`} role="alert">
        {errors[name]}
      </span>
    ) : null;
  return (
    <form
      className="onboarding"
      data-ready="onboarding"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        Signing certificate (PEM) <input type="file" accept=".pem,.crt,.cer" onChange={(e) => read(setSigning)(e.target.files)} />
      </label>
      {error('signing')}
      <label>
        Encryption certificate (PEM) <input type="file" accept=".pem,.crt,.cer" onChange={(e) => read(setEncryption)(e.target.files)} />
      </label>
      {error('encryption')}
      <label>
        Partner AS2 id <input value={as2Id} onChange={(e) => setAs2Id(e.target.value)} />
      </label>
      {error('as2Id')}
      <label>
        AS2 server{' '}
        <select value={serverId} onChange={(e) => setServerId(e.target.value)}>
          <option value="">choose…</option>
          {servers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.serverId}
            </option>
          ))}
        </select>
      </label>
      {error('serverId')}
      <label>
        Local profile{' '}
        <select value={localProfileId} onChange={(e) => setLocalProfileId(e.target.value)}>
          <option value="">choose…</option>
          {locals.map((p) => (
            <option key={p.id} value={p.id}>
              {p.as2Id}
            </option>
          ))}
        </select>
      </label>
      {error('localProfileId')}
      <label>
        Access role ARN <input value={accessRole} onChange={(e) => setAccessRole(e.target.value)} />
      </label>
      {error('accessRole')}
      <label>
        Base directory (where received files land) <input value={baseDirectory} onChange={(e) => setBaseDirectory(e.target.value)} />
      </label>
      {error('baseDirectory')}
      <label>
        Partner URL <input value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      {error('url')}
      {error('form')}
      <button type="submit">Onboard</button>
      {done.length > 0 && (
        <ul role="status" data-created="">
          {done.map((d) => (
            <li key={d}>created {d}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
