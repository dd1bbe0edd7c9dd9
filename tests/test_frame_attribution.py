"""Attributions as accusations, on sentences written for these tests: states that
attribute a wrong to a party (active, passive, a group "the Governments of A, B and
C", the noun "attribution"), that say a party "was behind" or "is responsible for" a
wrong; and states acting jointly in a judgement, which is no partnership."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model

GROUP = "Grauwolf Group"


def accusations(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), "accuses")


@pytest.mark.parametrize(
    ("text", "accusers"),
    [
        ("The Governments of Canada, Chile and Japan today jointly attribute a series of "
         "intrusions into port networks to the Grauwolf Group.", {"Canada", "Chile", "Japan"}),
        ("Denmark publicly attributed the cyberattack on its ports to the Grauwolf Group.",
         {"Denmark"}),
        ("The breach of the election commission's servers was attributed by Lithuania to "
         "the Grauwolf Group.", {"Lithuania"}),
        ("Latvia's attribution of the sabotage to the Grauwolf Group was welcomed by its "
         "allies.", {"Latvia"}),
        ("Finland announced its attribution of the ransomware campaign against its "
         "hospitals to the Grauwolf Group.", {"Finland"}),
        ("The attribution of the attack to the Grauwolf Group by Canada and Japan was "
         "welcomed.", {"Canada", "Japan"}),
        ("The Governments of Canada and Japan hold the Grauwolf Group responsible for the "
         "intrusions.", {"Canada", "Japan"}),
        ("The Grauwolf Group was held responsible by Poland for the sabotage of the rail "
         "network.", {"Poland"}),
    ],
)  # fmt: skip
def test_a_wrong_attributed_to_a_party_accuses_it(nlp, text: str, accusers: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {(a, GROUP) for a in accusers} <= accusations(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Canada said the Grauwolf Group was behind the hacking of its tax agency.",
        "The Grauwolf Group was behind the attack on the rail network, Canada said.",
        "Canada concluded that the Grauwolf Group was responsible for the ransomware "
        "attack on its health service.",
        "The Grauwolf Group, Canada said, was behind the attack on the rail network.",
        "Canada has determined that the Grauwolf Group carried out the attack.",
        "Canada assesses that the malicious cyber campaign was conducted by the Grauwolf Group.",
    ],
)
def test_a_state_that_finds_a_culprit_accuses_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Canada", GROUP) in accusations(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a result put down to a cause: no wrong attributed
        "Vantor Foods attributed its higher profits to strong sales in Canada.",
        # a finding denied, or a project backed, lays no wrong on anyone
        "Canada said the Grauwolf Group was not behind the attack.",
        "Canada said Marlow Holdings was behind the new bridge over the river.",
        # a campaign with no word of harm is no wrong
        "Canada said Marlow Holdings conducted a marketing campaign in Toronto.",
    ],
)
def test_no_accusation_without_a_wrong_laid_on_a_party(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert accusations(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Governments of Canada, Chile and Japan jointly attribute the intrusions to "
        "the Grauwolf Group.",
        "Canada and Japan jointly condemned the missile test.",
        "Canada and Japan jointly announced new visa rules for students.",
    ],
)
def test_a_joint_judgement_is_no_partnership(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partnersWith") == set()


def test_a_joint_work_is_still_a_partnership(nlp) -> None:  # type: ignore[no-untyped-def]
    found = facts(
        run(nlp, "Canada and Japan will jointly fund a lab on Arctic shipping."), "partnersWith"
    )
    assert {frozenset(p) for p in found} == {frozenset({"Canada", "Japan"})}


WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/01/01/invented/"
JUSTICE = "https://www.justice.gov/opa/pr/invented"


@pytest.mark.parametrize(
    ("text", "source", "wanted"),
    [
        # a government's own statement of the culprit: the issuing state's finding
        ("The Grauwolf Group was behind the attack on the Danish rail network.", WHITE_HOUSE,
         {("United States", GROUP)}),
        ("The Grauwolf Group is responsible for the malicious cyber campaign against "
         "hospitals.", WHITE_HOUSE, {("United States", GROUP)}),
        # no wrong named; a prosecutor's release states a charge, not a finding
        ("Marlow Holdings was behind the new bridge over the river.", WHITE_HOUSE, set()),
        ("The Grauwolf Group was behind the attack on the Danish rail network.", JUSTICE,
         set()),
    ],
)  # fmt: skip
def test_a_culprit_stated_in_a_government_release(nlp, text: str, source: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text, source=source), "accuses") == wanted
