"""The look: calm, roomy, readable, in three themes (light, dark, high contrast) and at any
text size from 100% to 200%. Text roles are set as the ``role`` property on widgets; every
colour pair used for text is listed in :func:`text_pairs` and a test checks its contrast
(4.5:1 at least, 7:1 in high contrast)."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from wellplan.domain.value import Plain
from wellplan.gui.lazy_qt import PLAIN_TEXT, set_enum
from wellplan.resources import resource_path

BASE_POINTS = 10.5  # body text at 100%
MIN_SCALE, MAX_SCALE = 1.0, 2.0
TOGETHER_SCALE = 1.25  # together mode: text a step larger for two people at one screen
STYLE = "Fusion"  # the same look on every system; the app is made with it (app.make_app)
ITEM_SIDE_PADDING = 2  # px each side of a title in the wizard's list of parts


@dataclass(frozen=True, repr=False)
class Theme(Plain):
    name: str
    page: str  # window background
    base: str  # fields and lists
    alternate: str
    ink: str  # body text
    soft_ink: str  # explanations
    accent: str  # headings, focus, selection
    on_accent: str  # text on the accent colour
    error: str
    error_back: str
    warn_back: str
    warn_edge: str
    note_back: str  # hand-over notes, suggestions
    placeholder: str
    button: str
    edge: str  # borders of fields, lists, menus and buttons (3:1 on what they sit on)
    focus: str  # the focus ring (3:1 on the page, fields and buttons)
    minimum_contrast: float


THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light",
        page="#fbfaf7",
        base="#ffffff",
        alternate="#f3f1ec",
        ink="#1d2327",
        soft_ink="#3f4a52",
        accent="#1f5f56",
        on_accent="#ffffff",
        error="#9b1c1c",
        error_back="#fdecec",
        warn_back="#fff4d6",
        warn_edge="#8a6a00",
        note_back="#e8f1ee",
        placeholder="#5b6770",
        button="#efede8",
        edge="#6e767c",
        focus="#1f5f56",
        minimum_contrast=4.5,
    ),
    "dark": Theme(
        name="dark",
        page="#1b1f22",
        base="#23292d",
        alternate="#2a3136",
        ink="#e9ecee",
        soft_ink="#c0c8cd",
        accent="#7fd1c1",
        on_accent="#0d1f1c",
        error="#ffb4ab",
        error_back="#3b1d1b",
        warn_back="#3a3116",
        warn_edge="#d9b84a",
        note_back="#1f3531",
        placeholder="#a3adb3",
        button="#2f363b",
        edge="#8b969d",
        focus="#7fd1c1",
        minimum_contrast=4.5,
    ),
    "contrast": Theme(
        name="contrast",
        page="#000000",
        base="#000000",
        alternate="#101010",
        ink="#ffffff",
        soft_ink="#f0f0f0",
        accent="#ffff00",
        on_accent="#000000",
        error="#ff9d9d",
        error_back="#000000",
        warn_back="#000000",
        warn_edge="#ffff00",
        note_back="#000000",
        placeholder="#d8d8d8",
        button="#000000",
        edge="#ffffff",
        focus="#ffff00",
        minimum_contrast=7.0,
    ),
}


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_pairs(theme: Theme) -> dict[str, tuple[str, str]]:
    """Every text colour on every background it is drawn on."""
    t = theme
    return {
        "body on page": (t.ink, t.page),
        "body in fields": (t.ink, t.base),
        "body on alternate rows": (t.ink, t.alternate),
        "explanations on page": (t.soft_ink, t.page),
        "explanations in fields": (t.soft_ink, t.base),
        "headings on page": (t.accent, t.page),
        "selected text": (t.on_accent, t.accent),
        "errors": (t.error, t.error_back),
        "errors on page": (t.error, t.page),
        "warnings": (t.ink, t.warn_back),
        "notes": (t.ink, t.note_back),
        "placeholders": (t.placeholder, t.base),
        "buttons": (t.ink, t.button),
    }


#: Non-text contrast (WCAG 1.4.11) of what marks controls and the focus.
NON_TEXT_CONTRAST = 3.0


def control_pairs(theme: Theme) -> dict[str, tuple[str, str]]:
    """Every border and focus ring on every colour it is drawn next to."""
    t = theme
    return {
        "borders on page": (t.edge, t.page),
        "borders around fields": (t.edge, t.base),
        "borders around buttons": (t.edge, t.button),
        "focus ring on page": (t.focus, t.page),
        "focus ring around fields": (t.focus, t.base),
        "focus ring around buttons": (t.focus, t.button),
        "focus ring on notes": (t.focus, t.note_back),
    }


def stylesheet(t: Theme, scale: float) -> str:
    def pt(points: float) -> str:
        return f"{points * scale:.1f}pt"

    border = "2px solid" if t.name == "contrast" else "1px solid"
    arrow = resource_path("icons", f"arrow-down-{t.name}.svg").as_posix()  # in the ink colour
    return f"""
