import type { GraphQLResolveInfo } from 'graphql';
import {
  type DescribedCertificate,
  DeleteCertificateCommand,
  ImportCertificateCommand,
  type ImportCertificateCommandInput,
  UpdateCertificateCommand,
  type UpdateCertificateCommandInput,
} from '@aws-sdk/client-transfer';
import { expiryWarnings, type PemFacts, readPem, statusAt } from './pem';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GatewayContext } from '../../request/context';
import { ConnectionArguments } from '../common/connection-args';
import { actingContext, InputIds, LOOKUP_REGION_DESCRIPTION, lookUp } from '../common/ids';
import { createOrPlan, writeOrPlan } from '../common/dry-run';
import { runMutation } from '../common/mutation';
import { fromTagInputs } from '../common/tag';
import { dependentOf, profilesUsingCertificate, refusedInUse } from '../common/dependents';
import { Profile, ProfileConnection } from '../profile/profile.type';
import { arraySource } from '../relay/array-source';
import { connectionOver } from '../relay/connection';
import { toGlobalId } from '../relay/global-id';
import { acrossRegions } from '../relay/across-regions';
import { searchAcrossRegions } from '../relay/search';
import { CertificateFilter, CertificateOrder, certificateSearch } from './certificate.filter';
import { checkCounts } from '../relay/paginate';
import {
  CertificatePayload,
  DeleteCertificateInput,
  DeleteCertificatePayload,
  ImportCertificateInput,
  UpdateCertificateInput,
} from './certificate.input';
import { Certificate, CertificateConnection } from './certificate.type';

/** The certificate an ImportCertificate would make, as Describe would answer it (no id or ARN: AWS assigns them). */
export function plannedCertificate(at: GatewayContext, input: ImportCertificateCommandInput, pem: PemFacts | undefined): Certificate {
  const active = input.ActiveDate ?? pem?.notBefore;
  const inactive = input.InactiveDate ?? pem?.notAfter;
  return new Certificate(at, [''], undefined, {
    Arn: '',
    CertificateId: '',
    Usage: input.Usage,
    Certificate: input.Certificate,
    CertificateChain: input.CertificateChain,
    Serial: pem?.serial,
    NotBeforeDate: pem?.notBefore,
    NotAfterDate: pem?.notAfter,
    ActiveDate: active,
    InactiveDate: inactive,
    Status: active && inactive ? statusAt(active, inactive, Date.now()) : undefined,
    Type: input.PrivateKey ? 'CERTIFICATE_WITH_PRIVATE_KEY' : 'CERTIFICATE',
    Description: input.Description,
    Tags: input.Tags,
  });
}

