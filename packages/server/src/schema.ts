import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.js";
import "./schema/index.js";

export const schema = lexicographicSortSchema(builder.toSchema());
