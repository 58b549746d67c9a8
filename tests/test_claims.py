"""The claim stage on a blank English pipeline (sentencizer + our quantity component): what each
number counts, its kind, direction, place, period and speaker — without the trained model."""

import datetime as dt

import pytest
from conftest import PUBLISHED, one





def test_change_with_period_and_place(extract):
    c = one(extract("Thames Valley Police officer numbers fell by 29 in the last year."), "fell by 29")
    assert (c.kind, c.direction, c.metric, c.geography) == ("change", "down", "police_officers", "Thames Valley")
    assert c.as_of == "2021-02/2022-02" and c.checkable and c.speaker is None


def test_hedged_national_count_keeps_its_hedge(extract):
    c = one(extract("Over 11,000 additional officers have been recruited across England and Wales."), "Over 11,000 additional")
    assert c.hedge == "over" and c.bounds[0] == 11000 and c.bounds[1] is None
    assert (c.metric, c.geography, c.direction) == ("uplift_recruits", "England and Wales", "up")


def test_target_by_a_date(extract):
    c = one(extract("The Government pledged to recruit 20,000 additional officers by March 2023."), "20,000 additional")
    assert (c.kind, c.metric, c.as_of) == ("target", "uplift_target", "2023-03") and c.checkable


def test_share_is_linked_to_its_part(extract):
    claims = extract("Thames Valley has recruited 229 officers, which is over half of their allocation.")
    share, part = one(claims, "over half"), one(claims, "229")
    assert share.kind == "proportion" and share.hedge == "over"
    assert share.share_of == "uplift_target"  # allocations are uplift targets per force
    assert share.part == part.id


def test_percentage_and_money(extract):
    claims = extract("Women made up 49.8 per cent of recruits. The force spent £2.5m on recruitment.")
    assert one(claims, "49.8 per cent").kind == "percentage"
    money = one(claims, "£2.5m")
    assert (money.kind, money.metric, money.value) == ("money", "money_gbp", 2_500_000)


def test_rate_and_duration_are_not_counts(extract):
    claims = extract("The force needs to recruit 25 officers a month for the next 15 months.")
    rate = one(claims, "25 officers a month")
    assert (rate.kind, rate.unit) == ("rate", "officers_per_month") and not rate.checkable  # a projection
    duration = one(claims, "15 months")
    assert duration.kind == "other" and not duration.checkable and duration.reason == "a duration"


def test_quote_belongs_to_its_speaker_and_we_is_their_force(extract):
    text = ('Chief Constable John Campbell of Thames Valley Police said: "We now have 4,983 officers, '
            'more than ever before."\n\nThe Home Office said the figures were published in January.')
    c = one(extract(text), "4,983")
    assert c.speaker and "John Campbell" in c.speaker
    assert c.geography == "Thames Valley" and c.metric == "police_officers"


@pytest.mark.parametrize("text, surface, unit", [
    ("Kent has 275 officers per 100,000 people.", "275 officers per 100,000", "officers_per_100k_population"),
    ("There are 20 bobbies on the beat for every 100,000 residents.", "20 bobbies on the beat for every 100,000",
     "officers_per_100k_population"),
    ("There were 493 people for every police officer.", "493 people for every police officer", "people_per_officer"),
])
def test_rates_reach_over_the_noun_they_count(extract, text, surface, unit):
    c = one(extract(text), surface)
    assert (c.kind, c.unit) == ("rate", unit)


def test_a_year_ago_is_not_a_rate(extract):
    c = one(extract("The force had 4,000 officers a year ago."), "4,000")
    assert c.kind == "count"


def test_reported_speech_names_the_speaker(extract):
    c = one(extract("According to the Police Federation, 598 officers left the force last year."), "598")
    assert c.speaker == "Police Federation"


def test_force_named_earlier_is_carried_by_anaphora(extract):
    claims = extract("Kent Police published its figures today. The force now has 4,000 officers.")
    assert one(claims, "4,000").geography == "Kent"


def test_since_a_year_is_a_period_to_publication(extract):
    c = one(extract("Police officer numbers across England and Wales have risen by 8,000 since 2019."), "risen by 8,000")
    # the article names no statistics it rests on, so the period is counted in years
    assert c.as_of == "2019/2022" and c.direction == "up"
    c = one(extract("Home Office figures for September 2021 show officer numbers across England and Wales have "
                    "risen by 8,000 since 2019."), "risen by 8,000")
    # an article reporting September figures compares the official series, as at 31 March (metrics.yaml
    # series_month), from 2019 to them
    assert c.as_of == "2019-03/2021-09"