QLabel[role="title"] {{ font-size: {pt(19)}; font-weight: 600; color: {t.accent}; }}
QLabel[role="part"] {{ font-size: {pt(9.5)}; font-weight: 700; color: {t.accent};
    letter-spacing: 1px; }}
QLabel[role="intro"] {{ font-size: {pt(11.5)}; color: {t.ink}; }}
QTextEdit#use-now-text {{ background: {t.page}; color: {t.ink}; font-size: {pt(17)};
    border: 2px solid transparent; border-radius: 3px; }}
QTextEdit#use-now-text:focus {{ border-color: {t.accent}; }}
QLabel[role="question"] {{ font-size: {pt(12.5)}; font-weight: 600; color: {t.ink}; }}
QLabel[role="why"] {{ color: {t.soft_ink}; }}
QLabel[role="example"] {{ color: {t.soft_ink}; font-style: italic; }}
QLabel[role="handover"] {{ background: {t.note_back}; border-left: 5px solid {t.accent};
    padding: 10px; font-size: {pt(12)}; font-weight: 600; color: {t.ink}; }}
QFrame[role="suggestion"] {{ background: {t.note_back}; border: {border} {t.accent};
    border-radius: 4px; }}
QLabel#statement {{ background: {t.base}; font-size: {pt(12)}; }}
QLabel[role="entry"] {{ font-size: {pt(14)}; font-weight: 700; color: {t.accent}; }}
QGroupBox[role="entry"] {{ border: {border} {t.soft_ink}; border-left: 4px solid {t.accent};
    border-radius: 3px; margin-top: 4px; padding: 6px 8px; }}
QLabel[role="tips"] {{ background: {t.note_back}; border-left: 5px solid {t.accent};
    padding: 10px; color: {t.ink}; }}
QLabel[role="notice"] {{ color: {t.soft_ink}; font-size: {pt(9.5)}; }}
QLabel[role="error"], QLabel#save-problem {{ color: {t.error}; font-weight: 600; }}
QLabel#save-problem {{ background: {t.error_back}; border: 1px solid {t.error};
    border-radius: 4px; padding: 8px; }}
QWidget#lock-warning {{ background: {t.warn_back}; border-bottom: 1px solid {t.warn_edge}; }}
QWidget#lock-warning QLabel {{ font-weight: 600; color: {t.ink}; }}
QTreeWidget#section-list::item {{ padding: 3px {ITEM_SIDE_PADDING}px; }}
QPushButton {{ background: {t.button}; color: {t.ink}; border: 1px solid {t.edge};
    border-radius: 4px; padding: 5px 14px; min-height: 1.2em; }}
