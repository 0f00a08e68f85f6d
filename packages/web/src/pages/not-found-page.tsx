import { Link } from "wouter";
import { usePageTitle } from "../lib/use-page-title";

export function NotFoundPage() {
  usePageTitle("Not found");
  return (
    <div className="page page-narrow">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Go to the front page</Link>.
      </p>
    </div>
  );
}
