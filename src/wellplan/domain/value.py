"""One ``__repr__`` for WellPlan's dataclasses on the way to the first window.

Python 3.11 compiles a ``__repr__`` for every dataclass when its module is imported, which
adds up before the window appears. Those classes say
``repr=False`` and inherit this one, which prints the same text."""

from __future__ import annotations

from dataclasses import fields


class Plain:
    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={getattr(self, f.name)!r}"
            for f in fields(self)  # type: ignore[arg-type]  # only dataclasses inherit this
            if f.repr
        )
        return f"{type(self).__qualname__}({shown})"
