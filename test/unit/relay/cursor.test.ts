import { fromCursor, toCursor } from '../../../src/gateway/schema/relay/cursor';

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const e = error as { message: string; extensions: Record<string, unknown> };
    return { message: e.message, code: e.extensions.code };
  }
  throw new Error('expected a throw');
};

describe('list cursors', () => {
  it('round-trip a position (token, skip and the edge id) for the list that issued them', () => {
    const cursor = toCursor('profiles', { token: 'tok', skip: 3, id: 'p-1' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromCursor('profiles', cursor, 'after')).toEqual({ token: 'tok', skip: 3, id: 'p-1' });
    expect(fromCursor('profiles', toCursor('profiles', { token: null, skip: 0, id: 'x' }), 'before')).toEqual({
      token: null,
      skip: 0,
      id: 'x',
    });
  });

  it('refuse a cursor of another list, naming the argument', () => {
    expect(errorOf(() => fromCursor('certificates', toCursor('profiles', { token: null, skip: 1, id: 'p' }), 'after'))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid cursor in `after`: it belongs to another list; use a cursor from this connection',
    });
  });

  it('refuse text that is not a cursor, and a cursor whose position is out of range', () => {
    expect(errorOf(() => fromCursor('profiles', 'not a cursor!', 'before'))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid cursor in `before`: not a cursor issued by this API',
    });
    const forged = Buffer.from(JSON.stringify([1, 'profiles', null, 5000, 'p'])).toString('base64url');
    expect(errorOf(() => fromCursor('profiles', forged, 'after'))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid cursor in `after`: damaged cursor',
    });
  });
});