/** A certificate as an UpdateCertificate would leave it. */
function updatedCertificate(at: GatewayContext, before: DescribedCertificate, input: UpdateCertificateCommandInput): Certificate {
  const active = input.ActiveDate ?? before.ActiveDate!;
  const inactive = input.InactiveDate ?? before.InactiveDate!;
  return new Certificate(at, [before.CertificateId!], undefined, {
    ...before,
    ActiveDate: active,
    InactiveDate: inactive,
    Status: statusAt(active, inactive, Date.now()),
    Description: input.Description ?? before.Description,
  });
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => CertificateConnection, {
    nullable: true,
    description:
      'Certificates imported into this account, in AWS list order (one ListCertificates per page). With `filter` or ' +
      '`orderBy` the gateway walks the whole list (AWS has no such filters; the quota of 1,000 certificates bounds it) and ' +
      'pages the result.',
  })
  certificates(
    @Args() args: ConnectionArguments,
    @Arg('filter', () => CertificateFilter, { nullable: true, description: 'Only the certificates that match every field given.' })
    filter: CertificateFilter | null,
    @Arg('orderBy', () => CertificateOrder, { nullable: true, description: 'The order; AWS list order when left out.' })
    orderBy: CertificateOrder | null,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (filter || orderBy) {
      return searchAcrossRegions(ctx, args, info, certificateSearch(filter ?? {}, orderBy), (regional, c) =>
        Certificate.fromSummary(regional, c),
      );
    }
    return acrossRegions(
      ctx,
      args,
      info,
      (loaders) => loaders.certificates(),
      (regional, c) => Certificate.fromSummary(regional, c),
    );
  }

  @Query(() => Certificate, {
    nullable: true,
    description: 'A certificate by its graph id, AWS id (cert-…) or ARN; null when there is none.',
  })
  certificate(
    @Arg('idOrArn', { description: 'The certificate: its graph id, AWS id (cert-…) or ARN.' }) idOrArn: string,
    @Arg('region', () => String, { nullable: true, description: LOOKUP_REGION_DESCRIPTION }) region: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ) {
    const { at, keys } = lookUp(ctx, idOrArn, 'Certificate', ['idOrArn'], undefined, { value: region, field: ['region'] });
    return Certificate.fromId(at, keys[0]).orNull();
  }

  @FieldResolver(() => ProfileConnection, {
    description:
      'The profiles that use this certificate. AWS has no filter for this: it costs one ListProfiles call per 1,000 ' +
      'profiles plus one DescribeProfile per profile (shared by every certificate in the same request); the quota of ' +
      '1,000 profiles per account bounds it.',
  })
  async profiles(@Root() certificate: Certificate, @Args() args: ConnectionArguments, @Ctx() ctx: GatewayContext) {
    checkCounts(args);
    const users = await profilesUsingCertificate(ctx, certificate.certificateId);
    const source = arraySource(`certificate-profiles:${certificate.certificateId}`, users, (p) => p.ProfileId!);
    return connectionOver(source, args, (p) => Profile.fromSummary(ctx, p));
  }

  @Mutation(() => CertificatePayload, {
    description: 'Imports an X.509 certificate (and its private key, for signing or decryption) for use in AS2 profiles.',
  })
  importCertificate(
    @Arg('input', { description: 'What to do; the fields of ImportCertificateInput say what each means.' }) input: ImportCertificateInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const at = actingContext(ctx, undefined, { value: input.region, field: ['region'] });
      const command = new ImportCertificateCommand({
        Usage: input.usage,
        Certificate: input.certificate,
        CertificateChain: input.certificateChain ?? undefined,
        PrivateKey: input.privateKey ?? undefined,
        ActiveDate: input.activeDate ?? undefined,
        InactiveDate: input.inactiveDate ?? undefined,
        Description: input.description ?? undefined,
        Tags: fromTagInputs(input.tags),
      });
      const pem = readPem(input.certificate);
      const created = await createOrPlan(at, command);
      const warnings = expiryWarnings(pem, Date.now(), ['input', 'certificate']);
      const certificate = created ? Certificate.fromId(at, created.CertificateId!) : plannedCertificate(at, command.input, pem);
      return { certificate, warnings, createdId: created ? certificate.id : undefined };
    });
  }

  @Mutation(() => CertificatePayload, { description: "Changes a certificate's active window or description." })
  updateCertificate(
    @Arg('input', { description: 'What to do; the fields of UpdateCertificateInput say what each means.' }) input: UpdateCertificateInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [certificateId] = ids.keys(input.id, 'Certificate', ['id']);
      const command = new UpdateCertificateCommand({
        CertificateId: certificateId,
        ActiveDate: input.activeDate ?? undefined,
        InactiveDate: input.inactiveDate ?? undefined,
        Description: input.description ?? undefined,
      });
      ids.check(command);
      if (!(await writeOrPlan(at, command)))
        return { certificate: updatedCertificate(at, await at.loaders.certificate.load(certificateId), command.input) };
      at.loaders.certificate.clear(certificateId);
      return { certificate: Certificate.fromId(at, certificateId) };
    });
  }

  @Mutation(() => DeleteCertificatePayload, {
    description:
      'Deletes a certificate, unless profiles use it: then it is refused with IN_USE and the list of them (costs one ListProfiles ' +
      'and one DescribeProfile per profile). With force: true it is deleted anyway; profiles keep its id in certificateIds and their ' +
      '`certificates` leave it out.',
  })
  deleteCertificate(
    @Arg('input', { description: 'What to do; the fields of DeleteCertificateInput say what each means.' }) input: DeleteCertificateInput,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runMutation(input, ctx, info, async () => {
      const ids = new InputIds(ctx, input, { id: input.id }, { value: input.region, field: ['region'] });
      const { at } = ids;
      const [certificateId] = ids.keys(input.id, 'Certificate', ['id']);
      ids.check();
      if (!input.force) {
        const users = await profilesUsingCertificate(at, certificateId);
        if (users.length)
          return refusedInUse(
            `Certificate ${certificateId}`,
            users.map((p) => dependentOf.profile(at, p)),
          );
      }
      await writeOrPlan(at, new DeleteCertificateCommand({ CertificateId: certificateId }));
      at.loaders.certificate.clear(certificateId);
      return {
        deletedId: toGlobalId({ type: 'Certificate', region: at.region, keys: [certificateId] }),
        dependents: input.force ? null : [],
      };
    });
  }
}

@Resolver(() => Profile)
export class ProfileCertificatesResolver {
  @FieldResolver(() => CertificateConnection, {
    description:
      "The profile's certificates, in the order of certificateIds, leaving out those deleted since (certificateIds still " +
      'names them). When every field selected on them comes with ListCertificates (all but certificate, certificateChain, ' +
      'serial, notBeforeDate, notAfterDate and tags), they are read from one ListCertificates shared by the request; else ' +
      'each is described once per request (certificates shared by several profiles only once).',
  })
  async certificates(
    @Root() profile: Profile,
    @Args() args: ConnectionArguments,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkCounts(args);
    const ids = await profile.certificateIds();
    const found = await Promise.all(ids.map((id) => Certificate.fromId(ctx, id).orNull(info)));
    const existing = found.filter((c): c is Certificate => c !== null);
    return connectionOver(
      arraySource(`profile-certificates:${profile.profileId}`, existing, (c) => c.certificateId),
      args,
      (c) => c,
    );
  }
}
