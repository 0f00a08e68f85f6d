import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type Actor, type SignedInActor, type TestServer, apiKeyActor } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql, narrow, narrowError } from "../testkit/graphql.js";
import { follow } from "../testkit/live.js";

// The newsroom loop: internal notes with @mentions, assignment rules, notifications (live and on next load) and
// the sign-off queue of "My work".

const AddNote = graphql(
  `mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { __typename
    ... on AddNoteSuccess { note { id version body edited author { id } mentions { id } } } ...ErrorFields } }`,
  [ErrorFields],
);
const EditNote = graphql(
  `mutation EditNote($input: EditNoteInput!) { editNote(input: $input) { __typename
    ... on EditNoteSuccess { note { id version body edited mentions { id } } } ...ErrorFields } }`,
  [ErrorFields],
);
const DeleteNote = graphql(
  `mutation DeleteNote($input: DeleteNoteInput!) { deleteNote(input: $input) { __typename
    ... on DeleteNoteSuccess { deletedId } ...ErrorFields } }`,
  [ErrorFields],
);
const Thread = graphql(`query Thread($id: ID!) { node(id: $id) { ... on Claim {
  notes(first: 20) { totalCount edges { node { id body author { name } } } }
  history(first: 30) { edges { node { action before changes { field before after } } } } } } }`);
const NotesOnly = graphql(`query NotesOnly($id: ID!) { node(id: $id) { ... on Claim { id notes(first: 5) { totalCount } } } }`);
const Notifications = graphql(`query Notifications($unreadOnly: Boolean) {
  unreadNotificationCount
  notifications(first: 50, unreadOnly: $unreadOnly) { totalCount edges { node {
    id kind read actor { id } claim { id } note { id } verdict { id } } } } }`);
const NotificationAdded = graphql(
  `subscription NotificationAdded { notificationAdded { id kind actor { name } claim { id } note { body } } }`,
);
const MarkRead = graphql(
  `mutation MarkRead($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { __typename
    ... on MarkNotificationReadSuccess { notification { id read } } ...ErrorFields } }`,
  [ErrorFields],
);
const MarkAllRead = graphql(
  `mutation MarkAllRead { markAllNotificationsRead { __typename
    ... on MarkAllNotificationsReadSuccess { result { marked unreadCount } } ...ErrorFields } }`,
  [ErrorFields],
);
const Assign = graphql(
  `mutation Assign($input: AssignClaimInput!) { assignClaim(input: $input) { __typename
    ... on AssignClaimSuccess { claim { id version assignee { id } } } ...ErrorFields } }`,
  [ErrorFields],
);
const AssignedTo = graphql(
  `query AssignedTo($assignee: ID!) { claims(first: 20, filter: { assignee: $assignee }) { edges { node { id } } } }`,
);
const SetStatus = graphql(
  `mutation SetStatus($input: SetClaimStatusInput!) { setClaimStatus(input: $input) { __typename
    ... on SetClaimStatusSuccess { claim { id status } } ...ErrorFields } }`,
  [ErrorFields],
);
const AwaitingSignOff = graphql(
  `query AwaitingSignOff { verdictsAwaitingMySignOff(first: 10) { totalCount edges { node { id state } } } }`,
);
const SignOff = graphql(
  `mutation SignOff($input: SignOffVerdictInput!) { signOffVerdict(input: $input) { __typename
    ... on SignOffVerdictSuccess { verdict { id version state } } ...ErrorFields } }`,
  [ErrorFields],
);
const Correct = graphql(
  `mutation Correct($input: CorrectVerdictInput!) { correctVerdict(input: $input) { __typename
    ... on CorrectVerdictSuccess { verdict { id version } } ...ErrorFields } }`,
  [ErrorFields],
);

let server: TestServer;
let make: ReturnType<typeof factories>;
let leila: SignedInActor, omar: SignedInActor, sam: SignedInActor, editor: SignedInActor, secondEditor: SignedInActor;

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  leila = await server.createUser("REVIEWER", "Leila Nasser");
  omar = await server.createUser("REVIEWER", "Omar Farouk");
  // A user whose name starts another's: "@Sam Okafor" must mention Sam Okafor only.
  sam = await server.createUser("REVIEWER", "Sam");
  editor = await server.createUser("EDITOR", "Grace Mwangi");
  secondEditor = await server.createUser("EDITOR", "Tomás Ruiz");
});
afterAll(() => server?.close());

