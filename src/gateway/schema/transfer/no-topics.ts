import type { PubSub } from 'type-graphql';

const unused = () => {
  throw new Error('transfer-graph subscriptions bring their own `subscribe`; there are no pub/sub topics');
};

/** type-graphql requires a PubSub once the schema has a subscription; ours each give a `subscribe` function instead. */
export const NO_TOPICS: PubSub = { publish: unused, subscribe: unused };
