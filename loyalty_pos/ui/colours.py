"""The counter's colours in four sets: standard and high contrast, each light and dark.

Every colour the screens use is a named field here, so the contrast of each pair of
text and background can be checked with WCAG's formula (``contrast_ratio``): at least
4.5:1 for text in the standard colours, 7:1 (WCAG AAA) in high contrast. The meaning
of each strong colour stays the same in every set (red = refused, green = done,
amber = a reward to hand over, orange = only partly done, blue = information), and the
banner also says it with an icon, so no state is told by colour alone.

Pure Python (hex strings, no Qt), so the checks run without a screen.
"""

from __future__ import annotations

from dataclasses import dataclass

TONES = ("info", "success", "reward", "warning", "error")


@dataclass(frozen=True)
class Colours:
    """One colour set. ``*_ink`` is text, the rest backgrounds, lines and marks."""

    name: str
    dark: bool
    ink: str  # text
    muted: str  # secondary text (hints)
    paper: str  # window and field background
    panel: str  # tiles, buttons, the totals box
    line: str  # borders of fields, buttons, tiles
    accent: str  # selection, primary button
    on_accent: str  # text on ``accent``
    accent_ink: str  # blue text on paper ("12th visit · last here…")
    focus: str  # the focus ring
    focus_paper: str  # a focused field's background
    off_ink: str  # a switched-off program, still readable
    disabled_ink: str  # a button that can't be pressed now
    error_ink: str  # an inline error under a field
    warn_ink: str  # "120 points expire by…"
    success_ink: str  # "Earns: +12 points"
    tier: tuple[str, str]  # the tier badge: (background, text)
    notice: tuple[str, str, str]  # "Is this the same person?": (background, text, border)
    broken: tuple[str, str]  # a broken import row: (background, text)
    tones: dict[str, tuple[str, str]]  # banner tones: (background, text)
    banner_button: tuple[str, str]  # the banner's action button: (background, text)
    scores: dict[str, tuple[str, str]]  # feedback 0-6, 7-8, 9-10: (background, text)
    stamp_filled: str
    stamp_empty: str
    stamp_rim: str
    stamp_off: str
    stamp_tick: str
    stamp_on_reward: tuple[str, str, str]  # on an amber ready card: (filled, rim, tick)
    chart: tuple[str, str, str]  # blue, green, amber lines and bars
    border_px: int = 2
    focus_px: int = 3

    @property
    def high_contrast(self) -> bool:
        return self.name.startswith("contrast")


STANDARD_LIGHT = Colours(
    name="standard-light",
    dark=False,
    ink="#111111",
    muted="#444444",
    paper="#ffffff",
    panel="#f2f4f7",
    line="#9aa3ad",
    accent="#0b4f9c",
    on_accent="#ffffff",
    accent_ink="#0b4f9c",
    focus="#0b4f9c",
    focus_paper="#ffffff",
    off_ink="#666666",
    disabled_ink="#8a8a8a",
    error_ink="#b00020",
    warn_ink="#a8300a",
    success_ink="#1b5e20",
    tier=("#111111", "#ffd54f"),
    notice=("#fff3cd", "#111111", "#bf360c"),
    broken=("#fde0e3", "#8a0016"),
    tones={
        "info": ("#e8eef6", "#0a2540"),
        "success": ("#1b5e20", "#ffffff"),
        "reward": ("#ffc400", "#111111"),
        "warning": ("#bf360c", "#ffffff"),
        "error": ("#b00020", "#ffffff"),
    },
    banner_button=("#ffffff", "#111111"),
    scores={
        "low": ("#fde7ea", "#8a0016"),
        "middle": ("#fff3cd", "#5c4400"),
        "high": ("#e3f1e4", "#1b5e20"),
    },
    stamp_filled="#0b4f9c",
    stamp_empty="#ffffff",
    stamp_rim="#33414f",
    stamp_off="#6b7480",
    stamp_tick="#ffffff",
    stamp_on_reward=("#0b4f9c", "#33414f", "#ffffff"),
    chart=("#0b4f9c", "#1b5e20", "#e0a800"),
)