def test_past_years_are_counted_in_years_and_next_years_ahead(extract):
    c = one(extract("Kent has lost 655 police officers in the past eight years."), "lost 655")
    assert c.as_of == "2014/2022" and c.direction == "down"
    c = one(extract("The budget allocated a further £42.5m to counter-terrorism over the next two years."), "a further £42.5m")
    assert c.kind == "money" and c.as_of == "2022/2024"


def test_all_of_a_stock_is_a_count_though_its_fate_is_future(extract):
    c = one(extract("All 150 PCSOs in Norfolk will disappear."), "150")
    assert c.kind == "count" and c.metric == "pcsos" and c.direction == "down"


def test_undated_article_resolves_against_the_latest_date_it_mentions(extract):
    text = ("In March 2018 there were 2,597 officers in Avon and Somerset. "
            "Officer numbers fell by 70 in the last year. The force must recruit more by March 2020.")
    claims = extract(text, published=None)
    assert one(claims, "fell by 70").as_of == "2017-03/2018-03"


def test_a_year_alone_gives_a_year(extract):
    claims = extract("In 2010 the force had 4,500 officers. There are currently just under 3,500.", published=None)
    assert one(claims, "4,500").as_of == "2010"
    assert one(claims, "just under 3,500").as_of == "2010"  # the latest year the text gives


def test_labels_and_idioms_are_not_checkable(extract):
    claims = extract("See table 3 for details. One of the officers said it was one thing after another.")
    assert all(not c.checkable for c in claims)


def test_offsets_index_the_text(extract):
    text = "In Kent, officer numbers rose by 87 to 4,000 in the year to March 2021."
    for c in extract(text):
        assert text[c.start:c.end] == c.surface


@pytest.mark.parametrize("text, surface, direction", [
    ("The force had 1,324 officers - down from 1,426 a year earlier.", "1,324", "down"),
    ("Numbers rose from 1380 to 1460 in Dorset.", "1460", "up"),
    ("PCSO numbers have fallen dramatically by 27.8% since 2015.", "27.8%", "down"),
    ("A 19% decrease in officers.", "19%", "down"),
    ("Women were 49.8 per cent of new recruits, and numbers rose.", "49.8 per cent", "none"),  # a share, not a change
    ("The Government has withdrawn nearly £2 million of funding.", "nearly £2 million", "down"),
    ("Officer numbers reached an all-time high of 138,155.", "138,155", "up"),
])
def test_direction_of_levels_shares_and_money(extract, text, surface, direction):
    assert one(extract(text), surface).direction == direction


def test_the_place_named_before_the_number_wins(extract):
    claims = extract("Cleveland has seen a fall of 234 officers whilst Durham has seen a reduction of 142.")
    assert one(claims, "a fall of 234").geography == "Cleveland"
    assert one(claims, "a reduction of 142").geography == "Durham"


def test_an_article_about_one_force_gives_it_to_unplaced_figures(extract):
    text = ("Dyfed-Powys Police published its plan. Dyfed-Powys has 1135 officers. "
            "We also have 148 PCSOs in neighbourhood teams. The Government wants 20,000 more officers.")
    claims = extract(text)
    assert one(claims, "148").geography == "Dyfed-Powys"
    assert one(claims, "20,000 more").geography is None  # a pledge with no place stays unplaced


def test_officers_right_after_the_number_are_what_it_counts(extract):
    # "of" at the start of "officers" once stripped it to "ficers", and "people" won
    c = one(extract("The Government wanted an additional 20,000 officers serving people in the UK."),
            "an additional 20,000")
    assert (c.kind, c.metric) == ("target", "uplift_target") and c.checkable


def test_a_number_without_its_noun_counts_what_the_claim_before_counts(extract):
    claims = extract("Humberside Police had 153 special constables in March. It is a drop compared to 2011, when there were 336.")
    c = one(claims, "336")
    assert c.metric == "special_constables" and c.checkable


