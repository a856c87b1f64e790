import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { explain } from './client';
import { described, FieldError, fieldErrors, type FieldErrors, mergeErrors, PlannedCalls, readFile } from './forms';
import {
  PortalCreateAgreementDocument,
  PortalCreateConnectorDocument,
  PortalCreateProfileDocument,
  PortalImportCertificateDocument,
  PortalOnboardingChoicesDocument,
} from './generated';
import { createRegion, inRegion, readOnlyNote, useSession } from './session';

interface Form {
  signing: string;
  encryption: string;
  as2Id: string;
  serverId: string;
  localProfileId: string;
  accessRole: string;
  baseDirectory: string;
  url: string;
}

/** What earlier runs created, so that a run after a failed step goes on from it instead of creating twice. */
interface Made {
  signing?: { id: string; certificateId: string };
  encryption?: { id: string; certificateId: string };
  profile?: { id: string; as2Id: string };
  agreement?: string;
  connector?: string;
}

type PlannedCall = { operation: string; input: unknown };
/** A step's answer: its planned calls (dry run) or what it made, else the errors for the form's fields. */
type Step<T> = { ok: true; value: T; planned: PlannedCall[] } | { ok: false; errors: FieldErrors };

/** A write's answer without the object it made, nor an error: not expected, but never taken for a success. */
const NOTHING_MADE: FieldErrors = {
  form: 'The gateway answered neither the object made nor an error; reload the page and look for it before trying again.',
};

const EMPTY: Form = {
  signing: '',
  encryption: '',
  as2Id: '',
  serverId: '',
  localProfileId: '',
  accessRole: '',
  baseDirectory: '',
  url: '',
};

/**
 * Drop the partner's PEM files, then the certificates, the PARTNER profile, the agreement and the connector are made.
 * Every step is dry-run before anything is written: the certificates and the profile first, together; the agreement and
 * the connector, which need the new profile's id, together once it exists. Errors show on the fields they name.
 */
