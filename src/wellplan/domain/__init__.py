"""Pure Python: plan kinds, templates, answers, validation. No Qt, no SQL, no PDF code."""
