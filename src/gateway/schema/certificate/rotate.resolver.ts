import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import {
  type DescribedCertificate,
  ImportCertificateCommand,
  UpdateCertificateCommand,
  UpdateProfileCommand,
} from '@aws-sdk/client-transfer';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { codeOf, fromUpstreamError, graphQLError, withUserErrorCode } from '../../upstream/errors';
import { certificatesPerProfileProblem } from '../../upstream/rules/quotas';
import { listAll, profilesUsingCertificate, WALK_BOUNDS } from '../common/dependents';
import { createOrPlan, isDryRun, writeOrPlan } from '../common/dry-run';
import { InputIds } from '../common/ids';
import { runMutation } from '../common/mutation';
import { DAY_MS } from '../health/certificate-coverage';
import { Profile } from '../profile/profile.type';
import { plannedCertificate } from './certificate.resolver';
import { Certificate } from './certificate.type';
import { expiryWarnings, readPem } from './pem';
import { RotateCertificateInput, RotateCertificatePayload, type RotatedProfile, RotationOutcome } from './rotate.input';

const DEFAULT_OVERLAP_DAYS = 7;
const MAX_OVERLAP_DAYS = 365;

const badInput = (message: string, field: string[]) => graphQLError('BAD_USER_INPUT', message, { field });

/** An UpdateProfile refusal in the API's names: the quota's "CertificateIds names 11" is the input's certificateIds. */
const inApiNames = (message: string) => message.replace(/\bCertificateIds\b/g, 'certificateIds');

/** The certificate of `usage` whose serial is `serial`, if one is imported: one ListCertificates, one Describe per candidate. */
async function importedWithSerial(at: GatewayContext, usage: string, serial: string): Promise<DescribedCertificate | undefined> {
  const listed = await listAll(at.loaders.certificates(), WALK_BOUNDS.profiles);
  const described = await Promise.all(listed.filter((c) => c.Usage === usage).map((c) => at.loaders.certificate.load(c.CertificateId!)));
  return described.find((c) => c.Serial === serial);
}

@Resolver()
export class RotateCertificateResolver {
  @Mutation(() => RotateCertificatePayload, {
    description:
      'Replaces a certificate on every profile that holds it: imports the replacement (or finds it by its serial, or takes replacementId), ' +
      "attaches it to each profile, then moves the old one's inactiveDate to overlapDays after the replacement's activeDate (or now, if later). Idempotent: " +
      'run again after a partial failure, it finishes the job without importing twice; with detachOldAfterWindow, run again after ' +
      'pendingUntil, it detaches the old one.',
  })
  rotateCertificate(
    @Arg('input', { description: 'What to do; the fields of RotateCertificateInput say what each means.' }) input: RotateCertificateInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id, also: [input.replacementId] }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [oldId] = ids.keys(input.id, 'Certificate', ['id']);
      const replacementKey = input.replacementId ? ids.keys(input.replacementId, 'Certificate', ['replacementId'])[0] : undefined;
      const overlapDays = input.overlapDays ?? DEFAULT_OVERLAP_DAYS;
      ids.also(() => {
        if (!Number.isInteger(overlapDays) || overlapDays < 0 || overlapDays > MAX_OVERLAP_DAYS) {
          throw badInput(`overlapDays must be from 0 to ${MAX_OVERLAP_DAYS}, got ${overlapDays}`, ['overlapDays']);
        }
      });
      ids.also(() => {
        if (!input.certificate && !input.replacementId) {
          throw withUserErrorCode(
            badInput('The replacement is required: give it as certificate (PEM) or as replacementId', ['certificate']),
            'REQUIRED',
          );
        }
        if (input.certificate && input.replacementId) {
          throw badInput('Give the replacement either as certificate (PEM) or as replacementId, not both', ['replacementId']);
        }
      });
      ids.also(() => {
        if (input.detachOld && input.detachOldAfterWindow) {
          throw badInput('Give detachOld (remove the old certificate now) or detachOldAfterWindow (after the overlap), not both', [
            'detachOldAfterWindow',
          ]);
        }
      });
      ids.check();
      const old = await at.loaders.certificate.load(oldId);
      const now = Date.now();
      let replacement: Certificate;
      let replacementId: string;
      let activeDate: Date;
      let imported = false;
      const warnings = [];
      if (input.replacementId) {
        replacementId = replacementKey!;
        const named = await at.loaders.certificate.load(replacementId);
        if (named.Usage !== old.Usage) {
          throw badInput(
            `replacementId ${replacementId} has usage ${named.Usage}, but ${oldId} has usage ${old.Usage}; give a replacement of usage ${old.Usage}`,
            ['replacementId'],
          );
        }
        replacement = Certificate.fromId(at, replacementId);
        activeDate = named.ActiveDate!;
      } else {
        const pem = readPem(input.certificate!);
        warnings.push(...expiryWarnings(pem, now, ['input', 'certificate']));
        const found = pem && (await importedWithSerial(at, old.Usage!, pem.serial));
        if (found) {
          replacementId = found.CertificateId!;
          replacement = Certificate.fromId(at, replacementId);
          activeDate = found.ActiveDate!;
        } else {
          activeDate = new Date(Math.max(now, pem?.notBefore.getTime() ?? now));
          const command = new ImportCertificateCommand({
            Usage: old.Usage,
            Certificate: input.certificate!,
            CertificateChain: input.certificateChain ?? undefined,
            PrivateKey: input.privateKey ?? undefined,
            ActiveDate: activeDate,
            Description: `Replaces ${oldId}`,
          });
          const created = await createOrPlan(at, command);
          imported = !!created;
          replacementId = created?.CertificateId ?? '';
          replacement = created ? Certificate.fromId(at, replacementId) : plannedCertificate(at, command.input, pem);
        }
      }

