import { readFileSync } from "node:fs";
import Ajv from "ajv";
import ts from "typescript";
import { describe, expect, it } from "vitest";

type SchemaObject = { properties: Record<string, unknown>; required?: string[]; additionalProperties?: unknown };

const schema = JSON.parse(readFileSync("schema/report.schema.json", "utf8"));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const definitions = schema.definitions as Record<string, SchemaObject>;

/** Each interface of src/types.ts that the JSON holds, and the schema object that describes it. */
const SCHEMA_OF: Record<string, SchemaObject> = {
  Report: schema,
  Source: schema.properties.source,
  Span: definitions.span,
  Actor: definitions.actor,
  Location: definitions.location,
  DateFact: definitions.date,
  Casualty: definitions.casualty,
  CasualtySummary: definitions.casualtySummary,
  Quote: definitions.quote,
};

interface Shape {
  keys: string[];
  required: string[];
}

/** The keys of every interface reachable from Report, inherited ones included, read by the type checker. */
function interfacesOfReport(): Map<string, Shape> {
  const program = ts.createProgram(["src/types.ts"], { strict: true });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile("src/types.ts")!;
  const report = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(file)!.exports!.get("Report" as ts.__String)!);
  const shapes = new Map<string, Shape>();
  const seen = new Set<ts.Type>();
  const visit = (type: ts.Type) => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnion()) return type.types.forEach(visit);
    if (checker.isArrayType(type)) return checker.getTypeArguments(type as ts.TypeReference).forEach(visit);
    if (!(type.flags & ts.TypeFlags.Object)) return;
    const properties = checker.getPropertiesOfType(type);
    const declaration = type.getSymbol()?.declarations?.[0];
    // Record<…> and Partial<…> are no shapes of their own: their values are.
    if (declaration && ts.isInterfaceDeclaration(declaration) && declaration.getSourceFile() === file) {
      shapes.set(declaration.name.text, {
        keys: properties.map((property) => property.name).sort(),
        required: properties.filter((property) => !(property.flags & ts.SymbolFlags.Optional)).map((property) => property.name).sort(),
      });
    }
    for (const property of properties) visit(checker.getNonNullableType(checker.getTypeOfSymbol(property)));
  };
  visit(report);
  return shapes;
}

/** Every schema node that lists properties: each must stand for an interface. */
function schemaObjects(node: unknown, found = new Set<SchemaObject>()): Set<SchemaObject> {
  if (node === null || typeof node !== "object") return found;
  if ("properties" in node && typeof node.properties === "object") found.add(node as SchemaObject);
  for (const child of Object.values(node)) schemaObjects(child, found);
  return found;
}

describe("the JSON Schema and src/types.ts describe one contract", () => {
  const shapes = interfacesOfReport();

  it("pairs every interface a report holds with a schema object, and every schema object with an interface", () => {
    expect([...shapes.keys()].sort()).toEqual(Object.keys(SCHEMA_OF).sort());
    expect(schemaObjects(schema).size).toBe(new Set(Object.values(SCHEMA_OF)).size);
    for (const node of Object.values(SCHEMA_OF)) expect(schemaObjects(schema).has(node)).toBe(true);
  });

  it.each(Object.keys(SCHEMA_OF))("%s: the same keys, the same required ones, no other key allowed", (name) => {
    const node = SCHEMA_OF[name];
    expect(Object.keys(node.properties).sort(), "keys").toEqual(shapes.get(name)?.keys);
    expect([...(node.required ?? [])].sort(), "required").toEqual(shapes.get(name)?.required);
    expect(node.additionalProperties).toBe(false);
  });
});

/** The README's contract example, its comments taken out. */
function readmeExample(): Record<string, unknown> {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## The JSON contract"));
  const block = /```jsonc\n([\s\S]*?)```/.exec(section)![1];
  return JSON.parse(block.replace(/\s*\/\/ .*$/gm, ""));
}

/** Every object inside a value, with its path. */
function objectsIn(value: unknown, path = "report"): Array<[string, Record<string, unknown>]> {
  if (value === null || typeof value !== "object") return [];
  const children = Object.entries(value).flatMap(([key, child]) => objectsIn(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`));
  return Array.isArray(value) ? children : [[path, value as Record<string, unknown>], ...children];
}

describe("the README's contract example", () => {
  const example = readmeExample();

  it("is a valid report whose offsets slice back from its text", () => {
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    const spans = objectsIn(example).filter(([, object]) => typeof object.start === "number");
    expect(spans.length).toBeGreaterThan(20);
    for (const [path, span] of spans) expect((example.text as string).slice(span.start as number, span.end as number), path).toBe(span.text);
  });

  it("shows every field the schema has", () => {
    const spans = objectsIn(example).filter(([, object]) => "start" in object && "end" in object).map(([, object]) => object);
    const instances: Record<string, unknown[]> = {
      Report: [example],
      Source: [example.source],
      Span: spans.filter((span) => Object.keys(span).length === 3),
      Actor: example.actors as unknown[],
      Location: example.locations as unknown[],
      DateFact: example.dates as unknown[],
      Casualty: example.casualties as unknown[],
      CasualtySummary: Object.values(example.casualtySummary as object),
      Quote: example.quotes as unknown[],
    };
    for (const [name, node] of Object.entries(SCHEMA_OF)) {
      const shown = new Set(instances[name].flatMap((instance) => Object.keys(instance as object)));
      expect(Object.keys(node.properties).filter((key) => !shown.has(key)), name).toEqual([]);
    }
  });

  it("fails validation with an unknown key added to any of its objects", () => {
    const paths = objectsIn(example).map(([path]) => path);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const altered = structuredClone(example);
      const target = objectsIn(altered).find(([candidate]) => candidate === path)![1];
      target.unexpected = true;
      expect(validate(altered), path).toBe(false);
    }
  });
});
