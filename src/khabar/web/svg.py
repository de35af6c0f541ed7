"""Small server-side SVG drawings: the who-met-whom network and the mention timeline.

No JavaScript and no library: the centre entity sits in the middle, its neighbours
on a circle around it; edge width grows with the number of shared events. All
labels are escaped text; colours come from the stylesheet through class names.
"""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup

from khabar.web.render import clean, label_class, safe

WIDTH, HEIGHT = 720, 520
NODE_R = 8


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def network_svg(network: dict[str, Any], center_id: int) -> Markup:
    """``{"nodes": [...], "edges": [...]}`` -> an inline <svg>; labels sit outside the circle."""
    nodes = [n for n in network.get("nodes") or [] if isinstance(n, dict)]
    if not nodes:
        return Markup("")
    others = [n for n in nodes if n.get("id") != center_id]
    cx, cy = WIDTH / 2, HEIGHT / 2
    radius = min(WIDTH, HEIGHT) / 2 - 60
    pos: dict[Any, tuple[float, float]] = {center_id: (cx, cy)}
    angles: dict[Any, float] = {}
    for i, node in enumerate(others):
        angle = 2 * math.pi * i / max(len(others), 1) - math.pi / 2
        angles[node.get("id")] = angle
        pos[node.get("id")] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    parts = [Markup(
        '<svg class="network" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" '
        'aria-label="شبکهٔ دیدارها">'
    ).format(WIDTH, HEIGHT)]
    # Co-occurrence edges first, so the event (who-met-whom) edges are drawn on top.
    edges = sorted((e for e in network.get("edges") or [] if isinstance(e, dict)),
                   key=lambda e: e.get("type") != "co-occurrence")
    top = max((int(e.get("count") or 1) for e in edges if e.get("type") != "co-occurrence"), default=1)
    for edge in edges:
        a, b = pos.get(edge.get("source")), pos.get(edge.get("target"))
        if a is None or b is None:
            continue
        count = int(edge.get("count") or 1)
        co = edge.get("type") == "co-occurrence"
        width = 1.0 if co else 1.5 + 4 * count / top
        parts.append(Markup(
            '<line class="edge {}" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke-width="{:.1f}">'
            "<title>{} × {}</title></line>"
        ).format("co" if co else "event", a[0], a[1], b[0], b[1], width, safe(edge.get("type")), count))
    for node in nodes:
        node_id = node.get("id")
        if node_id not in pos:
            continue
        x, y = pos[node_id]
        is_center = node_id == center_id
        name = clean(node.get("name"))
        href = f"/entity/{int(node_id)}" if isinstance(node_id, int) else "#"
        if is_center:
            lx, ly, anchor = x, y + NODE_R + 20, "middle"
        else:
            angle = angles[node_id]
            lx, ly = x + (NODE_R + 6) * math.cos(angle), y + (NODE_R + 6) * math.sin(angle) + 4
            anchor = "middle" if abs(math.cos(angle)) < 0.2 else ("start" if math.cos(angle) > 0 else "end")
            ly += 8 if abs(math.cos(angle)) < 0.2 and math.sin(angle) > 0 else 0
        parts.append(Markup(
            '<a href="{}"><circle class="node {}{}" cx="{:.1f}" cy="{:.1f}" r="{}"><title>{}</title></circle>'
            '<text class="node-label" x="{:.1f}" y="{:.1f}" text-anchor="{}">{}</text></a>'
        ).format(href, label_class(node.get("label")), " center" if is_center else "", x, y,
                 NODE_R + (5 if is_center else 0), name, lx, ly, anchor, _short(name)))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def timeline_svg(timeline: list[dict[str, Any]]) -> Markup:
    """Bars of mentions per date (``[{"date", "count"}]``), oldest on the right as Persian reads."""
    rows = [r for r in timeline if isinstance(r, dict) and r.get("count")]
    if not rows:
        return Markup("")
    rows = sorted(rows, key=lambda r: str(r.get("date") or ""))
    if len(rows) > 40:  # many days: one bar per month
        months: dict[str, int] = {}
        for row in rows:
            month = str(row.get("date") or "?")[:7]
            months[month] = months.get(month, 0) + int(row["count"])
        rows = [{"date": m, "count": c} for m, c in months.items()]
    rows = rows[-60:]
    width, height, pad = 640, 120, 20
    top = max(int(r["count"]) for r in rows)
    bar = min((width - 2 * pad) / len(rows), 40.0)
    parts = [Markup(
        '<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" '
        'aria-label="گاه‌شمار اشاره‌ها">'
    ).format(width, height)]
    for i, row in enumerate(rows):
        h = (height - 2 * pad) * int(row["count"]) / top
        x = width - pad - (i + 1) * bar
        parts.append(Markup(
            '<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}"><title>{}: {}</title></rect>'
        ).format(x + 1, height - pad - h, max(bar - 2, 1), h, clean(row.get("date") or "?"), int(row["count"])))
    first, last = clean(rows[0].get("date") or ""), clean(rows[-1].get("date") or "")
    leftmost = width - pad - len(rows) * bar
    parts.append(Markup(
        '<text class="axis" x="{:.1f}" y="{}" text-anchor="end">{}</text>'
    ).format(width - pad, height - 4, first))
    if len(rows) > 1:
        parts.append(Markup('<text class="axis" x="{:.1f}" y="{}" text-anchor="start">{}</text>').format(
            leftmost, height - 4, last))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
