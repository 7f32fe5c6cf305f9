"""PySide6 only: windows, wizards, widgets. Talks to domain/storage/export, never the reverse."""
