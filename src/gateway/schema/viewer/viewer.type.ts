import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { holds, ROLES, type Principal, type Role } from '../../request/roles';

/** The roles, as GraphQL enum values (READER, OPERATOR) over the names API_KEYS_FILE and tokens use. */
export const RoleName = Object.fromEntries(ROLES.map((r) => [r.toUpperCase(), r])) as Record<Uppercase<Role>, Role>;
registerEnumType(RoleName, {
  name: 'Role',
  description: 'What a caller may do: READER runs queries and subscriptions, OPERATOR runs mutations too.',
});

@ObjectType('Viewer', {
  description: 'The caller as the gateway sees it and the regions it serves, so a front-end shows only what the caller may do.',
})
export class Viewer {
  constructor(
    /** Undefined when the gateway checks no roles (embedded without security options). */
    private readonly principal: Principal | undefined,
    regionsServed: string[],
  ) {
    this.region = regionsServed[0];
    this.regions = regionsServed;
  }

  @Field(() => String, {
    nullable: true,
    description: 'Who is calling: key:<name>, jwt:<issuer>#<subject> or anonymous:<address>; null when the gateway checks no credentials.',
  })
  get principalId(): string | null {
    return this.principal?.id ?? null;
  }

  @Field(() => [RoleName], { description: 'The roles held; both when the gateway checks no roles.' })
  get roles(): Role[] {
    return this.principal ? ROLES.filter((r) => holds(this.principal!, r)) : [...ROLES];
  }

  @Field(() => Boolean, { description: 'Whether mutations would be let through (the OPERATOR role); a reader gets FORBIDDEN (HTTP 403).' })
  get canWrite(): boolean {
    return !this.principal || holds(this.principal, 'operator');
  }

  @Field(() => String, { description: "The gateway's own region: where creates go by default and bare AWS ids are looked up." })
  readonly region: string;

  @Field(() => [String], { description: 'Every region served (TRANSFER_REGIONS), its own first; lists span them all.' })
  readonly regions: string[];
}
