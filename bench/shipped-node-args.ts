/**
 * The node flags the gateway ships with: package.json's start script and the Dockerfile's CMD pass them, and the bench
 * runs the gateway with them (test/unit/shipped-node-args.test.ts keeps the three equal). V8 sizes the young
 * generation only at start-up, so this one cannot be set from src/main.ts.
 */
export const SHIPPED_NODE_ARGS: readonly string[] = ['--max-semi-space-size=32'];
