#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { defaultSnapshot, matchingSnapshot, runFromSnapshot } from "../dist/snapshot/launch.js";

// With a start-up snapshot built by this node for this code (npm run build), factx starts with its
// models loaded; without one (FACTX_SNAPSHOT names another), it loads them as usual.
const root = fileURLToPath(new URL("..", import.meta.url));
const blob = matchingSnapshot(process.env.FACTX_SNAPSHOT || defaultSnapshot(root), root);
if (blob) runFromSnapshot(blob, fileURLToPath(import.meta.url), process.argv.slice(2));
else await (await import("../dist/cli/main.js")).main();
