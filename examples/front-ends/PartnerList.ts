import { graphql } from 'relay-runtime';

/**
 * The partners, a page at a time: `npm run relay` compiles this into __generated__/ (the fragment and the
 * PartnerListPaginationQuery that fetches its next pages); @connection makes Relay's ConnectionHandler merge them.
 * In an app, babel-plugin-relay replaces the tag with the artifact (usePaginationFragment(PartnerList, query)).
 */
export const PartnerList = graphql`
  fragment PartnerList_query on Query
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" })
  @refetchable(queryName: "PartnerListPaginationQuery") {
    profiles(first: $count, after: $cursor, profileType: PARTNER, orderBy: { field: AS2_ID }) @connection(key: "PartnerList_profiles") {
      edges {
        node {
          id
          as2Id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