STANDARD_DARK = Colours(
    name="standard-dark",
    dark=True,
    ink="#ececec",
    muted="#b8bec6",
    paper="#1b1d21",
    panel="#2a2d33",
    line="#6b7583",
    accent="#2f6fc2",
    on_accent="#ffffff",
    accent_ink="#8ab8ff",
    focus="#8ab8ff",
    focus_paper="#1b1d21",
    off_ink="#a3a9b1",
    disabled_ink="#7a7f87",
    error_ink="#ff8a80",
    warn_ink="#ffab70",
    success_ink="#8fd694",
    tier=("#ffd54f", "#111111"),
    notice=("#3d3213", "#ececec", "#ffab70"),
    broken=("#4a1a20", "#ffd6da"),
    tones={
        "info": ("#203450", "#e3ecf8"),
        "success": ("#1b5e20", "#ffffff"),
        "reward": ("#ffc400", "#111111"),
        "warning": ("#a8300a", "#ffffff"),
        "error": ("#b00020", "#ffffff"),
    },
    banner_button=("#1b1d21", "#ececec"),
    scores={
        "low": ("#4a1a20", "#ffd6da"),
        "middle": ("#3d3213", "#ffe9a8"),
        "high": ("#1d3d20", "#c8f0cb"),
    },
    stamp_filled="#5b9be6",
    stamp_empty="#1b1d21",
    stamp_rim="#c3cad3",
    stamp_off="#7a8290",
    stamp_tick="#111111",
    stamp_on_reward=("#111111", "#111111", "#ffc400"),
    chart=("#6fa8ff", "#8fd694", "#ffc400"),
)

CONTRAST_LIGHT = Colours(
    name="contrast-light",
    dark=False,
    ink="#000000",
    muted="#2b2b2b",
    paper="#ffffff",
    panel="#f0f0f0",
    line="#000000",
    accent="#00308f",
    on_accent="#ffffff",
    accent_ink="#00308f",
    focus="#c40000",
    focus_paper="#fff6b0",
    off_ink="#474747",
    disabled_ink="#5e5e5e",
    error_ink="#8b0000",
    warn_ink="#6e2900",
    success_ink="#0b4a12",
    tier=("#000000", "#ffe066"),
    notice=("#fff3c4", "#000000", "#000000"),
    broken=("#ffe0e0", "#6b0000"),
    tones={
        "info": ("#e6eefa", "#000000"),
        "success": ("#0b4a12", "#ffffff"),
        "reward": ("#ffd400", "#000000"),
        "warning": ("#6e2900", "#ffffff"),
        "error": ("#8b0000", "#ffffff"),
    },
    banner_button=("#ffffff", "#000000"),
    scores={
        "low": ("#ffe0e0", "#6b0000"),
        "middle": ("#fff3c4", "#3d2c00"),
        "high": ("#e0f2e0", "#0b4a12"),
    },
    stamp_filled="#00308f",
    stamp_empty="#ffffff",
    stamp_rim="#000000",
    stamp_off="#595959",
    stamp_tick="#ffffff",
    stamp_on_reward=("#00308f", "#000000", "#ffffff"),
    chart=("#00308f", "#0b4a12", "#9c6500"),
    border_px=2,
    focus_px=4,
)