      if (replacementId === oldId) {
        throw badInput(`The replacement is ${oldId} itself; give a new certificate`, [
          input.replacementId ? 'replacementId' : 'certificate',
        ]);
      }
      // Profiles first: the old certificate's window is shortened only once every profile holds the replacement.
      const holders = await profilesUsingCertificate(at, oldId);
      const dryRun = isDryRun(at);
      // detachOldAfterWindow removes the old one only once AWS has stopped using it: from its inactiveDate on.
      const windowOver = now >= old.InactiveDate!.getTime();
      const detach = !!input.detachOld || (!!input.detachOldAfterWindow && windowOver);
      const profiles: RotatedProfile[] = [];
      for (const holder of holders) {
        const profileId = holder.ProfileId!;
        const current = (await at.loaders.profile.load(profileId)).CertificateIds ?? [];
        const kept = detach ? current.filter((id) => id !== oldId) : current;
        const wanted = kept.includes(replacementId) || !replacementId ? kept : [...kept, replacementId];
        if (replacementId && wanted.length === current.length && wanted.every((id, i) => id === current[i])) {
          profiles.push({
            profile: Profile.fromSummary(at, holder),
            outcome: RotationOutcome.ALREADY_DONE,
            certificateIds: current,
            message: null,
          });
          continue;
        }
        const planned = dryRun && !replacementId ? [...kept, '(the replacement)'] : wanted;
        // What AWS would answer the update (AS2 quota: 10 certificates per profile).
        const quota = dryRun ? certificatesPerProfileProblem(planned) : undefined;
        const message = quota && inApiNames(quota);
        if (message) {
          profiles.push({ profile: Profile.fromSummary(at, holder), outcome: RotationOutcome.FAILED, certificateIds: current, message });
          continue;
        }
        try {
          await writeOrPlan(
            at,
            new UpdateProfileCommand({ ProfileId: profileId, CertificateIds: dryRun && !replacementId ? kept : wanted }),
          );
          if (dryRun && !replacementId) {
            // The model check saw the ids that exist; the plan names the one the import would make too, as `profiles` does.
            const call = at.upstream.meter.planned!.at(-1)!;
            call.input = { ...call.input, CertificateIds: planned };
          }
          at.loaders.profile.clear(profileId);
          const outcome = dryRun ? RotationOutcome.PLANNED : RotationOutcome.UPDATED;
          profiles.push({ profile: Profile.fromSummary(at, holder), outcome, certificateIds: planned, message: null });
        } catch (error) {
          if (dryRun) throw error;
          // An AWS refusal, throttling or outage of one profile's update is reported for it; a bug is not.
          const mapped = fromUpstreamError(error);
          if (!(mapped instanceof GraphQLError) || !codeOf(mapped)) throw mapped;
          const aws = mapped.extensions.awsError as string | undefined;
          const message = inApiNames(aws && mapped.message.startsWith(`${aws}: `) ? mapped.message.slice(aws.length + 2) : mapped.message);
          profiles.push({ profile: Profile.fromSummary(at, holder), outcome: RotationOutcome.FAILED, certificateIds: current, message });
        }
      }
      const allHold = profiles.every((p) => p.outcome !== RotationOutcome.FAILED);
      let oldInactive = old.InactiveDate!;
      if (allHold) {
        // The overlap runs from when both are active: a replacement active for months already gives no head start.
        const inactiveDate = new Date(Math.max(activeDate.getTime(), now) + overlapDays * DAY_MS);
        if (oldInactive.getTime() > inactiveDate.getTime()) {
          await writeOrPlan(at, new UpdateCertificateCommand({ CertificateId: oldId, InactiveDate: inactiveDate }));
          at.loaders.certificate.clear(oldId);
          oldInactive = inactiveDate;
        }
      }
      // Removal after the window is pending once every profile holds the replacement and the window is still open.
      const pendingUntil = input.detachOldAfterWindow && !windowOver && allHold && holders.length ? oldInactive : null;
      const pending = pendingUntil
        ? `The old certificate ${oldId} stays attached to ${holders.length} profile${holders.length === 1 ? '' : 's'} until its inactiveDate ` +
          `${pendingUntil.toISOString()}; run this rotation again after then to detach it`
        : null;
      // A dry run did nothing, so it completed nothing: its profiles' outcomes say whether the real call would.
      const complete = dryRun ? null : allHold && !pendingUntil;
      return { replacement, imported, old: Certificate.fromId(at, oldId), profiles, complete, pendingUntil, pending, warnings };
    });
  }
}
