import type { ExtractOptions } from "../types.js";

/**
 * An article written for warming up: every field, relative and absolute dates, a toll, a quote and
 * its speaker, so that the first real documents do not pay for compiling the patterns they meet.
 */
const WARM_UP = `WASHINGTON (Reuters) - At least 12 people were killed and 30 injured on Sunday when a car bomb
exploded near a market in northern Baghdad, Iraqi police said. "We heard a huge blast and then
screaming," said Ahmed Hassan, a shopkeeper. Prime Minister Nouri al-Maliki condemned the attack.
The European Commission said on March 3, 2015 that two soldiers were missing and dozens of people
had fled their homes. Three days later, President Barack Obama told reporters in Paris he expected
talks with Russia, adding that the death toll had risen to 15.`;

export function warmUp(extract: (text: string, options: ExtractOptions) => unknown): void {
  extract(WARM_UP, { published: "2015-03-01", evidence: true });
}