async function notificationsOf(actor: Actor, unreadOnly = false) {
  const data = await server.execute(Notifications, { unreadOnly }, actor);
  return { unread: data.unreadNotificationCount, list: data.notifications.edges.map((e) => e.node) };
}

describe("notes", () => {
  it("a note that mentions a colleague reaches them live and in their list; staff see the thread, nobody else", async () => {
    const claim = await make.claim(leila);
    const live = await follow(server.url, omar, NotificationAdded);
    let noteId: string;
    try {
      const body = "**Check the timestamp** — @Omar Farouk can you geolocate? Not you, sam@example.org.";
      const { note } = await mutate(server, leila, AddNote, { input: { claim: claim.id, body } });
      noteId = note.id;
      expect(note).toMatchObject({ body, edited: false, author: { id: leila.id }, mentions: [{ id: omar.id }] });
      const arrived = (await live.next()).data?.notificationAdded;
      expect(arrived).toMatchObject({ kind: "MENTIONED", actor: { name: "Leila Nasser" }, claim: { id: claim.id }, note: { body } });
    } finally {
      live.close();
    }
    const omars = await notificationsOf(omar);
    expect(omars.unread).toBe(1);
    expect(omars.list).toEqual([
      expect.objectContaining({ kind: "MENTIONED", read: false, actor: { id: leila.id }, claim: { id: claim.id }, note: { id: noteId } }),
    ]);
    // Nobody else was told (the email address is not a mention of Sam, and the author is not told of her own note).
    expect((await notificationsOf(sam)).unread).toBe(0);
    expect((await notificationsOf(leila)).unread).toBe(0);

    const thread = narrow((await server.execute(Thread, { id: claim.id }, omar)).node, "Claim");
    expect(thread.notes.edges.map((e) => e.node)).toEqual([{ id: noteId, body: expect.any(String), author: { name: "Leila Nasser" } }]);

    // Notes are internal: a partner's key that reads claims gets no thread.
    const key = await make.apiKey(server.admin, { scopes: ["CLAIMS_READ"] });
    const partner = apiKeyActor(key.secret);
    const asPartner = await server.request(NotesOnly, { id: claim.id }, partner);
    expect(asPartner.errors?.[0]?.message).toBeTruthy();
    expect(JSON.stringify(asPartner.data ?? null)).not.toContain('totalCount":1');
    // Nor do the notes' entries in the claim's history or its export carry them (staff see both).
    const History = graphql(
      `query HistoryOf($id: ID!) { node(id: $id) { ... on Claim { history(first: 50) { edges { node { id action after } } } } } }`,
    );
    const historyOf = async (actor: Actor) => narrow((await server.execute(History, { id: claim.id }, actor)).node, "Claim").history.edges;
    const noteEntry = (await historyOf(omar)).find((e) => e.node.action === "note.add")!;
    expect(JSON.stringify(noteEntry.node.after)).toContain("geolocate");
    const partnersHistory = await historyOf(partner);
    expect(partnersHistory.map((e) => e.node.action)).toContain("claim.create");
    expect(JSON.stringify(partnersHistory)).not.toContain("geolocate");
    const EntryNode = graphql(`query AuditEntryNode($id: ID!) { node(id: $id) { id } }`);
    expect((await server.execute(EntryNode, { id: noteEntry.node.id }, partner)).node).toBeNull();
    const exportOf = (token: string) =>
      fetch(`${server.url}/exports/claims/${encodeURIComponent(claim.id)}.json`, { headers: { authorization: `Bearer ${token}` } });
    const partnersExport = await exportOf(key.secret);
    expect(partnersExport.status).toBe(200);
    expect(await partnersExport.text()).not.toContain("geolocate");
    expect(await (await exportOf(omar.token)).text()).toContain("geolocate");
  });

  it("only the author edits or deletes a note; the history keeps every wording and newly mentioned users are told", async () => {
    const claim = await make.claim(leila);
    const { note } = await mutate(server, leila, AddNote, { input: { claim: claim.id, body: "Draft: ask @Omar Farouk." } });

    const notYours = await server.execute(EditNote, { input: { id: note.id, expectedVersion: note.version, body: "Hijacked" } }, omar);
    expect(narrowError(notYours.editNote).code).toBe("note/not_yours");

    const stale = await server.execute(EditNote, { input: { id: note.id, expectedVersion: 99, body: "Stale" } }, leila);
    expect(narrowError(stale.editNote).code).toBe("note/version_conflict");

    const omarBefore = (await notificationsOf(omar)).list.length;
    const edited = await mutate(server, leila, EditNote, {
      input: { id: note.id, expectedVersion: note.version, body: "Ask @Omar Farouk and @Sam Okafor? No: @Sam." },
    });
    expect(edited.note).toMatchObject({ edited: true, version: 2 });
    expect(edited.note.mentions.map((m) => m.id).sort()).toEqual([omar.id, sam.id].sort());
    // Omar was already mentioned: not told twice. Sam is newly mentioned.
    expect((await notificationsOf(omar)).list).toHaveLength(omarBefore);
    expect((await notificationsOf(sam)).list.map((n) => n.kind)).toEqual(["MENTIONED"]);

    const removal = await server.execute(DeleteNote, { input: { id: note.id, expectedVersion: 2 } }, omar);
    expect(narrowError(removal.deleteNote).code).toBe("note/not_yours");
    expect((await mutate(server, leila, DeleteNote, { input: { id: note.id, expectedVersion: 2 } })).deletedId).toBe(note.id);

    const thread = narrow((await server.execute(Thread, { id: claim.id }, leila)).node, "Claim");
    expect(thread.notes.totalCount).toBe(0);
    // The mention's notification stays, but no longer quotes the deleted note.
    const samsMention = (await notificationsOf(sam)).list.find((n) => n.kind === "MENTIONED" && n.claim?.id === claim.id);
    expect(samsMention).toMatchObject({ claim: { id: claim.id }, note: null });
    const history = thread.history.edges.map((e) => e.node);
    const edit = history.find((h) => h.action === "note.edit");
    expect(edit?.changes).toEqual([
      { field: "body", before: "Draft: ask @Omar Farouk.", after: "Ask @Omar Farouk and @Sam Okafor? No: @Sam." },
    ]);
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(["note.add", "note.edit", "note.delete"]));
    // The history says what was deleted, to staff, who could read the note; a partner's key that reads the desk gets
    // neither the entry nor the words, as it got neither the note.
    const deletion = history.find((h) => h.action === "note.delete");
    expect(deletion?.before).toEqual({ body: "Ask @Omar Farouk and @Sam Okafor? No: @Sam." });
    const key = await make.apiKey(server.admin, { scopes: ["CLAIMS_READ"] });
    const partner = apiKeyActor(key.secret);
    const partnersHistory = await server.request(
      graphql(
        `query PartnersHistory($id: ID!) { node(id: $id) { ... on Claim { history(first: 30) { edges { node { action before after } } } } } }`,
      ),
      { id: claim.id },
      partner,
    );
    expect(JSON.stringify(partnersHistory.data)).toContain("claim.create");
    expect(JSON.stringify(partnersHistory.data)).not.toMatch(/note\.|@Omar Farouk/);

    const afterDelete = await server.execute(EditNote, { input: { id: note.id, expectedVersion: 3, body: "Back" } }, leila);
    expect(narrowError(afterDelete.editNote).code).toBe("note/deleted");
  });
});

