#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { runFromSnapshot, snapshotFor } from "../dist/snapshot/launch.js";

// With a start-up snapshot built by this node for this code (npm run build), factx starts with its
// models loaded; without one, it loads them as usual.
const blob = snapshotFor(fileURLToPath(new URL("..", import.meta.url)), process.env);
if (blob) runFromSnapshot(blob, fileURLToPath(import.meta.url), process.argv.slice(2));
else await (await import("../dist/cli/main.js")).main();