def test_a_programme_word_in_another_clause_does_not_make_a_target(extract):
    claims = extract("Hertfordshire has 2,415 officers, which is 34 higher than the original uplift target of 2,381.")
    level, target = one(claims, "2,415"), one(claims, "2,381")
    assert (level.kind, level.metric) == ("count", "police_officers") and level.checkable
    assert (target.kind, target.metric) == ("target", "uplift_target") and target.checkable


def test_a_forces_own_plan_is_a_local_target(extract):
    c = one(extract("We are on target to recruit 125 officers this year."), "125")
    assert c.kind == "target" and c.metric != "uplift_target" and not c.checkable


def test_a_target_due_by_the_programmes_end_is_the_programmes(extract):
    c = one(extract("It will see us recruit an additional 598 officers by March 2023."), "an additional 598")
    assert (c.kind, c.metric) == ("target", "uplift_target") and c.checkable


def test_ratio_of_one_to_n_is_a_rate(extract):
    claims = extract("The ratio at present is one PCSO to 10 warranted officers.")
    assert [c.surface for c in claims] == ["one PCSO to 10"]
    assert (claims[0].value, claims[0].kind, claims[0].unit) == (10, "rate", "officers_per_pcso")


def test_a_rates_denominator_is_not_a_claim_of_its_own(extract):
    claims = extract("Cumbria has 275 officers per 100,000 residents.")
    assert [c.value for c in claims] == [275] and claims[0].unit == "officers_per_100k_population"


def test_numbers_of_other_things_and_untracked_series_are_not_checkable(extract):
    claims = extract("There are three main themes. Crime is up 25 per cent. "
                     "It follows a £1 rise in the police precept.")
    themes, crime, precept = one(claims, "three"), one(claims, "up 25 per cent"), one(claims, "£1")
    assert themes.metric == "other" and not themes.checkable
    assert crime.metric == "recorded_crime" and not crime.checkable
    assert precept.metric == "precept" and not precept.checkable


def test_a_figure_named_again_counts_what_it_counted(extract):
    claims = extract("West Yorkshire has been allocated 256 officers. The 256 is 4.2 percent of the national total.")
    again, share = claims[1], one(claims, "4.2 percent")
    assert (again.value, again.metric, again.kind) == (256, "uplift_target", "target")
    assert share.metric == "uplift_target" and share.checkable


def test_idioms_have_no_quantity(extract):
    assert extract("It is only doing half the job.") == []


def test_from_to_levels_take_the_ends_of_the_period_and_the_trend(extract):
    claims = extract("Across England and Wales, specials have reduced by more than half over the past decade, "
                     "from 18,421 to 9,174.", published=dt.date(2021, 9, 9))
    start, end = one(claims, "18,421"), one(claims, "9,174")
    assert (start.kind, start.direction, start.as_of) == ("count", "none", "2011-09")
    assert (end.kind, end.direction, end.as_of) == ("count", "down", "2021-09")


def test_up_from_the_year_before(extract):
    claims = extract("Humberside Police had 153 special constables in March this year – up from 143 the year before.",
                     published=dt.date(2021, 9, 9))
    now, then = one(claims, "153"), one(claims, "143")
    assert (now.direction, now.as_of, now.metric) == ("up", "2021-03", "special_constables")
    assert (then.direction, then.as_of) == ("none", "2020-03")


def test_relative_periods_end_at_the_month_of_the_statistics_reported(extract):
    claims = extract("As of December 31 2021, 11,048 officers had been recruited. "
                     "Thames Valley's officer numbers fell by 29 in the last year.")
    assert one(claims, "fell by 29").as_of == "2020-12/2021-12"


def test_a_percentage_restating_a_change_shares_its_direction(extract):
    claims = extract("Officer numbers in Cleveland fell by 381 or 22.09 per cent.")
    assert one(claims, "22.09 per cent").direction == "down"
    assert one(claims, "22.09 per cent").geography == "Cleveland"


def test_a_participle_after_the_noun_makes_a_change(extract):
    c = one(extract("The government must replace 22,000 police staff jobs axed since 2010."), "22,000")
    assert (c.kind, c.direction) == ("change", "down")


def test_a_figure_beyond_any_force_is_national_and_so_is_its_sentence(extract):
    text = ("Dorset Police has 1,460 officers. Dorset Police is growing. "
            "Since the end of March the number of officers fell by 402 from 149,566 by September.")
    # the scale a reference store gives: the largest officer level and change any one force has had
    claims = extract(text, published=dt.date(2024, 1, 20), force_scale={"police_officers": (34542, 9437)})
    assert one(claims, "1,460").geography == "Dorset"
    assert one(claims, "149,566").geography == "England and Wales"
    assert one(claims, "fell by 402").geography == "England and Wales"


