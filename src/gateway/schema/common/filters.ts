import { Field, InputType, registerEnumType } from 'type-graphql';
import { graphQLError } from '../../upstream/errors';

/** The direction of a connection's `orderBy`. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending (A→Z, soonest first) or descending.' });

@InputType({ description: 'Resources that carry this tag: the key, and the value too when given.' })
export class TagFilter {
  @Field({ description: 'Tag key, exactly (1–128 characters).' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Tag value, exactly; any value when left out.' })
  value?: string | null;
}

const DAY_MS = 86_400_000;
/** The longest window a filter takes, in days (ten years, as `attention` and `health` take). */
export const MAX_FILTER_DAYS = 3650;
/** The longest substring a filter takes: AWS's longest As2Id and connector URL (URL: 255). */
export const MAX_SUBSTRING = 256;

const refused = (argument: string, message: string) => graphQLError('BAD_USER_INPUT', `\`${argument}\` ${message}`, { argument });

/** A substring filter, lower-cased for a case-insensitive match; empty or too long is BAD_USER_INPUT naming `argument`. */
export function substringFilter(argument: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.length < 1 || value.length > MAX_SUBSTRING)
    throw refused(argument, `must be 1–${MAX_SUBSTRING} characters, got ${value.length}`);
  return value.toLowerCase();
}

/** The end of a window of `days` from `now`, in ms; a value outside 0–3650 is BAD_USER_INPUT naming `argument`. */
export function horizonOf(argument: string, days: number | null | undefined, now: number): number | undefined {
  if (days === null || days === undefined) return undefined;
  if (!Number.isInteger(days) || days < 0 || days > MAX_FILTER_DAYS) {
    throw refused(argument, `must be a whole number of days from 0 to ${MAX_FILTER_DAYS}, got ${days}`);
  }
  return now + days * DAY_MS;
}

/** Checks a tag filter: a key of 1–128 characters and a value of at most 256 (the AWS tag limits). */
export function checkTagFilter(argument: string, tag: TagFilter | null | undefined): TagFilter | undefined {
  if (!tag) return undefined;
  if (tag.key.length < 1 || tag.key.length > 128) throw refused(`${argument}.key`, `must be 1–128 characters, got ${tag.key.length}`);
  if (tag.value && tag.value.length > 256) throw refused(`${argument}.value`, `must be at most 256 characters, got ${tag.value.length}`);
  return tag;
}

/** Whether AWS tags hold the filter's key (and value, when given). */
export const hasTag = (tags: Array<{ Key?: string; Value?: string }> | undefined, tag: TagFilter): boolean =>
  (tags ?? []).some((t) => t.Key === tag.key && (tag.value === null || tag.value === undefined || t.Value === tag.value));

/** The canonical text of a filter and order, for the cursor key: cursors of another search are refused. */
export const searchKey = (what: string, ...parts: unknown[]): string => `${what}:${JSON.stringify(parts)}`;
