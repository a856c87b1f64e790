import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MutationInput, Payload, ID_REGION_DESCRIPTION } from '../common/mutation';
import type { FieldAliases } from '../common/user-errors';
import { Profile } from '../profile/profile.type';
import { Certificate } from './certificate.type';

@InputType({
  description:
    'A certificate to replace: the replacement as PEM (imported unless one with its serial already is) or by id, and how long both overlap.',
})
export class RotateCertificateInput extends MutationInput {
  static override readonly awsNames: FieldAliases = { CertificateId: ['id'] };

  @Field(() => ID, { description: 'The certificate being replaced (a graph id, AWS id or ARN).' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: "The replacement as PEM; give this or replacementId. Imported with the old one's usage.",
  })
  certificate?: string | null;

  @Field(() => String, { nullable: true, description: "The replacement's issuing CA certificates as PEM." })
  certificateChain?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The replacement's private key as unencrypted PEM (for a LOCAL profile's signing or decryption); never stored or returned.",
  })
  privateKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'A replacement already imported (a graph id, AWS id or ARN), instead of certificate.' })
  replacementId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Days both stay active, from the replacement's activeDate to the old one's new inactiveDate (0–365, default 7).",
  })
  overlapDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true to remove the old certificate from the profiles now; by default it stays attached and AWS stops using it at its inactiveDate ' +
      '(see detachOldAfterWindow to remove it then).',
  })
  detachOld?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true to remove the old certificate from the profiles once the overlap is over: until its inactiveDate the rotation leaves it ' +
      'attached and answers complete: false with pendingUntil; the same rotation run again after that date detaches it. ' +
      'Not with detachOld.',
  })
  detachOldAfterWindow?: boolean | null;

  @Field(() => String, { nullable: true, description: ID_REGION_DESCRIPTION })
  region?: string | null;
}

/** What a rotation did to one profile. */
export enum RotationOutcome {
  UPDATED = 'UPDATED',
  ALREADY_DONE = 'ALREADY_DONE',
  FAILED = 'FAILED',
  PLANNED = 'PLANNED',
}

registerEnumType(RotationOutcome, {
  name: 'RotationOutcome',
  description: 'What a rotation did to one profile.',
  valuesConfig: {
    UPDATED: {
      description:
        'It now holds the replacement (and, with detachOld, or detachOldAfterWindow once the window is over, no longer the old one).',
    },
    ALREADY_DONE: { description: 'It already was as the rotation wants it (a rotation run again).' },
    FAILED: { description: 'Its update failed (see message); it is unchanged. Run the rotation again to finish.' },
    PLANNED: { description: 'A dry run: it would be updated.' },
  },
});

@ObjectType({ description: 'One profile that held the old certificate, and what the rotation did to it.' })
export class RotatedProfile {
  @Field(() => Profile, { description: 'The profile.' })
  profile!: Profile;

  @Field(() => RotationOutcome, { description: 'What happened to it.' })
  outcome!: RotationOutcome;

  @Field(() => [String], { description: 'Its certificateIds after the rotation (before it, when FAILED).' })
  certificateIds!: string[];

  @Field(() => String, { nullable: true, description: 'Why its update failed; null otherwise.' })
  message!: string | null;
}

@ObjectType({ implements: Payload, description: 'Result of rotateCertificate.' })
export class RotateCertificatePayload extends Payload {
  @Field(() => Certificate, {
    nullable: true,
    description: 'The replacement as it is now (in a dry run, as it would be; no id if it would be imported).',
  })
  replacement?: Certificate | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the replacement was imported by this call (false: found by its serial, or named).',
  })
  imported?: boolean | null;

  @Field(() => Certificate, {
    nullable: true,
    description: 'The old certificate as it is now; its inactiveDate moves only once every profile holds the replacement.',
  })
  old?: Certificate | null;

  @Field(() => [RotatedProfile], { nullable: true, description: 'Every profile that held the old certificate, with what happened to it.' })
  profiles?: RotatedProfile[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true when every profile holds the replacement, the old one's inactiveDate is set and (with detachOldAfterWindow) the old one is " +
      'detached; false: run it again (after pendingUntil, when that is set). null in a dry run, which does nothing.',
  })
  complete?: boolean | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      "With detachOldAfterWindow, before the window is over: the old certificate's inactiveDate, after which the same rotation run again " +
      'detaches it. null otherwise.',
  })
  pendingUntil?: Date | null;

  @Field(() => String, { nullable: true, description: 'What is left to do, in words, when pendingUntil is set; null otherwise.' })
  pending?: string | null;
}