export function Onboarding() {
  const session = useSession();
  const client = useClient();
  const [choices] = useQuery({ query: PortalOnboardingChoicesDocument, variables: {} });
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [made, setMade] = useState<Made>({});
  const [plan, setPlan] = useState<PlannedCall[] | null>(null);
  const [busy, setBusy] = useState(false);
  if (!session.viewer.canWrite) return <p className="note">{readOnlyNote(session.viewer)}</p>;
  if (choices.error)
    return (
      <p role="alert" className="error">
        {explain(choices.error)}
      </p>
    );
  if (!choices.data) return <p>Loading…</p>;
  const region = createRegion(session);
  const here = { ...session, region };
  const servers = (choices.data.servers?.edges ?? [])
    .map((e) => e.node)
    .filter((s) => s.protocols.includes('AS2') && inRegion(here, s.arn));
  const locals = (choices.data.profiles?.edges ?? []).map((e) => e.node).filter((p) => inRegion(here, p.arn));
  const set = (name: keyof Form) => (value: string) => {
    setForm((f) => ({ ...f, [name]: value }));
    setPlan(null);
  };

  const importCertificate = async (
    usage: 'SIGNING' | 'ENCRYPTION',
    dryRun: boolean,
  ): Promise<Step<{ id: string; certificateId: string }>> => {
    const field = usage === 'SIGNING' ? 'signing' : 'encryption';
    const r = await client
      .mutation(PortalImportCertificateDocument, {
        input: { usage, certificate: form[field], description: `${form.as2Id} ${field}`, region, dryRun },
      })
      .toPromise();
    if (r.error) return { ok: false, errors: { form: explain(r.error) } };
    const p = r.data!.importCertificate;
    if (p.userErrors.length) return { ok: false, errors: fieldErrors(p, { certificate: field, usage: field, description: field }) };
    if (!dryRun && !p.certificate?.id) return { ok: false, errors: NOTHING_MADE };
    return { ok: true, value: p.certificate ?? { id: '', certificateId: '' }, planned: p.plannedCalls ?? [] };
  };
  const createProfile = async (certificateIds: string[] | undefined, dryRun: boolean): Promise<Step<{ id: string; as2Id: string }>> => {
    const r = await client
      .mutation(PortalCreateProfileDocument, { input: { as2Id: form.as2Id, profileType: 'PARTNER', certificateIds, region, dryRun } })
      .toPromise();
    if (r.error) return { ok: false, errors: { form: explain(r.error) } };
    const p = r.data!.createProfile;
    if (p.userErrors.length) return { ok: false, errors: fieldErrors(p, { certificateIds: 'form' }) };
    if (!dryRun && !p.profile?.id) return { ok: false, errors: NOTHING_MADE };
    return { ok: true, value: p.profile ?? { id: '', as2Id: form.as2Id }, planned: p.plannedCalls ?? [] };
  };
  const createAgreement = async (partnerProfileId: string, dryRun: boolean): Promise<Step<string>> => {
    const { serverId, localProfileId, accessRole, baseDirectory } = form;
    const r = await client
      .mutation(PortalCreateAgreementDocument, { input: { serverId, localProfileId, partnerProfileId, accessRole, baseDirectory, dryRun } })
      .toPromise();
    if (r.error) return { ok: false, errors: { form: explain(r.error) } };
    const p = r.data!.createAgreement;
    if (p.userErrors.length) return { ok: false, errors: fieldErrors(p, { partnerProfileId: 'as2Id' }) };
    if (!dryRun && !p.agreement) return { ok: false, errors: NOTHING_MADE };
    return { ok: true, value: p.agreement?.agreementId ?? '', planned: p.plannedCalls ?? [] };
  };
  const createConnector = async (partnerProfileId: string, dryRun: boolean): Promise<Step<string>> => {
    const { url, accessRole, localProfileId } = form;
    const r = await client
      .mutation(PortalCreateConnectorDocument, { input: { url, accessRole, as2Config: { localProfileId, partnerProfileId }, dryRun } })
      .toPromise();
    if (r.error) return { ok: false, errors: { form: explain(r.error) } };
    const p = r.data!.createConnector;
    if (p.userErrors.length) return { ok: false, errors: fieldErrors(p, { partnerProfileId: 'as2Id' }) };
    if (!dryRun && !p.connector) return { ok: false, errors: NOTHING_MADE };
    return { ok: true, value: p.connector?.connectorId ?? '', planned: p.plannedCalls ?? [] };
  };

  /** Dry runs of the steps not made yet that need nothing new: the certificates and the profile. Errors of all of them at once. */
  const checkFirstSteps = async (): Promise<Step<PlannedCall[]>> => {
    const steps = await Promise.all([
      made.signing ? null : importCertificate('SIGNING', true),
      made.encryption ? null : importCertificate('ENCRYPTION', true),
      // The certificates do not exist yet: the profile's dry run checks everything else about it.
      made.profile ? null : createProfile(undefined, true),
    ]);
    const failed = steps.filter((s): s is Extract<Step<unknown>, { ok: false }> => s !== null && !s.ok);
    if (failed.length) return { ok: false, errors: mergeErrors(failed.map((s) => s.errors)) };
    return { ok: true, value: steps.flatMap((s) => (s && s.ok ? s.planned : [])), planned: [] };
  };

  const check = async () => {
    setBusy(true);
    setErrors({});
    const first = await checkFirstSteps();
    setBusy(false);
    if (!first.ok) return setErrors(first.errors);
    const server = servers.find((s) => s.id === form.serverId)?.serverId ?? '(none chosen)';
    const local = locals.find((p) => p.id === form.localProfileId)?.as2Id ?? '(none chosen)';
    const partner = made.profile?.as2Id ?? `${form.as2Id} (new)`;
    setPlan([
      ...first.value,
      ...(made.agreement
        ? []
        : [{ operation: 'CreateAgreement', input: { ServerId: server, LocalProfile: local, PartnerProfile: partner } }]),
      ...(made.connector ? [] : [{ operation: 'CreateConnector', input: { Url: form.url, LocalProfile: local, PartnerProfile: partner } }]),
    ]);
  };

  const onboard = async () => {
    setBusy(true);
    setErrors({});
    setPlan(null);
    const now: Made = { ...made };
    const stop = (e: FieldErrors) => {
      setErrors(e);
      setMade(now);
      setBusy(false);
    };
    const first = await checkFirstSteps();
    if (!first.ok) return stop(first.errors);
    for (const usage of ['SIGNING', 'ENCRYPTION'] as const) {
      const key = usage === 'SIGNING' ? 'signing' : 'encryption';
      if (now[key]) continue;
      const r = await importCertificate(usage, false);
      if (!r.ok) return stop(r.errors);
      now[key] = r.value;
    }
    if (!now.profile) {
      const r = await createProfile([now.signing!.id, now.encryption!.id], false);
      if (!r.ok) return stop(r.errors);
      now.profile = r.value;
    }
    const partner = now.profile.id;
    const [agreement, connector] = await Promise.all([
      now.agreement ? null : createAgreement(partner, true),
      now.connector ? null : createConnector(partner, true),
    ]);
    const failed = [agreement, connector].filter((s): s is Extract<Step<unknown>, { ok: false }> => s !== null && !s.ok);
    if (failed.length) return stop(mergeErrors(failed.map((s) => s.errors)));
    if (!now.agreement) {
      const r = await createAgreement(partner, false);
      if (!r.ok) return stop(r.errors);
      now.agreement = r.value;
    }
    if (!now.connector) {
      const r = await createConnector(partner, false);
      if (!r.ok) return stop(r.errors);
      now.connector = r.value;
    }
    stop({});
  };

  const created = [
    made.signing && `certificate ${made.signing.certificateId}`,
    made.encryption && `certificate ${made.encryption.certificateId}`,
    made.profile && `profile ${made.profile.as2Id}`,
    made.agreement && `agreement ${made.agreement}`,
    made.connector && `connector ${made.connector}`,
  ].filter((line): line is string => !!line);
  const input = (name: keyof Form, label: string) => (
    <>
      <label>
        {label} <input value={form[name]} onChange={(e) => set(name)(e.target.value)} {...described(errors, name)} />
      </label>
      <FieldError errors={errors} name={name} />
    </>
  );
  const file = (name: 'signing' | 'encryption', label: string) => (
    <>
      <label>
        {label}{' '}
        <input type="file" accept=".pem,.crt,.cer" onChange={(e) => readFile(set(name))(e.target.files)} {...described(errors, name)} />
      </label>
      <FieldError errors={errors} name={name} />
    </>
  );
  const picker = (name: 'serverId' | 'localProfileId', label: string, options: Array<{ id: string; label: string }>) => (
    <>
      <label>
        {label}{' '}
        <select value={form[name]} onChange={(e) => set(name)(e.target.value)} {...described(errors, name)}>
          <option value="">choose…</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <FieldError errors={errors} name={name} />
    </>
  );
  return (
    <form
      className="onboarding"
      data-ready="onboarding"
      onSubmit={(e) => {
        e.preventDefault();
        void onboard();
      }}
    >
      <p>Creates in {region}. Nothing is written until every step that can be checked has passed its dry run.</p>
      {file('signing', 'Signing certificate (PEM)')}
      {file('encryption', 'Encryption certificate (PEM)')}
      {input('as2Id', 'Partner AS2 id')}
      {picker(
        'serverId',
        'AS2 server',
        servers.map((s) => ({ id: s.id, label: s.serverId })),
      )}
      {picker(
        'localProfileId',
        'Local profile',
        locals.map((p) => ({ id: p.id, label: p.as2Id })),
      )}
      {input('accessRole', 'Access role ARN')}
      {input('baseDirectory', 'Base directory (where received files land)')}
      {input('url', 'Partner URL')}
      <FieldError errors={errors} name="form" />
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void check()}>
          Check (dry run)
        </button>
        <button type="submit" disabled={busy}>
          {created.length ? 'Onboard: go on from the failed step' : 'Onboard'}
        </button>
      </div>
      {plan && (
        <div role="status">
          <p>
            The dry runs passed. Onboarding would make these AWS writes (the agreement and the connector are checked once the profile
            exists):
          </p>
          <PlannedCalls calls={plan} label="Planned AWS writes" />
        </div>
      )}
      {created.length > 0 && (
        <div role="status">
          <ul data-created="">
            {created.map((d) => (
              <li key={d}>created {d}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
