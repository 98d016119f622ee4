import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

// How a pattern gets audited: a regex literal anywhere under src/ is read from the source; a
// pattern built at run time (`new RegExp`) must be exported from its module, alone or inside an
// exported table (array, object, Map), because every module under src/ is imported and its exports searched.

/** Modules that run on import and are not rule modules: the worker thread's entry point, and the start-up snapshot's (it may only run under `node --build-snapshot`). */
const ENTRY_POINTS = new Set(["src/batch/worker.ts", "src/cli/snapshot-entry.ts"]);

export function sourceFiles(folder = "src"): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
    });
}

function syntaxOf(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
}

function literalsIn(path: string): RegExp[] {
  const found: RegExp[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const slash = literal.lastIndexOf("/");
      found.push(new RegExp(literal.slice(1, slash), literal.slice(slash + 1)));
    }
    ts.forEachChild(node, visit);
  };
  visit(syntaxOf(path));
  return found;
}

/** Every RegExp reachable from a value through arrays, plain objects, Maps and Sets. */
function regExpsIn(value: unknown, found: RegExp[], seen = new Set<unknown>()): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (value instanceof RegExp) {
    found.push(value);
    return;
  }
  const children = value instanceof Map ? value.values() : value instanceof Set || Array.isArray(value) ? value.values() : Object.values(value);
  for (const child of children) regExpsIn(child, found, seen);
}

async function exportedIn(path: string): Promise<RegExp[]> {
  const found: RegExp[] = [];
  regExpsIn(Object.values(await import(pathToFileURL(join(process.cwd(), path)).href)), found);
  return found;
}

/** Every pattern the sources hold, each once by source and flags. */
export async function collectPatterns(): Promise<RegExp[]> {
  const files = sourceFiles();
  const built = await Promise.all(files.filter((path) => !ENTRY_POINTS.has(relative(process.cwd(), path))).map(exportedIn));
  const patterns = [...files.flatMap(literalsIn), ...built.flat()];
  return [...new Map(patterns.map((pattern) => [`/${pattern.source}/${pattern.flags}`, pattern])).values()];
}

/** Module-level constants built with `new RegExp` that their module does not export: the audit would not see them. */
export function unexportedBuiltPatterns(): string[] {
  const hidden: string[] = [];
  for (const path of sourceFiles()) {
    for (const statement of syntaxOf(path).statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const isExported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      for (const declaration of statement.declarationList.declarations) {
        if (!isExported && declaration.initializer && buildsRegExp(declaration.initializer)) hidden.push(`${path}: ${declaration.name.getText()}`);
      }
    }
  }
  return hidden;
}

function buildsRegExp(node: ts.Node): boolean {
  if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === "RegExp") return true;
  return ts.forEachChild(node, buildsRegExp) ?? false;
}
