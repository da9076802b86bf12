"""Wordings the misses of the fresh open sets blind80-87 showed in lists, separate operations
and strikes recalled or named by their means (issue 14): each written as a short release of
our own, with negatives."""

from __future__ import annotations

from tests.isaf_probes import answer


# A name set off by commas after the role it names is that one man, a particle in his name
# ("al-", "ul-") or not: "a Taliban financier, Qari Yusuf al-Hamdani, and one other insurgent"
# is two men, not three.
def test_a_name_with_its_particle_set_off_after_a_role_is_that_man() -> None:
    body = ("A coalition air strike hit a motorcycle in Dangam district, Kunar province, "
            "yesterday, killing a Taliban financier, Qari Yusuf al-Hamdani, and one other "
            "insurgent.")
    assert answer(body).killed == 2


def test_a_name_without_a_particle_set_off_after_a_role_is_that_man() -> None:
    body = ("A coalition air strike hit a motorcycle in Dangam district, Kunar province, "
            "yesterday, killing a Taliban financier, Qari Yusuf Hamdani, and one other "
            "insurgent.")
    assert answer(body).killed == 2


def test_a_role_set_off_in_a_list_is_another_man() -> None:
    body = ("A coalition air strike hit a motorcycle in Dangam district, Kunar province, "
            "yesterday, killing an al-Qaeda facilitator, a bomb maker and one other insurgent.")
    assert answer(body).killed == 3
