/** One page of an AWS List* call. */
export interface ListPage<T> {
  items: T[];
  nextToken?: string;
}

/** An AWS list as the connection machinery sees it: a cursor binding key, a page fetcher and item ids. */
export interface ListSource<T> {
  /** Identifies the list and its filters; cursors from another list are refused. */
  key: string;
  fetch(token: string | null, maxResults: number): Promise<ListPage<T>>;
  idOf(item: T): string;
}

/** AWS accepts MaxResults up to 1000. */
export const MAX_AWS_PAGE = 1000;

/** Every item of the list with its position after it, walking pages of MAX_AWS_PAGE. */
export async function walkAll<T>(source: ListSource<T>): Promise<Array<{ item: T; token: string | null; skip: number }>> {
  const all: Array<{ item: T; token: string | null; skip: number }> = [];
  let token: string | null = null;
  for (;;) {
    const page: ListPage<T> = await source.fetch(token, MAX_AWS_PAGE);
    page.items.forEach((item, i) => {
      const last = i === page.items.length - 1;
      all.push(last && page.nextToken ? { item, token: page.nextToken, skip: 0 } : { item, token, skip: i + 1 });
    });
    if (!page.nextToken) return all;
    token = page.nextToken;
  }
}
