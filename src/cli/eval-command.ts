import type { Command } from "commander";
import type { Io } from "./main.js";

export function registerEval(program: Command, io: Io, setExit: (code: number) => void): void {
  void program;
  void io;
  void setExit;
}
