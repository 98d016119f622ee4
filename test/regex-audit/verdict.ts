import { createHash } from "node:crypto";
import { checkSync } from "recheck";
import { growthPerCharacter } from "../timing.js";

/** The cache key of a pattern: its source and flags, hashed. */
export function patternKey(pattern: RegExp): string {
  return createHash("sha256").update(`/${pattern.source}/${pattern.flags}`).digest("hex").slice(0, 24);
}

/**
 * "safe" when recheck proves it; "linear" when recheck cannot, but the attack it finds costs the
 * same per character at 10k and 40k characters; otherwise the reason it is unsafe.
 */
export function auditPattern(pattern: RegExp): { isSafe: true; verdict: "safe" | "linear" } | { isSafe: false; reason: string } {
  const result = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
  if (result.status === "safe") return { isSafe: true, verdict: "safe" };
  if (result.status === "vulnerable" && result.complexity.type === "exponential") return { isSafe: false, reason: "exponential" };
  // Bounded repetitions ({1,4}, {0,40}) are polynomial to the checker but linear in fact.
  const attack = result.status === "vulnerable" ? result.attack : null;
  // The attack string recheck found, its pumped parts repeated to the size asked for.
  const attackOf = (size: number) =>
    attack
      ? attack.pumps.map(({ prefix, pump }) => prefix + pump.repeat(Math.ceil(size / Math.max(1, pump.length * attack.pumps.length)))).join("") + attack.suffix
      : "Aaaa Bbbb Cccc Dddd ".repeat(size / 20) + "!";
  const matcher = new RegExp(pattern.source, pattern.flags.replace("g", ""));
  const probe = (size: number) => matcher.test(attackOf(size));
  probe(2_000);
  const ratio = growthPerCharacter(probe, 10_000, 40_000, 3);
  return ratio > 3 ? { isSafe: false, reason: `grows ${ratio.toFixed(1)}× per character from 10k to 40k` } : { isSafe: true, verdict: "linear" };
}
