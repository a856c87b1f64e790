# syntax=docker/dockerfile:1
# Build: compile TypeScript with the dev dependencies, and better-sqlite3's addon (the emulator's store) from source
# with node-gyp, which needs python3, make and g++ (.prebuild-installrc stops it from fetching a prebuilt binary).
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .prebuild-installrc ./
RUN npm ci && node -e "require('better-sqlite3')(':memory:').close()"
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
# The portal's bundle carries schema.graphql as graphcache's schema (portal/client-schema.mts).
COPY schema.graphql ./
COPY portal ./portal
COPY scripts/build.mjs ./scripts/
RUN npm run build
# The run stage takes these production dependencies, compiled addon included, so it needs no compiler.
RUN npm prune --omit=dev && npm cache clean --force

# Run: production dependencies and the compiled output only, as the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    EMULATOR_DATA=/data/emulator.sqlite
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--max-semi-space-size=32", "dist/src/main.js"]
