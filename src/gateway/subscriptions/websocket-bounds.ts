/** What a WebSocket client may hold and send before and after it authenticates, and its defaults. */
export interface WebSocketBounds {
  /** Largest frame read, in bytes (the HTTP body limit): a larger one closes the connection with 1009 before it is read whole. */
  maxFrameBytes: number;
  /** Time a new connection has to send connection_init, in ms (WEBSOCKET_INIT_TIMEOUT_MS); it is closed with 4408 after. */
  initTimeoutMs: number;
  /** Connections not yet past connection_init held at once (WEBSOCKET_MAX_UNAUTHENTICATED); the upgrade of one more is refused with 503. */
  maxUnauthenticated: number;
  /** Live subscriptions per principal (SUBSCRIPTION_MAX_PER_PRINCIPAL); one more is refused with SUBSCRIPTION_LIMIT_EXCEEDED. */
  maxPerPrincipal: number;
}

/** The defaults of the WebSocket bounds: frames as large as an HTTP body (1 MiB). */
export const DEFAULT_WEBSOCKET_BOUNDS: WebSocketBounds = {
  maxFrameBytes: 1024 * 1024,
  initTimeoutMs: 3000,
  maxUnauthenticated: 100,
  maxPerPrincipal: 20,
};
