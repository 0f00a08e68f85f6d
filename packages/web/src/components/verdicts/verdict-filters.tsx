import { ratingLabelText } from "../../lib/format";
import { isValueOf, type Enum } from "../../lib/enums";
import { EnumOptions, NodeOptions } from "../forms/options";
import { CheckFilter, SearchFilter, SelectFilter } from "../filters/filter-fields";
import { useSettledText } from "../filters/use-settled-text";

/** The public list's filters exactly as they appear in the URL query string. */
export interface VerdictParams {
  q: string;
  label: Enum<"RatingLabel"> | "";
  event: string;
  /** yyyy-mm-dd, inclusive. */
  from: string;
  /** yyyy-mm-dd, inclusive. */
  to: string;
  /** Retracted fact-checks are listed (marked as such) unless the reader hides them. */
  retracted: boolean;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export function parseVerdictParams(search: string): VerdictParams {
  const p = new URLSearchParams(search);
  const label = p.get("label") ?? "";
  const from = p.get("from") ?? "";
  const to = p.get("to") ?? "";
  return {
    q: p.get("q") ?? "",
    label: isValueOf(ratingLabelText, label) ? label : "",
    event: p.get("event") ?? "",
    from: isDay(from) ? from : "",
    to: isDay(to) ? to : "",
    retracted: p.get("retracted") !== "hide",
  };
}

export function serializeVerdictParams(params: VerdictParams): string {
  const p = new URLSearchParams();
  if (params.q) p.set("q", params.q);
  if (params.label) p.set("label", params.label);
  if (params.event) p.set("event", params.event);
  if (params.from) p.set("from", params.from);
  if (params.to) p.set("to", params.to);
  if (!params.retracted) p.set("retracted", "hide");
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The `verdicts` filter for these params: the date range is inclusive of its last day. */
export function toVerdictFilter(params: VerdictParams) {
  const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
  return {
    ...(params.q ? { text: params.q } : {}),
    ...(params.label ? { labels: [params.label] } : {}),
    ...(params.event ? { event: params.event } : {}),
    ...(params.from ? { publishedAfter: `${params.from}T00:00:00.000Z` } : {}),
    ...(params.to ? { publishedBefore: dayAfter(params.to) } : {}),
  };
}

export const noFilters: VerdictParams = { q: "", label: "", event: "", from: "", to: "", retracted: true };

interface VerdictFiltersProps {
  params: VerdictParams;
  onChange: (next: VerdictParams) => void;
  /** Events to choose from; null when the viewer may not list events (the public). */
  events: readonly { id: string; title: string }[] | null;
}

/** Search and filters for the public list of fact-checks; every change lands in the URL. */
export function VerdictFilters({ params, onChange, events }: VerdictFiltersProps) {
  const set = <K extends keyof VerdictParams>(key: K, value: VerdictParams[K]) => onChange({ ...params, [key]: value });

  const [text, setText] = useSettledText(params.q, (q) => onChange({ ...params, q }));

  const active = serializeVerdictParams(params) !== "";
  const eventTitle = events?.find((e) => e.id === params.event)?.title;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark every screen reader knows; <search> is not yet
    <form
      className="queue-filters verdict-filters"
      role="search"
      aria-label="Filter fact-checks"
      // Without JavaScript (a server-rendered page) the form is sent as the same query string the client writes.
      method="get"
      onSubmit={(e) => e.preventDefault()}
    >
      <SearchFilter
        id="verdicts-search"
        name="q"
        label="Search fact-checks"
        placeholder="Words in the claim, headline or claimant"
        value={text}
        onChange={setText}
      />
      <SelectFilter id="verdicts-label" name="label" label="Verdict" value={params.label} onChange={(label) => set("label", label)}>
        <option value="">Any verdict</option>
        <EnumOptions labels={ratingLabelText} />
      </SelectFilter>
      {events ? (
        <SelectFilter id="verdicts-event" name="event" label="Event" value={params.event} onChange={(event) => set("event", event)}>
          <option value="">Any event</option>
          <NodeOptions nodes={events} label={(event) => event.title} />
        </SelectFilter>
      ) : params.event ? (
        // The public cannot list events (yet); a shared link that narrows to one still works and can be undone.
        <div className="filter filter-note">
          <span>{eventTitle ?? "One event only"}</span>
          <button type="button" className="button button-quiet" onClick={() => set("event", "")}>
            Show all events
          </button>
        </div>
      ) : null}
      <div className="filter">
        <label htmlFor="verdicts-from">Published from</label>
        <input
          id="verdicts-from"
          name="from"
          type="date"
          value={params.from}
          max={params.to || undefined}
          onChange={(e) => set("from", e.target.value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="verdicts-to">Published until</label>
        <input
          id="verdicts-to"
          name="to"
          type="date"
          value={params.to}
          min={params.from || undefined}
          onChange={(e) => set("to", e.target.value)}
        />
      </div>
      <CheckFilter
        id="verdicts-retracted"
        name="retracted"
        checkedValue="show"
        label="Include retracted fact-checks"
        value={params.retracted}
        onChange={(retracted) => set("retracted", retracted)}
      />
      {/* Sent after the box: ticked, "retracted=show" comes first and is the one read; unticked, only "hide" is sent. */}
      <input type="hidden" name="retracted" value="hide" />
      <noscript>
        <button type="submit" className="button">
          Apply filters
        </button>
      </noscript>
      {active && (
        <button type="button" className="button button-quiet" onClick={() => onChange(noFilters)}>
          Clear filters
        </button>
      )}
    </form>
  );
}