CONTRAST_DARK = Colours(
    name="contrast-dark",
    dark=True,
    ink="#ffffff",
    muted="#e0e0e0",
    paper="#000000",
    panel="#121212",
    line="#ffffff",
    accent="#1aebff",
    on_accent="#000000",
    accent_ink="#ffff00",
    focus="#ffff00",
    focus_paper="#262600",
    off_ink="#c8c8c8",
    disabled_ink="#a0a0a0",
    error_ink="#ff9e9e",
    warn_ink="#ffc46b",
    success_ink="#7dff7d",
    tier=("#ffff00", "#000000"),
    notice=("#2e2600", "#ffffff", "#ffff00"),
    broken=("#3d0000", "#ffd6d6"),
    tones={
        "info": ("#000000", "#ffffff"),
        "success": ("#003d00", "#ffffff"),
        "reward": ("#ffff00", "#000000"),
        "warning": ("#4d2000", "#ffffff"),
        "error": ("#5c0000", "#ffffff"),
    },
    banner_button=("#000000", "#ffffff"),
    scores={
        "low": ("#3d0000", "#ffd6d6"),
        "middle": ("#2e2600", "#fff2a8"),
        "high": ("#003300", "#c8ffc8"),
    },
    stamp_filled="#1aebff",
    stamp_empty="#000000",
    stamp_rim="#ffffff",
    stamp_off="#8c8c8c",
    stamp_tick="#000000",
    stamp_on_reward=("#000000", "#000000", "#ffff00"),
    chart=("#1aebff", "#7dff7d", "#ffff00"),
    border_px=2,
    focus_px=4,
)

SETS = {c.name: c for c in (STANDARD_LIGHT, STANDARD_DARK, CONTRAST_LIGHT, CONTRAST_DARK)}


def pick(high_contrast: bool, dark: bool) -> Colours:
    """The set for the owner's choice and the system's light or dark mode."""
    return SETS[f"{'contrast' if high_contrast else 'standard'}-{'dark' if dark else 'light'}"]


# Contrast (WCAG 2.x) ---------------------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb", 0 (black) to 1 (white)."""
    h = colour.lstrip("#")
    if len(h) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (_channel(int(h[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_pairs(c: Colours) -> list[tuple[str, str, str]]:
    """(where, text, background) for every text the screens draw on a background."""
    reward_bg, reward_ink = c.tones["reward"]
    pairs = [
        ("text on window", c.ink, c.paper),
        ("text on panel", c.ink, c.panel),
        ("hint on window", c.muted, c.paper),
        ("hint on panel", c.muted, c.panel),
        ("placeholder in a field", c.muted, c.paper),
        ("focused field", c.ink, c.focus_paper),
        ("recognition hint", c.accent_ink, c.paper),
        ("primary button / selection", c.on_accent, c.accent),
        ("switched off on panel", c.off_ink, c.panel),
        ("switched off on window", c.off_ink, c.paper),
        ("inline error on window", c.error_ink, c.paper),
        ("error in the totals", c.error_ink, c.panel),
        ("expiring on panel", c.warn_ink, c.panel),
        ("expiring on window", c.warn_ink, c.paper),
        ("earned in the totals", c.success_ink, c.panel),
        ("saved notice on window", c.success_ink, c.paper),
        ("tier badge", c.tier[1], c.tier[0]),
        ("duplicate notice", c.notice[1], c.notice[0]),
        ("broken import row", c.broken[1], c.broken[0]),
        ("banner button", c.banner_button[1], c.banner_button[0]),
        ("ready stamp card", reward_ink, reward_bg),
    ]
    pairs += [(f"banner {t}", ink, bg) for t, (bg, ink) in c.tones.items()]
    pairs += [(f"feedback {s}", ink, bg) for s, (bg, ink) in c.scores.items()]
    return pairs


def mark_pairs(c: Colours) -> list[tuple[str, str, str]]:
    """(what, mark, background) for lines and marks that must be seen (WCAG 1.4.11:
    3:1): the focus ring, the stamps, the tick in a filled stamp."""
    reward_bg = c.tones["reward"][0]
    return [
        ("focus ring on window", c.focus, c.paper),
        ("focus ring on panel", c.focus, c.panel),
        ("filled stamp on panel", c.stamp_filled, c.panel),
        ("filled stamp on ready card", c.stamp_on_reward[0], reward_bg),
        ("stamp rim on panel", c.stamp_rim, c.panel),
        ("stamp rim on ready card", c.stamp_on_reward[1], reward_bg),
        ("tick in a stamp", c.stamp_tick, c.stamp_filled),
        ("tick in a stamp on ready card", c.stamp_on_reward[2], c.stamp_on_reward[0]),
    ]
