import { useId } from "react";
import { DateTime } from "../layout/date-time";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatNumber } from "../../lib/format";
import { ApiKeyActions, ApiKeyActions_ApiKeyFragment } from "./api-key-actions";
import type { RevealedSecret } from "./api-key-secret";
import { scopeName, stateLabel } from "./api-key-scopes";

export const ApiKeyItem_ApiKeyFragment = graphql(
  `
    fragment ApiKeyItem_ApiKeyFragment on ApiKey {
      id
      name
      prefix
      scopes
      state
      rateLimitPerMinute
      expiresAt
      revokedAt
      lastUsedAt
      createdAt
      createdBy { id name }
      replacedBy { id prefix }
      ...ApiKeyActions_ApiKeyFragment
    }
  `,
  [ApiKeyActions_ApiKeyFragment],
);

interface ApiKeyItemProps {
  apiKey: FragmentOf<typeof ApiKeyItem_ApiKeyFragment>;
  onSecret: (revealed: RevealedSecret) => void;
  onRevoked: (name: string) => void;
  onStale: (name: string) => void;
}

/** One key as an admin checks it: who it is for, what it may do, whether it works and when it was last used. */
export function ApiKeyItem({ apiKey, ...actions }: ApiKeyItemProps) {
  const key = readFragment(ApiKeyItem_ApiKeyFragment, apiKey);
  const headingId = useId();
  const state = key.state.toLowerCase();
  return (
    <li className={`api-key api-key-${state}`} aria-labelledby={headingId}>
      <div className="api-key-head">
        <h3 id={headingId}>{key.name}</h3>
        <span className={`badge key-state key-state-${state}`}>{stateLabel[key.state]}</span>
        <code className="key-prefix">{key.prefix}</code>
      </div>
      <dl className="facts facts-compact">
        <div>
          <dt>Scopes</dt>
          <dd>
            <ul className="scope-list">
              {key.scopes.map((scope) => (
                <li key={scope}>
                  <code className="scope">{scopeName(scope)}</code>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Rate limit</dt>
          <dd>{key.rateLimitPerMinute == null ? "Desk default" : `${formatNumber(key.rateLimitPerMinute)} requests a minute`}</dd>
        </div>
        {key.revokedAt ? (
          <div>
            <dt>Revoked on</dt>
            <dd>
              <DateTime iso={key.revokedAt} />
            </dd>
          </div>
        ) : (
          <div>
            <dt>{key.state === "EXPIRED" ? "Expired on" : "Expires"}</dt>
            <dd>{key.expiresAt ? <DateTime iso={key.expiresAt} /> : "Never"}</dd>
          </div>
        )}
        <div>
          <dt>Last used</dt>
          <dd>{key.lastUsedAt ? <DateTime iso={key.lastUsedAt} /> : "Never"}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <DateTime iso={key.createdAt} /> by {key.createdBy.name}
          </dd>
        </div>
        {key.replacedBy && (
          <div>
            <dt>Replaced by</dt>
            <dd>
              <code className="key-prefix">{key.replacedBy.prefix}</code>
            </dd>
          </div>
        )}
      </dl>
      <ApiKeyActions apiKey={key} {...actions} />
    </li>
  );
}
