import { valuesOf, type Enum } from "../../lib/enums";

const stanceWords: Record<Enum<"Stance">, { label: string; heading: string }> = {
  SUPPORTS: { label: "Supports", heading: "Supports the claim" },
  REFUTES: { label: "Refutes", heading: "Refutes the claim" },
  CONTEXT: { label: "Context", heading: "Context" },
};

/** The stances in the order the desk groups evidence by. */
export const stances = valuesOf(stanceWords).map((value) => ({ value, ...stanceWords[value] }));
