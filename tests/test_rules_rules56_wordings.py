"""Wordings the misses left in the opened blind sets showed (issue 14): each written as a short
release of our own, with negatives."""

from __future__ import annotations

import datetime as dt

from tests.isaf_probes import answer, read


def test_a_toll_told_again_past_the_policemens_toll_is_the_same_toll() -> None:
    # "killed three insurgents" in the lede, the police's own dead in the next paragraph, then
    # "three were killed" in the paragraph that tells the fight: three, not three and three
    body = ("Afghan and coalition forces killed three insurgents Tuesday after an attack on a "
            "police post in the Gelan district of Ghazni province.\n\nInsurgents fired on the "
            "post before dawn. One Afghan Uniformed Police officer was killed.\n\nA patrol "
            "followed the attackers to a wadi, where they opened fire; in the fight that "
            "followed, three were killed.")
    assert answer(body).killed == 3


def test_a_toll_told_again_past_an_insiders_victims_is_the_same_toll() -> None:
    body = ("Afghan and coalition forces killed two insurgents on Thursday in the Garmsir "
            "district of Helmand province.\n\nOn Monday, a rogue policeman shot dead four of his "
            "comrades at a checkpoint and fled.\n\nWhen the force approached a compound on "
            "Thursday, two armed men fired on it and were killed.")
    assert answer(body).killed == 2


def test_more_of_the_same_side_past_another_toll_still_adds() -> None:
    # negatives: told as more, or a different number, the later toll is more dead
    body = ("Afghan and coalition forces killed three insurgents Tuesday in the Gelan district "
            "of Ghazni province.\n\nOne Afghan Uniformed Police officer was killed.\n\nLater, "
            "a second patrol was attacked; three more insurgents were killed.")
    assert answer(body).killed == 6
    other = ("Afghan and coalition forces killed three insurgents Tuesday in the Gelan district "
             "of Ghazni province.\n\nOne Afghan Uniformed Police officer was killed.\n\nIn a "
             "separate operation in Gelan, two insurgents were killed.")
    assert answer(other).killed == 5


def test_the_insider_shot_dead_is_not_a_killing_recalled_from_a_month_gone_by() -> None:
    # the shooter the guards killed ("killed him") is the other side's dead; a paragraph that
    # opens "In January, ..." recalls another killing, not him again (nor a part of the lede's)
    body = ("Two ISAF service members were killed yesterday when a man in an Afghan Army uniform "
            "opened fire on them at a patrol base in the Nad Ali district of Helmand "
            "province.\n\nOther soldiers at the base returned fire and killed him.\n\nIn "
            "January, a soldier wearing an Afghan army uniform killed a British rifleman in "
            "Nad Ali district.")
    assert answer(body).killed == 1


def test_a_man_recalled_from_a_month_gone_by_is_not_counted() -> None:
    # negative: the recalled killing alone still counts nothing, and a man the story named
    # told again in a recalled paragraph stays one man
    body = ("Soldiers gathered for a ramp ceremony yesterday for a comrade killed on Sunday in "
            "the Zhari district of Kandahar province.\n\nIn January, a man wearing a police "
            "uniform killed a British rifleman at a patrol base.")
    assert answer(body).killed == 0


def test_a_memorials_dead_killed_last_week_leave_the_memorials_day() -> None:
    # the comrades a ceremony honours were "killed last week": the release is dated by the
    # memorial (its dateline's day here), not by the first day of last week
    dateline = "BAGRAM AIRFIELD, Afghanistan (Aug. 2, 2011) - "
    body = (dateline + "Hundreds of soldiers gathered at Bagram Airfield, Parwan province, this "
            "morning to honor three comrades who were killed last week in Kunar province.")
    assert read(body, dt.date(2011, 8, 2))[0].start_date == dt.date(2011, 8, 2)
    # negative: a toll told by the week with no memorial is dated by that week
    plain = dateline + "Three soldiers were killed last week in Kunar province."
    assert read(plain, dt.date(2011, 8, 2))[0].start_date == dt.date(2011, 7, 25)


def test_a_rejected_claim_of_a_strike_never_made_is_no_air_strike() -> None:
    # "rejected claims ... that a coalition air strike killed civilians" with "ISAF conducted no
    # air strike": only helicopters' support fire is the release's own
    body = ("ISAF today rejected claims by officials in Kunar province that a coalition air "
            "strike killed civilians in the Pech district on Monday.\n\nInsurgents attacked an "
            "outpost in the Pech valley Monday evening. A pair of helicopters engaged the "
            "insurgents' firing positions, killing four insurgents.\n\nISAF conducted no air "
            "strike in Pech on Monday.")
    assert answer(body).airstrike is False


def test_a_rejected_toll_of_a_strike_the_release_made_is_still_its_air_strike() -> None:
    # negative: the release rejects the civilian deaths, not the strike, which it tells
    body = ("ISAF rejects reports that a coalition air strike killed civilians in the Pech "
            "district of Kunar province on Monday.\n\nA coalition aircraft engaged four armed "
            "insurgents who were firing on a checkpoint. All four were killed. A review of the "
            "strike found no evidence that civilians were present.")
    assert answer(body).airstrike is True
