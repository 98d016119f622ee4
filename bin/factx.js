#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { runFromSnapshot, snapshotFor } from "../dist/snapshot/launch.js";

// With a start-up snapshot built by this node for this code (npm run build), factx starts with its
// models loaded; without one, it loads them as usual.
const args = process.argv.slice(2);
const blob = snapshotFor(fileURLToPath(new URL("..", import.meta.url)), process.env, args);
if (blob) runFromSnapshot(blob, fileURLToPath(import.meta.url), args);
else await (await import("../dist/cli/main.js")).main();
