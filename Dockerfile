# syntax=docker/dockerfile:1
# The bot, built and run as test/production.test.ts does in CI (Docker itself is not on the
# development machines): `npm ci` and `npm run build`, then `npm ci --omit=dev`, then
# `node dist/bot/main.js` (what `npm run start:prod` runs).
#   docker build -t article-quote-bot .
#   docker run --env-file .env -v ./knowledge:/app/knowledge:ro -v bot-data:/app/data article-quote-bot

ARG NODE_VERSION=20

# 1. Build: every dependency, then TypeScript to dist/.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source where no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# 2. Runtime dependencies alone (still with the compilers, which the final image leaves out).
FROM build AS runtime-deps
RUN rm -rf node_modules && npm ci --omit=dev --no-audit --no-fund

# 3. The image: Node, the build, the runtime dependencies, an init process, no root.
FROM node:${NODE_VERSION}-bookworm-slim
# dumb-init is PID 1: it passes SIGTERM on to node (which drains and exits 0) and reaps zombies.
RUN apt-get update && apt-get install -y --no-install-recommends dumb-init \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/app/data \
    HEALTH_PORT=8080 \
    HEALTH_HOST=0.0.0.0
COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node --from=runtime-deps /app/node_modules ./node_modules
COPY --chown=node:node --from=build /app/dist ./dist
COPY --chown=node:node knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/knowledge", "/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["dumb-init", "--"]
CMD ["node", "dist/bot/main.js"]