def test_comparing_with_the_nation_does_not_place_a_figure_there(extract):
    claims = extract("Cleveland Police lost officers. Cleveland Police says so. "
                     "Officers in the force area fell by 381 - the highest drop in the country.")
    assert one(claims, "fell by 381").geography == "Cleveland"
    claims = extract("West Yorkshire has 493 residents per officer, above the national average of 467.")
    assert one(claims, "493 residents per officer").geography == "West Yorkshire"
    assert one(claims, "467").geography == "England and Wales"


def test_the_whole_of_x_of_the_n_is_the_target(extract):
    claims = extract("By the end of December 2021, forces had recruited 11,048 of the 20,000 additional police officers.")
    assert one(claims, "20,000 additional").kind == "target"
    assert one(claims, "20,000 additional").metric == "uplift_target"


def test_men_and_women_are_everyone(extract):
    c = one(extract("Officer numbers in Cleveland declined by 102 as police men and women retired."), "declined by 102")
    assert c.metric == "police_officers"


def test_he_said_is_the_person_last_named_as_speaking(extract):
    text = ("Ché Donald, of the Police Federation, said: \"We have lost 21,300 officers.\"\n\n"
            "Commissioner Sue Mountstevens said recruitment had restarted.\n\n"
            "\"The constabulary is recruiting up to 300 officers this year,\" she said.\n\n"
            "\"We have made £80m of savings and there are 655 fewer police officers.\"")
    claims = extract(text)
    assert one(claims, "lost 21,300").speaker == "Ché Donald, of the Police Federation"
    assert one(claims, "655 fewer").speaker == "Commissioner Sue Mountstevens"


def test_a_statistics_publisher_is_a_source_not_a_speaker(extract):
    c = one(extract("Figures released this week by the Office for National Statistics show 11,053 new officers."), "11,053 new")
    assert c.speaker is None


def test_a_date_attached_to_a_number_dates_it(extract):
    claims = extract("Since 2009-19, the average has been 1145 - it stood at 1186 in 2009-10. "
                     "Specials peaked at 20,343 in 2012.", published=dt.date(2019, 7, 1))
    assert one(claims, "1186").as_of == "2009-04/2010-03"
    assert one(claims, "20,343").as_of == "2012"


def test_between_two_dates_is_the_period_and_from_to_its_ends(extract):
    claims = extract("Between September 2022 and September 2023, the number of police officers in Dorset rose "
                     "from 1380 to 1460.", published=dt.date(2024, 1, 20))
    assert (one(claims, "1380").as_of, one(claims, "1460").as_of) == ("2022-09", "2023-09")


def test_numbers_tied_to_a_change_share_its_period(extract):
    claims = extract("Since the end of March the number of officers in Kent fell by 402 from 3,966 by September. "
                     "Kent has lost 210 officers since 2015 – that’s a drop of 5%.", published=dt.date(2023, 12, 1))
    assert one(claims, "fell by 402").as_of == "2023-03/2023-09"
    assert one(claims, "3,966").as_of == "2023-03" and one(claims, "3,966").kind == "count"
    assert one(claims, "a drop of 5%").as_of == one(claims, "lost 210").as_of


def test_a_change_before_a_from_to_pair_spans_it_and_the_same_period_carries_on(extract):
    claims = extract("PCSO numbers in Kent have nearly halved, from 400 in March 2010 to 210 in March 2019. "
                     "Police staff jobs too have fallen by more than 10% over the same period, from 1,900 to 1,700.")
    assert one(claims, "halved").as_of == "2010-03/2019-03"
    assert one(claims, "1,900").as_of == "2010-03" and one(claims, "1,700").as_of == "2019-03"


def test_direction_words_around_a_number(extract):
    claims = extract("In March there were 2,319 officers in Kent, down 130 from 2017. "
                     "The same is seen up and down the country, with PCSO numbers falling by an average of 33% since 2015. "
                     "Kent must replace 2,000 police community support officer (PCSO) and other police staff jobs axed since 2010. "
                     "At the end of March 2023 there were 1441 officers in Kent, meaning 19 had been recruited by September.")
    assert (one(claims, "down 130").kind, one(claims, "down 130").direction) == ("change", "down")
    assert one(claims, "falling by an average of 33%").direction == "down"
    assert one(claims, "2,000").direction == "down"
    assert one(claims, "19").direction == "up" and one(claims, "1441").direction == "none"


