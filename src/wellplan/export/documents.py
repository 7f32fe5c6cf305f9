"""The documents a person hands to others: full plans, the one-page "read this first"
summary, a wallet card, the PAD signing form, and the crisis plan for a phone. Each takes a Bundle (plain data) and
returns PDF bytes; none reads the database or imports Qt."""

from __future__ import annotations

from collections.abc import Sequence

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.templates import offers
from wellplan.domain.words import speaking
from wellplan.export.card import CARD_H, CARD_W, wallet_card
from wellplan.export.full_plan import full_plans
from wellplan.export.one_page import next_steps_page, one_page
from wellplan.export.pad_form import pad_form
from wellplan.export.phone import phone_copy
from wellplan.export.seal import SEAL_HEIGHT
from wellplan.export.summary import crisis_summary

__all__ = [
    "CARD_H",
    "CARD_W",
    "DOCS",
    "crisis_summary",
    "full_plans",
    "next_steps_page",
    "offers",
    "one_page",
    "pad_form",
    "phone_copy",
    "render",
    "wallet_card",
]

DOCS = ("full", "summary", "card", "pad-form", "phone", "next-steps", "one-page")


def render(
    bundle: Bundle,
    doc: str,
    plans: Sequence[PlanData],
    paper: str,
    *,
    seal_space: bool = False,
    language: str | None = None,
) -> bytes:
    """One document by name: 'full', 'summary', 'card', 'pad-form', 'phone' (the
    crisis plan on phone-sized pages, whatever the paper), 'next-steps' or 'one-page'
    (from one plan whose template offers them: see ``offers``). ``seal_space`` keeps
    room free at the end of the last page for the seal's stamp. ``language`` is the
    document's (by default the app's): its questions, headings and dates; what the person
    wrote is printed as they wrote it."""
    if language is None:
        return _render(bundle, doc, plans, paper, seal_space)
    with speaking(language):
        ids = [p.summary.id for p in plans]
        bundle = bundle.in_language(language)
        return _render(bundle, doc, [bundle.plan(i) for i in ids], paper, seal_space)


def _render(
    bundle: Bundle, doc: str, plans: Sequence[PlanData], paper: str, seal_space: bool
) -> bytes:
    reserve = SEAL_HEIGHT if seal_space else 0.0
    if doc == "full":
        return full_plans(bundle, plans, paper, reserve)
    if doc == "summary":
        return crisis_summary(bundle, paper, reserve)
    if doc == "card":
        return wallet_card(bundle, paper, reserve)
    if doc == "pad-form":
        (plan,) = plans
        return pad_form(bundle, plan, paper, reserve)
    if doc == "phone":
        return phone_copy(bundle, reserve)
    if doc == "next-steps":
        (plan,) = plans
        return next_steps_page(bundle, plan, paper, reserve)
    if doc == "one-page":
        (plan,) = plans
        return one_page(bundle, plan, paper, reserve)
    raise ValueError(doc)