describe("assignment", () => {
  it("reviewers assign themselves; editors assign anyone, who is told; the queue filters by assignee", async () => {
    const claim = await make.claim(leila);
    const toOmar = await server.execute(
      Assign,
      { input: { id: claim.id, expectedVersion: await make.claimVersion(leila, claim.id), assignee: omar.id } },
      leila,
    );
    expect(narrowError(toOmar.assignClaim).code).toBe("claim/assign_others");
    const self = await mutate(server, leila, Assign, {
      input: { id: claim.id, expectedVersion: await make.claimVersion(leila, claim.id), assignee: leila.id },
    });
    expect(self.claim.assignee).toEqual({ id: leila.id });
    // Taking a colleague's claim away is an editor's call too.
    const unassign = await server.execute(Assign, { input: { id: claim.id, expectedVersion: self.claim.version, assignee: null } }, omar);
    expect(narrowError(unassign.assignClaim).code).toBe("claim/assign_others");

    const before = (await notificationsOf(omar)).list.length;
    const byEditor = await mutate(server, editor, Assign, {
      input: { id: claim.id, expectedVersion: self.claim.version, assignee: omar.id },
    });
    expect(byEditor.claim.assignee).toEqual({ id: omar.id });
    const omars = (await notificationsOf(omar)).list;
    expect(omars).toHaveLength(before + 1);
    expect(omars[0]).toMatchObject({ kind: "ASSIGNED", actor: { id: editor.id }, claim: { id: claim.id } });
    const queue = await server.execute(AssignedTo, { assignee: omar.id }, leila);
    expect(queue.claims.edges.map((e) => e.node.id)).toContain(claim.id);
  });
});

