import { builder } from "../builder.js";
import { StanceEnum } from "./enums.js";

export const Evidence = builder.prismaNode("Evidence", {
  id: { field: "id" },
  description: "A source cited for or against a claim, with the excerpt that matters.",
  fields: (t) => ({
    claim: t.relation("claim", { description: "The claim this evidence bears on." }),
    source: t.relation("source", { description: "Where the evidence comes from." }),
    stance: t.expose("stance", { type: StanceEnum, description: "SUPPORTS, REFUTES or gives CONTEXT to the claim." }),
    excerpt: t.exposeString("excerpt", { description: "The quoted words from the source." }),
    note: t.exposeString("note", { nullable: true, description: "The reviewer's note on why it matters." }),
    addedBy: t.relation("addedBy", { nullable: true, description: "Who added it." }),
    removedAt: t.expose("removedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was removed (removed evidence is kept and can be listed).",
    }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was added." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it last changed." }),
  }),
});
