import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { mutationQuery, versionedFields, versionedInput } from "./inputs.js";
import { RoleEnum } from "./enums.js";
import * as users from "../services/users.js";
import { SESSION_COOKIE } from "../services/sessions.js";
import { forwardedOverHttps } from "../config.js";

// The account a sign-in answers with is the caller's own, although the request carried no session yet.
const signedInAccounts = new WeakSet<object>();
/** Whether the reader may see how an account stands (active, created, version): staff, or its owner signing in. */
const seesAccount = (ctx: Context, user: object) => !!ctx.viewer || signedInAccounts.has(user);

export const User = builder.prismaNode("User", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "A person who works the desk.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Display name." }),
    role: t.expose("role", { type: RoleEnum, description: "What the user may do." }),
    email: t.string({
      nullable: true,
      description: "Sign-in email; visible to the user themself and to admins.",
      select: { email: true },
      resolve: (user, _args, ctx) =>
        (ctx.viewer && (ctx.viewer.id === user.id || ctx.viewer.role === "ADMIN")) || signedInAccounts.has(user) ? user.email : null,
    }),
    // Readers outside the desk (visitors, partners' keys) meet users as bylines: a name and a role. Whether an account
    // still works and when it was made is the desk's own business.
    active: t.boolean({
      nullable: true,
      description:
        "False once deactivated: the user can no longer sign in. Null to anyone not signed in to the desk (but to a sign-in's own account).",
      select: { active: true },
      resolve: (user, _args, ctx) => (seesAccount(ctx, user) ? user.active : null),
    }),
    version: t.int({
      nullable: true,
      description: "Increases on every change. Null to anyone not signed in to the desk (but to a sign-in's own account).",
      select: { version: true },
      resolve: (user, _args, ctx) => (seesAccount(ctx, user) ? user.version : null),
    }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the account was created. Null to anyone not signed in to the desk (but to a sign-in's own account).",
      select: { createdAt: true },
      resolve: (user, _args, ctx) => (seesAccount(ctx, user) ? user.createdAt : null),
    }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: "User",
    nullable: true,
    description: "The signed-in user, or null for anonymous visitors.",
    resolve: (query, _root, _args, ctx) => {
      // Spread first: an anonymous visitor needs no read, and plugin-prisma warns of a selection never spread.
      const read = { ...query };
      return ctx.viewer ? ctx.prisma.user.findUnique({ ...read, where: { id: ctx.viewer.id } }) : null;
    },
  }),
  users: t.prismaConnection({
    type: "User",
    cursor: "id",
    authScopes: { signedIn: true },
    description: "Everyone on the desk, by name.",
    args: { includeInactive: t.arg.boolean({ defaultValue: false, description: "Include deactivated users." }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.user.findMany({
        ...query,
        where: args.includeInactive ? {} : { active: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
}));

const SignInInput = builder.inputType("SignInInput", {
  description: "Email and password.",
  fields: (t) => ({
    email: t.string({ required: true, description: "Sign-in email." }),
    password: t.string({ required: true, description: "Password." }),
  }),
});

interface SignInShape {
  token: string;
  expiresAt: Date;
  userId: string;
}

const SignInSuccess = builder.objectRef<SignInShape>("SignInSuccess").implement({
  description: "A new session.",
  fields: (t) => ({
    token: t.exposeString("token", {
      description: "Send as `Authorization: Bearer <token>`. The web client also gets it as an httpOnly cookie.",
    }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "When the session ends." }),
    user: t.prismaField({
      type: "User",
      description: "The signed-in user.",
      resolve: async (query, payload, _args, ctx) => {
        const account = await ctx.prisma.user.findUniqueOrThrow({ ...mutationQuery(query), where: { id: payload.userId } });
        signedInAccounts.add(account);
        return account;
      },
    }),
  }),
});

const CreateUserInput = builder.inputType("CreateUserInput", {
  description: "A new account.",
  fields: (t) => ({
    email: t.string({ required: true, description: "Sign-in email (unique)." }),
    name: t.string({ required: true, description: "Display name." }),
    role: t.field({ type: RoleEnum, required: true, description: "Role." }),
    password: t.string({ required: true, description: "Initial password, at least 10 characters." }),
  }),
});

const refetchUser = (ctx: Context, query: object, id: string) =>
  ctx.prisma.user.findUniqueOrThrow({ ...mutationQuery(query), where: { id } });

const UpdateUserRoleInput = builder.inputType("UpdateUserRoleInput", {
  description: "The user and their new role.",
  fields: (t) => ({
    ...versionedFields(t, User, "The user."),
    role: t.field({ type: RoleEnum, required: true, description: "The new role." }),
  }),
});

const DeactivateUserInput = versionedInput("DeactivateUserInput", "The user to deactivate.", User, "The user.");

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInSuccess,
    description: "Starts a session.",
    errors: { directResult: true },
    args: { input: t.arg({ type: SignInInput, required: true, description: "Credentials." }) },
    resolve: async (_root, { input }, ctx) => {
      const session = await users.signIn(ctx.prisma, input, ctx.signInThrottle, ctx.clientIp);
      await ctx.request.cookieStore?.set({
        name: SESSION_COOKIE,
        value: session.token,
        expires: session.expiresAt.getTime(),
        httpOnly: true,
        sameSite: "lax",
        secure:
          new URL(ctx.request.url).protocol === "https:" ||
          forwardedOverHttps(ctx.request.headers.get("x-forwarded-proto"), ctx.config.security.trustedProxies),
        path: "/",
        domain: null,
      });
      return { token: session.token, expiresAt: session.expiresAt, userId: session.user.id };
    },
  }),
  signOut: t.boolean({
    description: "Ends the current session (the token stops working).",
    authScopes: { signedIn: true },
    errors: { result: { name: "SignOutSuccess" }, dataField: { description: "Always true: the session has ended." } },
    resolve: async (_root, _args, ctx) => {
      await users.signOut(ctx.prisma, ctx.events, ctx.viewer!);
      await ctx.request.cookieStore?.delete(SESSION_COOKIE);
      return true;
    },
  }),
  createUser: t.prismaField({
    type: "User",
    description: "Creates an account (admins).",
    authScopes: { admin: true },
    errors: { dataField: { name: "user", description: "The user as it is now." } },
    args: { input: t.arg({ type: CreateUserInput, required: true, description: "The account." }) },
    resolve: async (query, _root, { input }, ctx) => refetchUser(ctx, query, (await users.createUser(ctx.prisma, ctx.viewer!, input)).id),
  }),
  updateUserRole: t.prismaField({
    type: "User",
    description: "Changes a user's role (admins).",
    authScopes: { admin: true },
    errors: { dataField: { name: "user", description: "The user as it is now." } },
    args: { input: t.arg({ type: UpdateUserRoleInput, required: true, description: "The user and the role." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetchUser(
        ctx,
        query,
        (await users.updateUserRole(ctx.prisma, ctx.events, ctx.viewer!, input.id.id, input.role, input.expectedVersion)).id,
      ),
  }),
  deactivateUser: t.prismaField({
    type: "User",
    description: "Deactivates a user and ends their sessions (admins). Their work stays.",
    authScopes: { admin: true },
    errors: { dataField: { name: "user", description: "The user as it is now." } },
    args: { input: t.arg({ type: DeactivateUserInput, required: true, description: "The user." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetchUser(ctx, query, (await users.deactivateUser(ctx.prisma, ctx.events, ctx.viewer!, input.id.id, input.expectedVersion)).id),
  }),
}));
