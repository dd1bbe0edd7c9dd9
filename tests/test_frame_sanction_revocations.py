"""Permissions revoked as measures on their holder: a regulator's operating authority
revoked, the revocation of a firm's licence named by its noun, the passive with its
by-phrase; and a licence merely applied for or a revocation only considered, which
are none. On sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import asserted_measures, run

pytestmark = pytest.mark.model


def test_operating_authority_revoked_is_a_ban_on_its_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Communications Commission revoked Lumora Telecom's international "
        "Section 214 authority on Tuesday."
    )
    found = asserted_measures(run(nlp, text))
    assert ("FCC", "Ban", "Lumora Telecom") in found


def test_a_licence_revoked_in_the_passive_names_its_revoker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harwick Shipping's operating licence was revoked by the Federal Maritime Commission."
    found = asserted_measures(run(nlp, text))
    assert ("Federal Maritime Commission", "Ban", "Harwick Shipping") in found


def test_the_revocation_of_a_firms_authorization_is_a_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Communications Commission announced the revocation of Corvane "
        "Networks' authorization to provide service in the United States."
    )
    found = asserted_measures(run(nlp, text))
    assert ("FCC", "Ban", "Corvane Networks") in found


def test_the_revocation_of_export_privileges_is_an_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department's revocation of the export privileges of Tessaro Optics "
        "took effect on Monday."
    )
    found = asserted_measures(run(nlp, text))
    assert ("Commerce Department", "ExportControl", "Tessaro Optics") in found


def test_a_licence_applied_for_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harwick Shipping applied for an operating licence from the Federal Maritime Commission."
    assert not run(nlp, text).sanctions


def test_a_revocation_only_considered_is_not_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Communications Commission is considering revoking Lumora Telecom's "
        "Section 214 authority."
    )
    assert not asserted_measures(run(nlp, text))


def test_the_revocation_of_sanctions_is_no_licence_withdrawn(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury announced the revocation of sanctions on Corvane Networks."
    result = run(nlp, text)
    assert "sanction.licence.revocation.v1" not in {s.evidence.rule for s in result.sanctions}
