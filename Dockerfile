# syntax=docker/dockerfile:1
# Diplograph's GraphQL service. Node 24 runs the TypeScript sources directly (type stripping),
# so there is no build output: one stage checks the code, the last one only runs it.

# Production dependencies only.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# Type check and generated-types check with the full toolchain; the image is not built if they fail.
FROM node:24-bookworm-slim AS check
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run codegen:check && npm run typecheck && touch /app/.checked

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=check /app/.checked ./.checked
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
COPY data ./data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap bounds keep the service's memory under 300 MB under load (see the README's benchmarks); they
# are npm start's, and a unit test keeps the two the same.
CMD ["node", "--max-old-space-size=200", "--max-semi-space-size=32", "src/cli/main.ts", "start"]
