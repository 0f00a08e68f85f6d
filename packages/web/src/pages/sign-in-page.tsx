import { useState, type FormEvent } from "react";
import { graphql } from "../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors, issuesFor } from "../components/forms/form-errors";
import { Field } from "../components/forms/field";
import { SubmitButton } from "../components/forms/form-actions";
import { useResultMutation } from "../components/forms/use-result-mutation";
import { AppShell_UserFragment } from "../components/layout/app-shell";
import { usePageTitle } from "../lib/use-page-title";

const SignInMutation = graphql(
  `
    mutation SignIn($input: SignInInput!) {
      signIn(input: $input) {
        __typename
        ... on SignInSuccess {
          user { ...AppShell_UserFragment }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [AppShell_UserFragment, FormErrors_ErrorFragment],
);

/** Signing in sets the session cookie; the cache update in urql.ts links `me`, and the router moves on. */
export function SignInPage() {
  usePageTitle("Sign in");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useResultMutation(SignInMutation, "signIn");
  const result = signIn.failure;
  // A wrong password is not a form to fix field by field: one sentence, and neither field marked as the culprit.
  const wrongCredentials = result?.__typename === "ValidationError" && result.code === "auth/invalid_credentials";
  const failure = wrongCredentials ? null : result;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void signIn.run({ input: { email: email.trim(), password } });
  };

  return (
    <div className="page page-narrow sign-in">
      <h1>Sign in to FactDesk</h1>
      <p className="muted">Reviewers and editors sign in here. Published verdicts are public and need no account.</p>
      <form className="card form" onSubmit={onSubmit} noValidate>
        {wrongCredentials && !signIn.error ? (
          <p className="alert alert-error" role="alert">
            Wrong email or password.
          </p>
        ) : (
          <FormErrors failure={failure} error={signIn.error} fields={["email", "password"]} />
        )}
        <Field label="Email" issues={issuesFor(failure, "email")}>
          {(control) => (
            <input {...control} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <Field label="Password" issues={issuesFor(failure, "password")}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <SubmitButton label="Sign in" busyLabel="Signing in…" busy={signIn.fetching} />
      </form>
    </div>
  );
}
