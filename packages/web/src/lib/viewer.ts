import type { Enum } from "./enums";

/** The signed-in person as screens need them: who they are (to tell their own work apart) and what they may do. */
export type Viewer = { id: string; role: Enum<"Role"> };
