import type { YogaInitialContext } from "graphql-yoga";
import type { Database, Db } from "./db.js";
import type { Role } from "./generated/prisma/enums.js";

/** The signed-in person a request acts for. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionId: string;
}

/** What yoga adds to each request's context (see yoga.ts). */
export interface AppContext {
  database: Database;
  prisma: Db;
  viewer: Viewer | null;
}

export type Context = YogaInitialContext & AppContext;