def test_then_and_now(extract):
    claims = extract("There were 1859 officers and staff in Kent when I took over and there are 1930 now.")
    assert one(claims, "1859").direction == "none" and one(claims, "1930").direction == "up"


def test_the_same_period_within_a_sentence_is_its_own(extract):
    claims = extract("Kent's staff fell by 200 between 2010 and 2017. Its leaving rate rose from 4.7 per cent "
                     "to 8 per cent between 2012 and 2017, against 1.6 per cent nationally over the same period.")
    assert one(claims, "8 per cent").as_of == "2017"


def test_a_baseline_is_dated_by_definition_and_what_a_level_is_compared_with_is_not_its_metric(extract):
    claims = extract("The target was set against a baseline of 128,433 officers, meaning the latest head count "
                     "figure of 149,164 still represents an increase on the baseline.")
    base, level = one(claims, "128,433"), one(claims, "149,164")
    assert (base.metric, base.as_of) == ("uplift_baseline", "2019-03")
    assert level.metric == "police_officers" and level.as_of != "2019-03"
    gap = one(extract("The force has 2,415 officers, which is 34 higher than the uplift target of 2,381."), "34 higher")
    assert gap.metric == "uplift_target"


def test_a_change_knows_the_levels_it_ran_between_and_months_to_a_date(extract):
    claims = extract("Officer numbers in England and Wales fell by 402 from 149,566 to 149,164 in the six months "
                     "to September 2023.", published=dt.date(2024, 1, 30))
    change, start, end = one(claims, "fell by 402"), one(claims, "149,566"), one(claims, "149,164")
    assert (change.from_level, change.to_level) == (start.id, end.id)
    assert (change.as_of, start.as_of, end.as_of) == ("2023-03/2023-09", "2023-03", "2023-09")


def test_a_level_up_from_another_counts_the_same_thing_and_nouns_are_whole(extract):
    claims = extract("Home Office data shows Humberside Police had 153 special constables in March this year – up "
                     "from 143 the year before. However, it represents a stark (54%) drop compared to 2011, when "
                     "there were 336.", published=dt.date(2021, 9, 9))
    assert {c.surface: c.metric for c in claims} == {"153": "special_constables", "143": "special_constables",
                                                     "54%": "special_constables", "336": "special_constables"}


def test_a_change_in_a_noun_counts_that_noun(extract):
    c = one(extract("A fall in the number of specials over the decade came alongside a 5% increase in full-time "
                    "police officers."), "5%")
    assert (c.metric, c.measure, c.direction) == ("police_officers", "fte", "up")


def test_a_change_measured_from_a_date_and_a_transfer_is_a_change(extract):
    claims = extract("In March, there were the equivalent of 2,597 full-time officers in Avon and Somerset – a drop of "
                     "70 on March 2017. In March this year 2,319 officers were available, down 130 from 2017.",
                     published=dt.date(2018, 4, 20))
    assert one(claims, "a drop of 70").as_of == "2017-03/2018-03"
    assert one(claims, "down 130").as_of == "2017-03/2018-03"
    moved = one(extract("The fall was due to about 500 staff being transferred to a partner company in 2010."), "about 500")
    assert (moved.kind, moved.metric) == ("change", "police_staff")


def test_a_restated_change_shares_the_levels_it_ran_between(extract):
    claims = extract("The number of police officers in Cleveland fell by 381 or 22.09 per cent - from 1,724 in March "
                     "2010 to 1,343 in September 2014.", published=dt.date(2015, 1, 20))
    start, end = one(claims, "1,724"), one(claims, "1,343")
    for surface in ("fell by 381", "22.09 per cent"):
        c = one(claims, surface)
        assert (c.from_level, c.to_level, c.as_of) == (start.id, end.id, "2010-03/2014-09")


def test_the_first_noun_after_a_number_is_what_it_counts(extract):
    c = one(extract("Nine forces saw officer numbers fall in the year to March 2018.", published=dt.date(2018, 8, 1)), "Nine")
    assert (c.metric, c.as_of) == ("police_forces", "2017-03/2018-03")