describe("notifications of the review workflow", () => {
  it("tell the claim's owner of ratings and hand-offs, editors of a verdict to sign off, and its editor of sign-off and correction", async () => {
    const claim = await make.claim(leila);
    const evidence = await make.evidence(leila, claim.id);
    await make.rating(omar, claim.id, { label: "TRUE" });
    await make.rating(sam, claim.id, { label: "FALSE" });
    const status = await mutate(server, omar, SetStatus, {
      input: { id: claim.id, expectedVersion: await make.claimVersion(omar, claim.id), status: "NEEDS_EDITOR" },
    });
    expect(status.claim.status).toBe("NEEDS_EDITOR");
    const leilas = (await notificationsOf(leila)).list.filter((n) => n.claim?.id === claim.id);
    expect(leilas.map((n) => n.kind)).toEqual(["SENT_TO_EDITOR", "CLAIM_RATED", "CLAIM_RATED"]);

    // Contested ratings: the verdict waits for a second editor, and every other editor is asked.
    const verdict = await make.verdict(editor, claim.id, [evidence.id], { label: "MIXED" });
    const asked = (await notificationsOf(secondEditor)).list.find((n) => n.verdict?.id === verdict.id);
    expect(asked).toMatchObject({ kind: "SIGN_OFF_REQUESTED", actor: { id: editor.id }, claim: { id: claim.id } });
    expect((await notificationsOf(server.admin)).list.some((n) => n.verdict?.id === verdict.id)).toBe(true);
    expect((await notificationsOf(editor)).list.some((n) => n.kind === "SIGN_OFF_REQUESTED")).toBe(false);

    const queue = await server.execute(AwaitingSignOff, {}, secondEditor);
    expect(queue.verdictsAwaitingMySignOff.edges.map((e) => e.node)).toEqual([{ id: verdict.id, state: "AWAITING_SIGN_OFF" }]);
    expect((await server.execute(AwaitingSignOff, {}, editor)).verdictsAwaitingMySignOff.totalCount).toBe(0);
    expect((await server.request(AwaitingSignOff, {}, leila)).errors?.length).toBeGreaterThan(0);

    const signed = await mutate(server, secondEditor, SignOff, { input: { id: verdict.id, expectedVersion: verdict.version } });
    await mutate(server, secondEditor, Correct, {
      input: {
        id: verdict.id,
        expectedVersion: signed.verdict.version,
        headline: "Mixed: one strike confirmed",
        reason: "Clearer headline.",
      },
    });
    const editors = (await notificationsOf(editor)).list.filter((n) => n.verdict?.id === verdict.id);
    expect(editors.map((n) => n.kind)).toEqual(["VERDICT_CORRECTED", "VERDICT_SIGNED_OFF"]);
  });

  it("tell the owners of every claim showing a media item when its verification changes, not when it is saved unchanged", async () => {
    const [first, second] = [await make.claim(leila), await make.claim(omar)];
    const item = await make.media(editor, first.id, { claims: [first.id, second.id] });
    const verifiedOn = async (actor: Actor) =>
      (await notificationsOf(actor)).list
        .filter((n) => n.kind === "MEDIA_VERIFIED")
        .map((n) => ({ claim: n.claim?.id, actor: n.actor?.id }));

    const staged = await make.verification(editor, item, "STAGED");
    expect(await verifiedOn(leila)).toEqual([{ claim: first.id, actor: editor.id }]);
    expect(await verifiedOn(omar)).toEqual([{ claim: second.id, actor: editor.id }]);
    // Saving the same verification again tells nobody anything new, and nobody is told of their own change.
    await make.verification(editor, staged, "STAGED");
    expect(await verifiedOn(leila)).toHaveLength(1);
    expect(await verifiedOn(editor)).toEqual([]);
  });

  it("are marked read one at a time or all at once, each user only their own", async () => {
    const claim = await make.claim(leila);
    await mutate(server, leila, AddNote, { input: { claim: claim.id, body: "@Omar Farouk one" } });
    await mutate(server, leila, AddNote, { input: { claim: claim.id, body: "@Omar Farouk two" } });
    const { unread, list } = await notificationsOf(omar, true);
    expect(unread).toBeGreaterThanOrEqual(2);
    const [newest] = list;
    if (!newest) throw new Error("no notification");

    const someoneElses = await server.execute(MarkRead, { input: { id: newest.id } }, leila);
    expect(narrowError(someoneElses.markNotificationRead).code).toBe("notification/not_found");
    expect((await notificationsOf(omar)).unread).toBe(unread);

    const marked = await mutate(server, omar, MarkRead, { input: { id: newest.id } });
    expect(marked.notification).toEqual({ id: newest.id, read: true });
    expect((await notificationsOf(omar)).unread).toBe(unread - 1);

    const all = await mutate(server, omar, MarkAllRead, {});
    expect(all.result).toEqual({ marked: unread - 1, unreadCount: 0 });
    expect((await notificationsOf(omar, true)).list).toEqual([]);

    // Each change is in the audit log; marking again, or someone else's, wrote nothing.
    const ReadAudit = graphql(`query ReadAudit($actor: ID!) {
      auditLog(first: 10, filter: { actor: $actor, action: "notification." }) { edges { node { action entityId } } }
    }`);
    const audit = await server.execute(ReadAudit, { actor: omar.id }, server.admin);
    expect(audit.auditLog.edges.map((e) => e.node.action)).toEqual(["notification.read_all", "notification.read"]);
  });
});

