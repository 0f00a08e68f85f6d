import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import * as notes from "../services/notes.js";
import { mutationQuery, versionedFields, versionedInput } from "./inputs.js";
import { countsByParent, totalCountField } from "./relation-counts.js";

/** Internal notes: the desk's discussion of a claim. Never public, never shown to partners' API keys. */
export const Note = builder.prismaNode("Note", {
  select: { id: true },
  id: { field: "id" },
  nullable: true,
  description: "A note in a claim's internal thread (markdown; clients render it without raw HTML). Never public.",
  authScopes: { reviewer: true },
  findUnique: (id) => ({ id, deletedAt: null }),
  fields: (t) => ({
    claim: t.relation("claim", { description: "The claim discussed." }),
    author: t.relation("author", { description: "Who wrote it." }),
    body: t.exposeString("body", { description: "The note, in markdown; @Name mentions a user." }),
    mentions: t.prismaField({
      type: ["User"],
      description: "The users the note mentions.",
      select: { mentionedUserIds: true },
      resolve: (query, note, _args, ctx) =>
        ctx.prisma.user.findMany({ ...query, where: { id: { in: note.mentionedUserIds } }, orderBy: { name: "asc" } }),
    }),
    edited: t.boolean({
      description: "True once its author has changed it (the history keeps each wording).",
      select: { version: true },
      resolve: (note) => note.version > 1,
    }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was written." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it last changed." }),
  }),
});

// Notification.note lives here because what of a note is still shown is this domain's rule: a note its author deleted
// leaves the thread, and a notification of its mention no longer quotes it.
builder.prismaObjectField("Notification", "note", (t) =>
  t.field({
    type: Note,
    nullable: true,
    description: "The note that mentions you (MENTIONED); null once its author deleted it.",
    select: (_args, _ctx, nestedSelection) => ({ note: nestedSelection({ select: { deletedAt: true } }) }),
    // The nested selection holds what the request asks of the note, with deletedAt added (its type shows only that).
    resolve: (notification) =>
      notification.note && !notification.note.deletedAt ? (notification.note as typeof notification.note & { id: string }) : null,
  }),
);

builder.prismaObjectFields("Claim", (t) => ({
  notes: t.relatedConnection(
    "notes",
    {
      cursor: "id",
      authScopes: { reviewer: true },
      query: { where: { deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      description: "The desk's internal notes on the claim, oldest first (signed-in staff only).",
    },
    {
      fields: totalCountField("Claim.notes", (ctx, ids) => countsByParent(ctx.prisma, "Note", "claimId", ids, { deletedAt: null })),
    },
  ),
}));

const mentioning = (userId: string | undefined) => ({ deletedAt: null, mentionedUserIds: { has: userId ?? "(nobody)" } });

builder.queryFields((t) => ({
  notesMentioningMe: t.prismaConnection({
    type: "Note",
    cursor: "id",
    authScopes: { reviewer: true },
    description: "Notes that mention the signed-in user, newest first.",
    totalCount: (_root, _args, ctx) => ctx.prisma.note.count({ where: mentioning(ctx.viewer?.id) }),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.note.findMany({ ...query, where: mentioning(ctx.viewer?.id), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
  }),
}));

const AddNoteInput = builder.inputType("AddNoteInput", {
  description: "A note on a claim.",
  fields: (t) => ({
    claim: t.globalID({ required: true, description: "The claim." }),
    body: t.string({ required: true, description: "The note, in markdown; @Name mentions a user, who is notified." }),
  }),
});

const EditNoteInput = builder.inputType("EditNoteInput", {
  description: "Your note and its new wording.",
  fields: (t) => ({
    ...versionedFields(t, Note, "The note."),
    body: t.string({ required: true, description: "The new wording; users it newly mentions are notified." }),
  }),
});

const DeleteNoteInput = versionedInput("DeleteNoteInput", "Your note to delete.", Note, "The note.");

const refetch = (ctx: Context, query: object, id: string) => ctx.prisma.note.findUniqueOrThrow({ ...mutationQuery(query), where: { id } });

builder.mutationFields((t) => ({
  addNote: t.prismaField({
    type: "Note",
    description:
      "Adds a note to a claim's internal thread; the users it mentions are notified. An archived claim (`claim/archived`) or one merged into another (`claim/merged`) takes no notes.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "note", description: "The note." } },
    args: { input: t.arg({ type: AddNoteInput, required: true, description: "The claim and the note." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetch(ctx, query, (await notes.addNote(ctx.prisma, ctx.viewer!, { claimId: input.claim.id, body: input.body })).id),
  }),
  editNote: t.prismaField({
    type: "Note",
    description: "Changes your note (the history keeps the earlier wording); not while its claim is archived (`claim/archived`).",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "note", description: "The note as it is now." } },
    args: { input: t.arg({ type: EditNoteInput, required: true, description: "The note and its new wording." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetch(ctx, query, (await notes.editNote(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion, input.body)).id),
  }),
  deleteNote: t.field({
    type: "ID",
    description: "Deletes your note from the thread (its words stay in the claim's history). Answers the note's ID.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "deletedId", description: "The deleted note's ID." } },
    args: { input: t.arg({ type: DeleteNoteInput, required: true, description: "The note." }) },
    resolve: async (_root, { input }, ctx) => {
      await notes.deleteNote(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion);
      return encodeGlobalID("Note", input.id.id);
    },
  }),
}));
