/**
 * How far input is read ahead of output. Far enough for the runner to see the work coming, which
 * decides whether a worker thread would repay its start (a few seconds' worth of documents at
 * least), and for a worker slower on its first documents not to hold this thread back; no further,
 * so that memory stays flat on an archive of any size (4 million characters are 8 MB at most).
 */
export const READ_AHEAD_CHARACTERS = 4_000_000;
export const READ_AHEAD_DOCUMENTS = 1_000;

/** Whether reading waits for the oldest document to be written: too many documents, or too much text, in flight. */
export function isReadAheadFull(documents: number, characters: number): boolean {
  return documents >= READ_AHEAD_DOCUMENTS || characters > READ_AHEAD_CHARACTERS;
}
