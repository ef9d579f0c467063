"""Bar charts drawn on the server as SVG: no script, no library, readable with the page's own
fonts. Each bar carries its value as text; hidden counts draw no bar and say so. Right-to-left
pages get the chart mirrored (labels on the right, bars growing left)."""

from dataclasses import dataclass

WIDTH, ROW, LABEL, VALUE = 360, 24, 160, 44


@dataclass
class Bar:
    label: str
    value: object  # a number, or None when hidden
    shown: str  # the value as text
    y: int
    # Coordinates as plain text: a template would write 12,5 or ١٢٫٥ in some languages.
    x: str
    width: str
    label_x: str
    label_anchor: str
    value_x: str
    value_anchor: str


def _svg(number):
    return f"{number:.1f}"


def bar_chart(items, rtl=False, hidden_text="", number=str):
    """Bars for [(label, value)] (value None when hidden); returns (bars, height)."""
    room = WIDTH - LABEL - VALUE
    top = max((v for _l, v in items if v), default=0) or 1
    bars = []
    for n, (label, value) in enumerate(items):
        width = room * float(value) / float(top) if value else 0
        if rtl:
            right = WIDTH - LABEL
            x, label_x, label_anchor, value_x, value_anchor = (
                right - width,
                right + 6,
                "start",
                right - width - 4,
                "end",
            )
        else:
            x, label_x, label_anchor, value_x, value_anchor = (
                LABEL,
                LABEL - 6,
                "end",
                LABEL + width + 4,
                "start",
            )
        bars.append(
            Bar(
                label=label,
                value=value,
                shown=hidden_text if value is None else number(value),
                y=n * ROW,
                x=_svg(x),
                width=_svg(width),
                label_x=_svg(label_x),
                label_anchor=label_anchor,
                value_x=_svg(value_x),
                value_anchor=value_anchor,
            )
        )
    return bars, max(len(items), 1) * ROW
