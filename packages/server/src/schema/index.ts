// The whole GraphQL schema: every domain module registers its types and fields on the builder when imported.
import { lexicographicSortSchema } from "graphql";
import { builder } from "../builder.js";
import "./errors.js";
import "./enums.js";
import "./users.js";
import "./api-keys.js";
import "./webhooks.js";
import "./entities.js";
import "./sources.js";
import "./source-captures.js";
import "./claims.js";
import "./claim-editing.js";
import "./claim-workflow.js";
import "./evidence.js";
import "./ratings.js";
import "./verdicts.js";
import "./figures.js";
import "./events.js";
import "./media.js";
import "./audit.js";
import "./inputs.js";
import "./search.js";
import "./ingest.js";
import "./live-updates.js";
import "./notes.js";
import "./notifications.js";

export const schema = lexicographicSortSchema(builder.toSchema());
