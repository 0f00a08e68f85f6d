import { builder } from "../builder.js";
import { countsByParent, totalCountField } from "./relation-counts.js";
import { containsText, likeLiteral } from "../services/search.js";
import { mutationQuery } from "./inputs.js";
import { EntityKindEnum } from "./enums.js";
import { createEntity } from "../services/sources.js";

export const Entity = builder.prismaNode("Entity", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "A person, organisation, government or media outlet that makes claims or reports figures.",
  fields: (t) => ({
    kind: t.expose("kind", { type: EntityKindEnum, description: "What kind of actor this is." }),
    name: t.exposeString("name", { description: 'Name ("Vassily Nebenzia", "European Union").' }),
    title: t.exposeString("title", {
      nullable: true,
      description: 'Title or role as reported ("Russia\'s UN ambassador").',
    }),
    aliases: t.exposeStringList("aliases", { description: 'Other names and spellings ("Nebenzya", "the EU").' }),
    version: t.exposeInt("version", { description: "Increases on every change." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the entity was added." }),
    claims: t.relatedConnection(
      "claims",
      {
        cursor: "id",
        authScopes: { readDesk: true },
        query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], where: { mergedIntoId: null } },
        description: "Claims this entity made.",
      },
      {
        fields: totalCountField("Entity.claims", (ctx, ids) =>
          countsByParent(ctx.prisma, "Claim", "claimantId", ids, { mergedIntoId: null }),
        ),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  entities: t.prismaConnection({
    type: "Entity",
    cursor: "id",
    authScopes: { readDesk: true },
    description: "Entities by name.",
    args: {
      name: t.arg.string({ required: false, description: "Name or alias contains this text (case-insensitive)." }),
      kind: t.arg({ type: EntityKindEnum, required: false, description: "Only this kind." }),
    },
    resolve: async (query, _root, args, ctx) => {
      // Prisma can only match whole array elements, case-sensitively; aliases are matched like names in SQL.
      const aliasMatches = args.name
        ? await ctx.prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Entity"
            WHERE EXISTS (SELECT 1 FROM unnest("aliases") AS alias WHERE alias ILIKE ${`%${likeLiteral(args.name)}%`})`
        : [];
      return ctx.prisma.entity.findMany({
        ...query,
        where: {
          ...(args.kind ? { kind: args.kind } : {}),
          ...(args.name
            ? {
                OR: [{ name: containsText(args.name) }, { id: { in: aliasMatches.map((row) => row.id) } }],
              }
            : {}),
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
    },
  }),
}));

const CreateEntityInput = builder.inputType("CreateEntityInput", {
  description: "A new entity.",
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, required: true, description: "What kind of actor." }),
    name: t.string({ required: true, description: "Name." }),
    title: t.string({ required: false, description: "Title or role as reported." }),
    aliases: t.stringList({ required: false, description: "Other names." }),
  }),
});

builder.mutationFields((t) => ({
  createEntity: t.prismaField({
    type: "Entity",
    description: "Adds a person, organisation, government or outlet.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "entity", description: "The entity as it is now." } },
    args: { input: t.arg({ type: CreateEntityInput, required: true, description: "The entity." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const entity = await createEntity(ctx.prisma, ctx.viewer!, { ...input, aliases: input.aliases ?? [] });
      return ctx.prisma.entity.findUniqueOrThrow({ ...mutationQuery(query), where: { id: entity.id } });
    },
  }),
}));
