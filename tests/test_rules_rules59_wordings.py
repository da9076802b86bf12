"""Wordings the fresh blind sets blind46 and blind48 (``evals/isaf_blind/``) showed the rules
misread (issue 14). Each probe is written anew in the releases' style, not copied from those
sets, with negatives against the false positives a looser rule would make."""

from __future__ import annotations

from tests.isaf_probes import answer, read


def test_attacks_a_target_directed_or_ordered_are_who_he_was_not_the_strike() -> None:
    for verb in ("directed", "ordered", "commanded", "led"):
        got = answer(f"A Taliban commander who {verb} mortar attacks on Combat Outpost Monti "
                     "was killed with three of his fighters yesterday when coalition aircraft "
                     "struck their pickup truck in Asadabad district, Kunar province.")
        assert got.airstrike and got.killed == 4, verb
    # negatives: a shelling the release reports stays one (no aircraft), and a leader who
    # directed attacks and was detained is no strike at all
    assert not answer("Afghan artillery fired rockets at an insurgent position in Asadabad "
                      "district, Kunar province, yesterday, killing two insurgents.").airstrike
    assert not answer("A Taliban commander who directed rocket attacks on Combat Outpost Monti "
                      "was detained yesterday in Asadabad district, Kunar province.").airstrike


def test_a_strike_from_an_unmanned_aircraft_or_from_coalition_aircraft_is_an_air_strike() -> None:
    for body in (
            "A Haqqani facilitator was killed yesterday in Sabari district, Khost province, by a "
            "strike from a coalition unmanned aircraft.",
            "Two insurgents planting a roadside bomb in Nad-e Ali district, Helmand province, "
            "were killed Sunday by a precision strike from coalition aircraft.",
            "A coalition unmanned aircraft struck two insurgents carrying rockets in Sabari "
            "district, Khost province, yesterday, killing both."):
        got = answer(body)
        assert got.airstrike and got.killed >= 1, body
    # negatives: an unmanned aircraft that only watched, a strike from a rocket system, and a
    # strike from the target's own men
    for body in (
            "A coalition unmanned aircraft watched the compound in Sabari district, Khost "
            "province, yesterday before the security force detained two suspected insurgents.",
            "Two insurgents were killed yesterday in Sangin district, Helmand province, by a "
            "strike from a High Mobility Artillery Rocket System.",
            "A rocket attack from insurgent positions struck a patrol base in Sabari district, "
            "Khost province, yesterday."):
        assert not answer(body).airstrike, body


def test_no_aircraft_dropped_munitions_quoted_for_the_day_of_support_fire_is_no_strike() -> None:
    for craft in ("fixed-wing aircraft", "coalition aircraft", "aircraft", "coalition jets"):
        body = ("Insurgent claims that a coalition air strike killed ten civilians in Nad-e Ali "
                f"district, Helmand province, on Sunday are false. No {craft} dropped any "
                "munitions in the district on Sunday. A coalition air weapons team did engage "
                "three insurgents that evening after they fired on an Afghan patrol, killing "
                "all three.")
        got = answer(body)
        assert not got.airstrike and got.killed == 3, craft
    # negatives: aircraft that did drop munitions that day are a strike proper beside the team
    got = answer("A coalition air weapons team engaged three insurgents in Nad-e Ali district, "
                 "Helmand province, on Sunday after they fired on an Afghan patrol. Coalition "
                 "aircraft dropped two guided bombs on their compound that evening, killing all "
                 "three.")
    assert got.airstrike


def test_a_claim_told_by_where_it_was_posted_and_called_false_is_no_strike() -> None:
    for medium in ("posted on a Taliban website", "published in a local newspaper",
                   "made on social media", "broadcast on Pakistani radio"):
        body = (f"Claims {medium} that a coalition air strike killed nine civilians in Chora "
                "district, Uruzgan province, on Sunday are false, ISAF officials said today. "
                "A coalition patrol in the district detained two suspected insurgents that "
                "afternoon.")
        got = answer(body)
        assert not got.airstrike and got.killed == 0, medium
    # negatives: a report so posted that the release does not call false, and a strike the
    # release tells in its own words beside a posted claim it refutes
    assert answer("Reports posted on a Taliban website say a coalition air strike killed two "
                  "insurgents in Chora district, Uruzgan province, on Sunday. ISAF confirmed "
                  "the strike today.").airstrike
    assert answer("Claims posted on a Taliban website that civilians were killed in Chora "
                  "district, Uruzgan province, on Sunday are false. A coalition air strike "
                  "killed two insurgents who were planting a bomb there that day.").airstrike


