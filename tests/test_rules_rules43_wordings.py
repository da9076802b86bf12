"""Wordings whole releases written blind (rules43's probe batches: the 2009-2010 surge in
Kandahar and Zabul) showed the rules misread. Each probe is written anew in the releases' style,
with negatives that keep the rule from reaching past its wording."""

from __future__ import annotations

from tests.isaf_probes import answer


def test_a_running_total_since_a_named_operation_began_is_history() -> None:
    body = ("Since Operation Hamkari began in September, Afghan and ISAF forces have killed more "
            "than 150 insurgents in Kandahar province. Yesterday, a combined force killed two "
            "insurgents who fired on a patrol in Zhari district.")
    assert answer(body).killed == 2
    body = ("Afghan and coalition forces have killed 40 insurgents since Operation Moshtarak "
            "started, officials said. Today a patrol killed one insurgent in Marjah district, "
            "Helmand province.")
    assert answer(body).killed == 1


def test_a_named_operation_that_killed_insurgents_is_no_running_total() -> None:
    body = ("Afghan and coalition forces killed three insurgents during Operation Hamkari in "
            "Zhari district, Kandahar province, yesterday.")
    assert answer(body).killed == 3
