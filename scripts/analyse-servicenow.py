#!/usr/bin/env python3
"""Independent analysis of a ServiceNow incident event log (CSV, one row per update).

Written apart from the importer, with its own parsing (Python's csv module, strptime), so that the
figures our reports give after `incident import --format servicenow` can be checked against it.
The rules it follows are those docs/import-trackers.md states in words:

- `?` and empty mean no value; dates are day-first (29/2/2016 01:16) or ISO, read as UTC.
- Rows of one incident are taken in file order. States: New -> open, Active -> classified,
  Awaiting ... -> on_hold, Resolved -> resolved, Closed -> closed; any other state leaves it as it was.
- Resolution time: the source's resolved_at (last row), else the time of the last move into
  Resolved, else closed_at; only for incidents whose final state is resolved or closed.
- Gross = resolved - opened_at. Hold = time between entering and leaving Awaiting ... states,
  clipped to [opened_at, resolved]. Net = gross - hold.
- A reopening is a move from resolved/closed back to open, classified or on_hold.
- A reassignment is a later row that gives the incident to another assignee or another group than
  the row before it had (a first assignment, or a move to nobody, is not one).
- Knowledge, SLA met and problem are the last row's knowledge, made_sla and problem_id.

Usage: analyse-servicenow.py FILE.csv [--per-incident]   (prints JSON)
"""
import csv
import json
import math
import re
import sys
from datetime import datetime, timezone

NONE = {"", "?"}
STATES = {"New": "open", "Active": "classified", "Resolved": "resolved", "Closed": "closed"}
PRIORITY = re.compile(r"^\s*([1-5])\b")


def value(v):
    v = (v or "").strip()
    return None if v in NONE else v


def when(v):
    v = value(v)
    if v is None:
        return None
    for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(v, fmt).replace(tzinfo=timezone.utc).timestamp()
        except ValueError:
            pass
    raise ValueError("unreadable date: %r" % v)


def state_of(v):
    v = value(v)
    if v is None:
        return None
    if v in STATES:
        return STATES[v]
    if v.startswith("Awaiting"):
        return "on_hold"
    return None


def analyse_incident(rows):
    opened = when(rows[0]["opened_at"])
    state = "open"
    hold_start = None
    holds = []
    resolved_log = None
    closed_log = None
    reopenings = 0
    reassignments = 0
    prev_assignee = value(rows[0]["assigned_to"])
    prev_group = value(rows[0]["assignment_group"])
    for i, r in enumerate(rows):
        at = when(r["sys_updated_at"])
        new = state_of(r["incident_state"])
        if new is not None and new != state:
            if new == "closed" and state != "resolved":
                ra = when(r["resolved_at"])
                resolve_at = ra if ra is not None and ra <= at else at
                if state == "on_hold" and hold_start is not None:
                    holds.append((hold_start, resolve_at))
                    hold_start = None
                resolved_log = resolve_at
                state = "resolved"
            if state == "on_hold" and new != "on_hold" and hold_start is not None:
                holds.append((hold_start, at))
                hold_start = None
            if state in ("resolved", "closed") and new in ("open", "classified", "on_hold"):
                reopenings += 1
                resolved_log = None
            if new == "on_hold":
                hold_start = at
            if new == "resolved":
                resolved_log = at
            if new == "closed":
                closed_log = at
            state = new
        if i > 0:
            a, g = value(r["assigned_to"]), value(r["assignment_group"])
            if a != prev_assignee or g != prev_group:
                if (prev_assignee and a and a != prev_assignee) or (prev_group and g and g != prev_group):
                    reassignments += 1
                prev_assignee, prev_group = a, g
    last = rows[-1]
    resolved = None
    if state in ("resolved", "closed"):
        for candidate in (when(last["resolved_at"]), resolved_log, when(last["closed_at"]), closed_log):
            if candidate is not None:
                resolved = candidate
                break
    end = resolved if resolved is not None else math.inf
    held = sum(max(0.0, min(e, end) - max(s, opened)) for s, e in holds)
    m = PRIORITY.match(last["priority"] or "")
    return {
        "status": state,
        "priority": ("P" + m.group(1)) if m else None,
        "gross": None if resolved is None else resolved - opened,
        "held": round(held),
        "knowledge": value(last["knowledge"]) == "true",
        "slaMet": value(last["made_sla"]) == "true",
        "problem": value(last["problem_id"]) is not None,
        "reopenings": reopenings,
        "reassignments": reassignments,
        "sourceReopenCount": int(value(last["reopen_count"]) or 0),
        "sourceReassignmentCount": int(value(last["reassignment_count"]) or 0),
    }


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n == 0:
        return None
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def p90(xs):
    """Linear interpolation between closest ranks (Excel PERCENTILE.INC, numpy's default, R type 7):
    the definition docs/metrics.md gives for the reports' p90."""
    s = sorted(xs)
    if not s:
        return None
    h = 0.9 * (len(s) - 1)
    lo = math.floor(h)
    return s[lo] + (h - lo) * (s[min(lo + 1, len(s) - 1)] - s[lo])


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    per_incident = "--per-incident" in sys.argv
    groups = {}
    with open(args[0], newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            groups.setdefault(r["number"].strip(), []).append(r)
    incidents = {n: analyse_incident(rows) for n, rows in groups.items()}
    by_status, by_priority = {}, {}
    for i in incidents.values():
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_priority[str(i["priority"])] = by_priority.get(str(i["priority"]), 0) + 1
    gross = [i["gross"] for i in incidents.values() if i["gross"] is not None]
    net = [i["gross"] - i["held"] for i in incidents.values() if i["gross"] is not None]
    out = {
        "rows": sum(len(r) for r in groups.values()),
        "incidents": len(incidents),
        "byStatus": by_status,
        "byPriority": by_priority,
        "resolved": len(gross),
        "knowledge": sum(i["knowledge"] for i in incidents.values()),
        "slaMet": sum(i["slaMet"] for i in incidents.values()),
        "withProblem": sum(i["problem"] for i in incidents.values()),
        "reopenings": sum(i["reopenings"] for i in incidents.values()),
        "reassignments": sum(i["reassignments"] for i in incidents.values()),
        "sourceReopenCount": sum(i["sourceReopenCount"] for i in incidents.values()),
        "sourceReassignmentCount": sum(i["sourceReassignmentCount"] for i in incidents.values()),
        "heldSeconds": sum(i["held"] for i in incidents.values()),
        "mttrGross": {"mean": sum(gross) / len(gross) if gross else None, "median": median(gross), "p90": p90(gross)},
        "mttrNet": {"mean": sum(net) / len(net) if net else None, "median": median(net), "p90": p90(net)},
    }
    if per_incident:
        out["perIncident"] = incidents
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