def test_the_and_of_a_relative_clauses_object_named_with_an_initialism_is_not_the_subject() -> None:
    for obj in ("a foot patrol of U.S. Marines and Afghan soldiers",
                "a convoy of U.S. soldiers and Afghan police",
                "U.S. Marines and Afghan soldiers"):
        got = answer(f"Four insurgents who attacked {obj} in the upper Sangin valley, Helmand "
                     "province, were killed yesterday when the patrol returned fire.")
        assert got.killed == 4, obj
    # negatives: two subjects joined are both the dead, and the releasing side's dead stay its
    # own
    assert answer("Two U.S. Marines and an Afghan soldier were killed yesterday when insurgents "
                  "attacked their patrol in Sangin district, Helmand province.").killed == 0
    assert answer("Insurgents attacked a foot patrol of U.S. Marines and Afghan soldiers in "
                  "Sangin district, Helmand province, yesterday, killing two Afghan "
                  "soldiers.").killed == 0


def test_a_day_of_the_attack_a_target_planned_dates_the_attack_not_his_death() -> None:
    for day in ("last month's", "last week's", "Sunday's", "the May 2"):
        got = answer(f"An Afghan and coalition security force killed the Taliban leader who "
                     f"planned {day} suicide attack on a police checkpoint, in an operation in "
                     "Maiwand district, Kandahar province, today. One other insurgent was also "
                     "killed when he fired on the force.")
        assert got.killed == 2, day
    # negatives: a day-possessive attack that is the release's own report dates it, and a
    # leader blamed for an attack is dated by his own operation
    got = answer("Two insurgents were killed in Sunday's attack on a patrol base in Maiwand "
                 "district, Kandahar province.")
    assert got.killed == 2 and str(got.start_date) == "2011-06-12"
    got = answer("The security force detained the Taliban leader who planned last month's "
                 "attack on a police checkpoint in Maiwand district, Kandahar province, "
                 "yesterday.")
    assert str(got.start_date) == "2011-06-13"


def test_reports_that_link_the_target_to_an_attack_tell_his_blame_not_a_toll() -> None:
    for verb in ("link", "links", "connect", "tie"):
        got = answer("A joint force detained a Taliban bomb maker in Nad-e Ali district, "
                     f"Helmand province, yesterday. Intelligence reports {verb} the man to the "
                     "April car bomb attack on a police post in Lashkar Gah that killed three "
                     "civilians and a policeman.")
        assert got.killed == 0, verb
    # negative: a toll the release reports of its own operation still counts
    got = answer("A joint force killed three insurgents in Nad-e Ali district, Helmand "
                 "province, yesterday. Intelligence reports link the men to a network of "
                 "bomb makers in Lashkar Gah.")
    assert got.killed == 3


def test_his_companion_is_a_person_and_the_detail_restates_the_lede() -> None:
    for who in ("him and his armed companion", "him and his companion",
                "the commander and his two companions", "him and a companion"):
        body = ("An Afghan and coalition security force killed a Taliban commander and {n} "
                "Saturday in Musa Qal'ah district, Helmand province. The force was fired on as "
                f"it approached the commander's compound and returned fire, killing {who}.")
        n = "two of his fighters" if "two" in who else "one other insurgent"
        assert answer(body.format(n=n)).killed == (3 if "two" in who else 2), who
    # negative: companions told unhurt are no dead, and a companion alone is counted once
    assert answer("An Afghan and coalition security force killed a Taliban commander Saturday "
                  "in Musa Qal'ah district, Helmand province. His companion was "
                  "detained.").killed == 1
    assert answer("A coalition patrol killed an armed insurgent and his companion Saturday in "
                  "Musa Qal'ah district, Helmand province.").killed == 2


def test_a_day_counted_back_in_a_pluperfect_clause_is_background_not_the_strike() -> None:
    lede = ("In Zharay district, Kandahar province, yesterday, a joint patrol came under fire "
            "from a compound. ")
    for middle in (
            "After confirming that the families who lived there had left the day before, the "
            "patrol called in an air strike on the compound.",
            "Once it was clear the owners had moved out two days earlier, the patrol called in "
            "an air strike on the compound.",
            "The patrol, which had arrived in the village the previous evening, called in an "
            "air strike on the compound."):
        got = answer(lede + middle + " Four insurgents were killed.")
        assert got.airstrike and str(got.start_date) == "2011-06-13", middle
    # negatives: a day counted back in the telling's own clause dates the strike
    got = answer("A patrol came under fire in Zharay district, Kandahar province, yesterday. The "
                 "day before, coalition aircraft struck a compound in the district, killing "
                 "four insurgents.")
    assert str(got.start_date) == "2011-06-12"


def test_a_memorials_one_dead_told_by_a_possessive_or_an_apposition_dates_the_release() -> None:
    dateline = "KANDAHAR AIRFIELD, Afghanistan (Sept. 18, 2010) - "
    for who in ("their Afghan interpreter, a civilian working with ISAF,",
                "their Afghan interpreter,", "an Afghan interpreter, a civilian working with ISAF,",
                "their interpreter"):
        got = read(dateline + "Soldiers of the 101st Airborne Division gathered at a forward "
                   f"operating base in Zharey district on Friday to honour {who} who was killed "
                   "Thursday when insurgents fired on the patrol he was walking with.", None)[0]
        assert got.killed == 0 and str(got.start_date) == "2010-09-16", who
    # negatives: a memorial for their fallen (a plural, uncounted) is dated by the ceremony, and
    # a death before the week is history, dated so too
    got = read(dateline + "Soldiers gathered in Zharey district on Friday to honour their "
               "fallen comrades, who were killed in the fighting this summer.", None)[0]
    assert str(got.start_date) == "2010-09-17"
    got = read(dateline + "Soldiers gathered in Zharey district on Friday to honour their "
               "interpreter, who was killed Aug. 30 when insurgents fired on his patrol.",
               None)[0]
    assert got.killed == 0 and str(got.start_date) == "2010-09-17"


