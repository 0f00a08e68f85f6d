import type { FigureScope } from "../generated/prisma/enums.js";
import type { PeriodMention } from "./periods.js";

// Running totals: counted from a start up to now ("since Thursday", "since the sinking", "over the past two days"),
// or worded as a total that has grown ("the death toll from the quake has risen to 654", "so far").
const CUMULATIVE_PERIOD =
  /^(?:since|so far|to date|over the (?:past|last)|in the (?:past|last|previous) \S+ (?:days|weeks|months|years))\b/i;
const CUMULATIVE_WORDING = new RegExp(
  [
    "\\bsince\\b",
    "\\b(?:death|casualty|overall|total) toll\\b[^;]{0,100}?\\b(?:rose|risen|rises|climbed|climbs|reached|reaches|jumped|increased|stands|stood|now)\\b",
    "\\b(?:bringing|raising|pushing|taking) the (?:total|toll|number|death toll)\\b",
    "\\b(?:in total|so far|to date|overall|cumulative|altogether|a total of)\\b",
  ].join("|"),
  "i",
);

// "The deadliest since 1944" ranks an incident; it does not count from 1944.
const RANKED_SINCE = /\b\w+est\b[^.;,]{0,40}?\bsince\s+\S+/gi;

// One incident: a single attack, blast or accident is named around the figure ("killed in a suicide bombing",
// "a building collapsed, killing at least 20"). A natural disaster is not one here: its toll is counted for days.
const INCIDENT_WORDING =
  /\b(?:attack|strike|airstrike|blast|bombing|bomb|explosion|collapse[ds]?|stampede|crash(?:ed)?|ambush(?:ed)?|raid|shelling|accident|sinking|sank|derailment|shooting|gunmen)\b/i;

/**
 * Whether a figure is a running total or one incident's count, from the words around it (the statement that states
 * it, or its sentence) and the period it was given: "since Thursday", "the death toll rose to", "so far" make a
 * running total; a single day ("on Tuesday", "late Saturday") or a named attack, blast or accident one incident. A
 * running total's words win ("the death toll from Tuesday's blast rose to 40" is the blast's toll so far). Null when
 * the words say neither.
 */
export function figureScope(sentence: string, period: PeriodMention | null): FigureScope | null {
  const context = sentence.replace(RANKED_SINCE, "");
  const countedFrom = period && CUMULATIVE_PERIOD.test(period.text) && context.includes(period.text);
  if (countedFrom || CUMULATIVE_WORDING.test(context)) return "CUMULATIVE";
  const oneDay = period?.precision === "DAY" && period.periodStart?.getTime() === period.periodEnd?.getTime();
  if (oneDay || INCIDENT_WORDING.test(context)) return "INCIDENT";
  return null;
}
