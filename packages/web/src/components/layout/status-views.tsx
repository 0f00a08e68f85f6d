import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { Link } from "wouter";
import { transportProblem } from "../../lib/errors";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** A desk page whose object is not there (a wrong address, or one the viewer may not see), with the way back. */
export function NotOnDesk({ title }: { title: string }) {
  return (
    <div className="page">
      <EmptyState title={title}>
        <Link href="/">Back to the claim queue</Link>
      </EmptyState>
    </div>
  );
}

export function ErrorState({ error, retry }: { error: CombinedError; retry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">Could not load this page.</p>
      <p>{transportProblem(error)}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
