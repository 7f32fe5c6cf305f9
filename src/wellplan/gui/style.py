"""The look: calm, roomy, readable. One light palette with known contrast (themes come with
the accessibility work); text roles are set as the ``role`` property on widgets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

INK = "#1d2327"  # body text: 15.6:1 on the page colour
SOFT_INK = "#3f4a52"  # explanations: 9.0:1
ACCENT = "#1f5f56"  # headings and focus: 7.4:1
PAGE = "#fbfaf7"
ERROR = "#9b1c1c"

STYLESHEET = f"""
QLabel[role="title"] {{ font-size: 19pt; font-weight: 600; color: {ACCENT}; }}
QLabel[role="part"] {{ font-size: 9pt; font-weight: 700; color: {ACCENT}; letter-spacing: 1px; }}
QLabel[role="intro"] {{ font-size: 11.5pt; color: {INK}; }}
QLabel[role="question"] {{ font-size: 12.5pt; font-weight: 600; color: {INK}; }}
QLabel[role="why"] {{ color: {SOFT_INK}; }}
QLabel[role="example"] {{ color: {SOFT_INK}; font-style: italic; }}
QLabel[role="handover"] {{ background: #e8f1ee; border-left: 5px solid {ACCENT}; padding: 10px;
    font-size: 12pt; font-weight: 600; color: {INK}; }}
QLabel#statement {{ background: #ffffff; font-size: 12pt; }}
QLabel[role="notice"] {{ color: {SOFT_INK}; font-size: 9pt; }}
QLabel[role="error"], QLabel#save-problem {{ color: {ERROR}; font-weight: 600; }}
QLabel#save-problem {{ background: #fdecec; border: 1px solid {ERROR}; border-radius: 4px; padding: 8px; }}
QWidget#lock-warning {{ background: #fff4d6; border-bottom: 1px solid #8a6a00; }}
QWidget#lock-warning QLabel {{ font-weight: 600; color: {INK}; }}
QTreeWidget#section-list::item {{ padding: 3px 2px; }}
QPushButton[role="primary"] {{ padding: 8px 18px; font-weight: 600; }}
QLineEdit, QPlainTextEdit, QListWidget, QTableWidget, QComboBox, QDateEdit {{ padding: 3px; }}
QLineEdit:focus, QPlainTextEdit:focus, QListWidget:focus, QTableWidget:focus {{
    border: 2px solid {ACCENT}; border-radius: 3px;
}}
"""


def apply(app: QApplication) -> None:
    """Apply the look. Safe to call again (themes, text size): the style object is set once,
    because replacing it while a stylesheet is active and a QWizard exists crashes Qt 6.12;
    later calls change only the palette, font and stylesheet."""
    if not app.property("wellplan-style-set"):
        app.setStyle("Fusion")
        app.setProperty("wellplan-style-set", True)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAGE))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f1ec"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5b6770"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