def test_a_relative_clause_speaks_of_the_clause_before_and_full_time_of_its_own_number(extract):
    record = one(extract("We have to look at the numbers of police officers that are retiring or resigning, which is at "
                         "an all-time high."), "an all-time high")
    assert record.metric == "police_officer_leavers"
    claims = extract("Officer numbers saw a 5% increase in full-time police officers, helped by a recruitment campaign "
                     "for 20,000 more officers nationally by 2023.")
    assert one(claims, "5%").measure == "fte" and one(claims, "20,000 more").measure is None


def test_a_title_before_a_name_attributes_and_the_area_places(extract):
    text = ("Avon and Somerset Police and Crime Commissioner, Sue Mountstevens, said recruitment had restarted.\n\n"
            "\"The constabulary is now recruiting this year,\" she said.\n\n"
            "\"We have made savings and this means there are 655 fewer police officers.")
    c = one(extract(text, published=dt.date(2018, 4, 20)), "655 fewer")
    assert c.speaker == "Avon and Somerset Police and Crime Commissioner, Sue Mountstevens"
    assert c.geography == "Avon & Somerset"
    claims = extract("Humberside Police had 153 special constables in March. A fall in the number of specials within the "
                     "area came alongside a 5% increase in full-time police officers, helped by a campaign for 20,000 "
                     "more officers nationally.", published=dt.date(2021, 9, 9))
    assert one(claims, "5%").geography == "Humberside"
    assert one(claims, "20,000 more").geography in ("England and Wales", None)


def test_numbers_after_a_named_rate_are_that_rate(extract):
    claims = extract("Since 2006, the number of citizens per officer has risen from 379 to 493, which is above the "
                     "national average of 467.", published=dt.date(2016, 5, 1))
    assert {c.surface: (c.kind, c.unit) for c in claims} == {s: ("rate", "people_per_officer") for s in ("379", "493", "467")}


def test_a_target_larger_than_any_forces_is_not_the_forces(extract):
    claims = extract("Thames Valley Police says 600 new officers could be added to the force as part of the 20,000 "
                     "officers the Prime Minister announced.", published=dt.date(2019, 9, 5),
                     force_scale={"uplift_target": (4557.0, 0.0)})  # the Met's allocation is the largest
    assert one(claims, "20,000").geography is None


def test_an_event_dated_once_dates_the_numbers_that_name_it_again(extract):
    c = one(extract("Kent Police has hired an extra 532 officers since the recruitment campaign launched in 2019."),
            "an extra 532")
    assert c.as_of == "2019/2022"  # from the event's year (known to the year) to publication
    claims = extract("The commissioner said there were more staff now than when he took over as Commissioner in 2016. "
                     "He said: “There were 1,859 officers and staff when I took over and there are 1,930 now.”")
    assert one(claims, "1,859").as_of == "2016"
    assert one(claims, "1,930").as_of != "2016"  # "now" is not the event


def test_a_share_restating_a_figure_has_its_date(extract):
    claims = extract("By the end of September 2021, Kent had recruited 301 officers, which is over half of its allocation.")
    assert one(claims, "over half").as_of == one(claims, "301").as_of == "2021-09"


def test_data_over_past_years_is_the_statistics_period(extract):
    published = dt.date(2023, 5, 10)
    claims = extract("Home Office figures for March 2023 were published. Kent Police data shows that over the past "
                     "three years 700 new officers were recruited. Kent Police data shows that over the past three "
                     "years officer numbers rose by 300.", published=published)
    assert one(claims, "700 new").as_of == "2020-04/2023-03"  # recruits: April 2020 to March 2023
    assert one(claims, "rose by 300").as_of == "2020-03/2023-03"  # a level's change: March to March


def test_a_speakers_recent_period_runs_to_the_day_they_spoke(extract):
    claims = extract("Figures for December 2021 show Kent officer numbers fell by 29 in the last year. The chief "
                     "constable said: “In the past twelve months 14 per cent of our new officers came from ethnic "
                     "minority backgrounds.”")
    assert one(claims, "fell by 29").as_of == "2020-12/2021-12"  # the statistics the article reports
    assert one(claims, "14 per cent").as_of == "2021-02/2022-02"  # to publication, 2 Feb 2022