QPushButton:hover {{ background: {t.alternate}; }}
QPushButton:pressed, QPushButton:checked {{ background: {t.note_back}; }}
QPushButton:disabled {{ color: {t.placeholder}; border-style: dashed; }}
QPushButton:default {{ border-bottom: 3px solid {t.ink}; padding-bottom: 3px; }}
QPushButton[role="primary"] {{ padding: 8px 18px; font-weight: 600; }}
QPushButton:focus {{ border: 3px solid {t.focus}; padding: 3px 12px; }}
QPushButton[role="primary"]:focus {{ padding: 6px 16px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; padding: 1px 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {t.focus}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QListWidget, QTableWidget, QTreeWidget, QComboBox,
QDateEdit {{ border: 1px solid {t.edge}; border-radius: 3px; padding: 3px;
    background: {t.base}; color: {t.ink}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListWidget:focus,
QTableWidget:focus, QTreeWidget:focus, QComboBox:focus, QDateEdit:focus {{
    border: 3px solid {t.focus}; padding: 1px;
}}
QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: center right; width: 1.6em; border: none; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{arrow}"); width: 0.9em;
    height: 0.6em; }}
QLineEdit:disabled, QComboBox:disabled, QDateEdit:disabled {{ color: {t.placeholder};
    border-style: dashed; }}
QListWidget#plan-list {{ border: none; background: {t.page}; }}
QListWidget#plan-list:focus {{ border: 3px solid {t.focus}; }}
QMenu {{ background: {t.base}; color: {t.ink}; border: 1px solid {t.edge}; padding: 4px; }}
QMenu::item {{ padding: 5px 28px 5px 24px; border: 2px solid transparent; }}
QMenu::item:selected {{ background: {t.accent}; color: {t.on_accent};
    border-color: {t.focus}; }}
QMenu::item:disabled {{ color: {t.placeholder}; }}
QMenu::separator {{ height: 1px; background: {t.edge}; margin: 4px 8px; }}
QToolTip {{ background: {t.base}; color: {t.ink}; border: 1px solid {t.edge}; }}
QGroupBox {{ border: 1px solid {t.edge}; border-radius: 4px;
    margin-top: 1.2em; padding-top: 4px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
"""


def palette_for(t: Theme, base: QPalette) -> QPalette:
    palette = copy.copy(base)  # QPalette(base) would build Qt's enums to choose how
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, t.page),
        (roles.Base, t.base),
        (roles.AlternateBase, t.alternate),
        (roles.WindowText, t.ink),
        (roles.Text, t.ink),
        (roles.ButtonText, t.ink),
        (roles.Button, t.button),
        (roles.ToolTipBase, t.base),
        (roles.ToolTipText, t.ink),
        (roles.BrightText, t.error),
        (roles.Highlight, t.accent),
        (roles.HighlightedText, t.on_accent),
        (roles.PlaceholderText, t.placeholder),
        (roles.Link, t.accent),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.placeholder))
    return palette


def clamp_scale(scale: float) -> float:
    return min(MAX_SCALE, max(MIN_SCALE, scale))


def apply(app: QApplication, theme: str = "light", scale: float = 1.0) -> None:
    """Apply the look. Safe to call again (themes, text size): the style object is set once,
    because replacing it while a stylesheet is active and a QWizard exists crashes Qt 6.12;
    later calls change only the palette, font and stylesheet."""
    if not app.property("wellplan-style-set"):
        app.setStyle(STYLE)
        app.setProperty("wellplan-style-set", True)
    if not isinstance(app.property("wellplan-base-palette"), QPalette):
        app.setProperty("wellplan-base-palette", app.palette())
    chosen = THEMES.get(theme, THEMES["light"])
    scale = clamp_scale(scale)
    base = app.property("wellplan-base-palette")
    app.setPalette(palette_for(chosen, base if isinstance(base, QPalette) else app.palette()))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINTS * scale)
    app.setFont(font)
    app.setProperty("wellplan-theme", chosen.name)  # before the style sheet: widgets that
    app.setProperty("wellplan-scale", scale)  # redraw on its change read them (use_now)
    app.setStyleSheet(stylesheet(chosen, scale))


def current(app: QApplication) -> tuple[str, float]:
    theme = app.property("wellplan-theme")
    scale = app.property("wellplan-scale")
    return (
        theme if isinstance(theme, str) else "light",
        float(scale) if isinstance(scale, int | float) else 1.0,
    )


def hint_label(text: str, role: str, parent: QWidget | None = None) -> QLabel:
    """Plain, wrapping text styled by its role in the style sheet ("why", "hint", ...). A
    "title" is a heading to screen readers too."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", role)
    set_enum(label, "textFormat", PLAIN_TEXT)
    if role == "title":
        from wellplan.gui.accessible import mark_heading

        mark_heading(label)
    return label