def test_here_points_to_the_datelines_place_when_no_other_place_is_named() -> None:
    for dateline, province in (("MUSA QAL'AH, Afghanistan (Oct. 30, 2010) -- ", "helmand"),
                               ("LASHKAR GAH, Afghanistan (Oct. 30, 2010) -- ", "helmand"),
                               ("TARIN KOT, Afghanistan (Oct. 30, 2010) -- ", "uruzgan")):
        got = read(dateline + "Two insurgents preparing to fire rockets at the district center "
                   "here were killed this morning by British soldiers.", None)[0]
        assert got.provinces == {province}, dateline
    # negatives: the dateline alone still names no place of the operation, and a place the
    # body names wins over "here"
    got = read("KANDAHAR AIRFIELD, Afghanistan (Oct. 30, 2010) -- Two insurgents were killed "
               "this morning by British soldiers.", None)[0]
    assert got.provinces == set()
    got = read("LASHKAR GAH, Afghanistan (Oct. 30, 2010) -- Officials here said two insurgents "
               "were killed this morning in Khakrez district, Kandahar province.", None)[0]
    assert got.provinces == {"kandahar"}


def test_a_district_named_alone_wins_over_a_province_named_as_a_mans_origin() -> None:
    for lead in ("A Taliban leader from Helmand province who had moved east to organise "
                 "fighters in Arghandab district",
                 "A Helmand Taliban leader who had moved east to organise fighters in Arghandab "
                 "district"):
        got = answer(f"{lead} was detained Monday by an Afghan and coalition security force.")
        assert got.provinces == {"kandahar"}, lead
    # negatives: the origin counts when nothing else is named, and a province named as the
    # operation's place is kept
    assert answer("A Taliban leader from Helmand province was detained Monday by an Afghan and "
                  "coalition security force.").provinces == {"helmand"}
    assert answer("A Taliban leader was detained Monday in Garmsir district, Helmand province, "
                  "by an Afghan and coalition security force.").provinces == {"helmand"}


def test_the_toll_of_an_attack_a_target_planned_keeps_the_attacks_day() -> None:
    # the attack's own toll, told in its relative clause, is dated by the attack's day
    claims = read("KABUL, Afghanistan (Sept. 17, 2012) - Afghan and coalition forces today "
                  "confirmed the death of the Taliban insurgent behind the May 11 insider attack "
                  "that killed two coalition service members.", None)[1]
    tolls = [c for c in claims if c.count.min == 2]
    assert tolls and str(tolls[0].date.earliest) == "2012-05-11"


def test_a_report_told_by_its_publisher_or_its_medium_and_called_false_is_no_strike() -> None:
    for report in ("Allegations published by a local news agency",
                   "Claims posted by a Taliban spokesman", "Reports on Taliban websites",
                   "Claims on a local radio station", "Reports in a Kabul newspaper"):
        body = (f"{report} that coalition aircraft bombed a house in Tagab district, Kapisa "
                "province, on Sunday are untrue. No coalition aircraft released weapons in "
                "Kapisa province that day.")
        assert not answer(body).airstrike, report
    # negative: a strike the release tells after a report it calls false of the toll only
    assert answer("Reports on Taliban websites that civilians died in Tagab district, Kapisa "
                  "province, on Sunday are untrue. Coalition aircraft struck two insurgents "
                  "planting a bomb there that day, killing both.").airstrike


def test_a_memorials_one_dead_set_off_by_who_he_was_is_not_read_as_a_name() -> None:
    dateline = "CAMP BASTION, Afghanistan (April 19, 2011) - "
    for who in ("their company sergeant, a father of two,", "their interpreter, a veteran of "
                "four tours,"):
        got = read(dateline + f"Soldiers gathered Tuesday to remember {who} who was killed "
                   "Sunday by a roadside bomb in Nad-e Ali district, Helmand province.", None)[0]
        assert got.killed == 0 and str(got.start_date) == "2011-04-17", who
    # negative: a name set off first still leads ("to remember Ahmad Shah Noori, a civilian
    # interpreter working with ISAF, who was killed Sunday")
    got = read(dateline + "Soldiers gathered Tuesday to remember Ahmad Shah Noori, a civilian "
               "interpreter working with ISAF, who was killed Sunday by a roadside bomb in "
               "Nad-e Ali district, Helmand province.", None)[0]
    assert str(got.start_date) == "2011-04-17"