const QueueSearch = graphql(`query QueueSearch($text: String!) {
  claims(first: 20, filter: { text: $text }, orderBy: MOST_CHECKWORTHY) { edges { node { id checkworthiness } } }
}`);
const Score = graphql(`query Score($id: ID!) { node(id: $id) { ... on Claim { checkworthiness checkworthinessReasons } } }`);

describe("queue quality", () => {
  it("scores a claim written by hand, and finds claims by their claimant's name and role", async () => {
    const ministry = await make.entity(leila, { name: "Ministry of Health of Atlantis", kind: "GOVERNMENT" });
    const toll = await make.claim(leila, {
      text: "At least 240 people were killed in the deadliest week of the war.",
      kind: "STATEMENT",
      claimant: ministry.id,
      claimantRole: "health ministry spokesperson",
    });
    const plain = await make.claim(leila, { text: "The bridge reopened on Monday.", kind: "EVENT" });
    const scored = narrow((await server.execute(Score, { id: toll.id }, leila)).node, "Claim");
    expect(scored.checkworthiness).toBeGreaterThan(0.5);
    expect(scored.checkworthinessReasons).toEqual(
      expect.arrayContaining(["superlative: deadliest", "figure", "casualty count", "attribution: official"]),
    );
    const unremarkable = narrow((await server.execute(Score, { id: plain.id }, leila)).node, "Claim");
    expect(unremarkable.checkworthiness).toBeLessThan(scored.checkworthiness ?? 0);

    for (const text of ["Atlantis", "spokesperson", "ministry deadliest"]) {
      const hits = (await server.execute(QueueSearch, { text }, leila)).claims.edges.map((e) => e.node.id);
      expect(hits, text).toContain(toll.id);
      expect(hits, text).not.toContain(plain.id);
    }
  });
});
