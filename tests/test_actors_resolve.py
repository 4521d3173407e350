"""find_actor_mentions: names, aliases, metonyms, titles, descriptions and new people resolve to the
actor an analyst would name."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer

DCT = date(2025, 10, 21)

# Excerpts of the seed article (EL PAÍS, 2025-10-21), kept here so tests never read ../shared.
SEED = (
    "The White House announced Tuesday that, following a conversation between U.S. Secretary of State "
    "Marco Rubio and his Russian counterpart, Sergey Lavrov, “there are no plans” for a summit in "
    "Budapest in the coming weeks.\n"
    "The announcement comes just four days after U.S. President Donald Trump had, with much fanfare, "
    "revealed plans for a second meeting with the Kremlin leader within two months. The proposed meeting "
    "in the Hungarian capital had been agreed upon during a phone call between the two leaders on Thursday, "
    "a day before Trump met at the White House with Ukrainian President Volodymyr Zelenskiy, whom he "
    "reportedly pressured to cede the eastern Donbas region to Russia, according to the Financial Times.\n"
    "Before the cancellation was announced, Trump was continuing to pressure Kyiv to cede Russian-occupied "
    "territory in exchange for a ceasefire, while the European Union and Ukraine called in an open letter "
    "for an unconditional cessation of hostilities. Moscow, however, opposes such a measure.\n"
    "Even before the White House announcement, Kremlin officials had hinted at the possibility the summit "
    "might not happen. “We cannot postpone what has not been agreed upon,” Deputy Foreign Minister Sergey "
    "Ryabkov said regarding reports of a postponement.\n"
    "European leaders and Zelenskiy have urged Trump that Ukraine must not cede territory before "
    "negotiating peace. Lavrov, however, emphasized that no ceasefire is on the Kremlin’s agenda. “Calls "
    "for an immediate ceasefire contradict the agreements reached by Putin and Trump in Alaska,” the "
    "Russian foreign minister stressed, noting that Kyiv could rearm during any pause in fighting.\n"
    "The diplomat insists that Moscow wants to address what it calls the “root causes of the conflict.”\n"
    "Meanwhile, The Washington Post reported that Putin offered Trump a partial concession. Lavrov said, "
    "expressing surprise at CNN’s scoop.\n"
    "Putin’s spokesperson, Dmitry Peskov, refused to disclose Russia’s demands. “This is still quite a "
    "discreet process,” the official said. Ryabkov added nothing."
)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _find(mentions, text):
    """The mention whose text is ``text`` (the first one)."""
    for m in mentions:
        if m.text == text:
            return m
    raise AssertionError(f"no mention {text!r} in {[m.text for m in mentions]}")


def _resolved(mentions):
    return [(m.text, m.actor.name) for m in mentions]


@pytest.fixture(scope="module")
def seed(gazetteer):
    return find_actor_mentions(SEED, gazetteer, dct=DCT)


@pytest.mark.parametrize(
    ("text", "actor", "via"),
    [
        ("White House", "United States", "metonym"),
        ("U.S. Secretary of State Marco Rubio", "Marco Rubio", "title"),
        ("his Russian counterpart", "Sergey Lavrov", "description"),
        ("Sergey Lavrov", "Sergey Lavrov", "name"),
        ("Budapest", "Hungary", "metonym"),
        ("U.S. President Donald Trump", "Donald Trump", "title"),
        ("the Kremlin leader", "Vladimir Putin", "description"),
        ("Hungarian", "Hungary", "adjective"),
        ("Ukrainian President Volodymyr Zelenskiy", "Volodymyr Zelensky", "title"),
        ("Kyiv", "Ukraine", "metonym"),
        ("Russian", "Russia", "adjective"),
        ("European Union", "European Union", "name"),
        ("Moscow", "Russia", "metonym"),
        ("Kremlin", "Russia", "metonym"),
        ("Zelenskiy", "Volodymyr Zelensky", "alias"),
        ("the Russian foreign minister", "Sergey Lavrov", "description"),
        ("The diplomat", "Sergey Lavrov", "description"),
        ("Putin’s spokesperson", "Dmitry Peskov", "description"),
        ("Dmitry Peskov", "Dmitry Peskov", "name"),
        ("the official", "Dmitry Peskov", "description"),
    ],
)
def test_resolve_seed_mentions(seed, text, actor, via):
    mention = _find(seed, text)
    assert (mention.actor.name, mention.via) == (actor, via)
    assert SEED[mention.start:mention.end] == text


def test_resolve_seed_new_person_with_title(seed):
    ryabkov = _find(seed, "Deputy Foreign Minister Sergey Ryabkov").actor
    assert (ryabkov.name, ryabkov.kind, ryabkov.role, ryabkov.source) == (
        "Sergey Ryabkov", "person", "Deputy Foreign Minister", "document")
    later = _find(seed, "Ryabkov")
    assert (later.actor, later.via) == (ryabkov, "surname")


@pytest.mark.parametrize("outlet", ["Financial Times", "The Washington Post", "CNN"])
def test_resolve_media_are_not_states(seed, outlet):
    mention = _find(seed, outlet)
    assert (mention.actor.kind, mention.actor.role) == ("organization", "media")


def test_resolve_washington_post_does_not_yield_washington(seed):
    post = _find(seed, "The Washington Post")
    inside = [m for m in seed if post.start <= m.start < post.end and m is not post]
    assert inside == []
    assert not any(m.text == "Washington" for m in seed)


def test_resolve_mentions_sorted_non_overlapping(seed):
    for a, b in zip(seed, seed[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize("spelling", ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy"])
def test_resolve_spelling_variants_one_person(gazetteer, spelling):
    (mention,) = find_actor_mentions(f"{spelling} said on Monday.", gazetteer, dct=DCT)
    assert mention.actor.id == "volodymyr-zelensky"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Middle East
        ("Israeli Prime Minister Benjamin Netanyahu met Egyptian Foreign Minister Badr Abdelatty in Cairo.",
         [("Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"),
          ("Egyptian Foreign Minister Badr Abdelatty", "Badr Abdelatty"), ("Cairo", "Egypt")]),
        ("Hamas and Hezbollah welcomed the statement by Qatar, while Tehran stayed silent.",
         [("Hamas", "Hamas"), ("Hezbollah", "Hezbollah"), ("Qatar", "Qatar"), ("Tehran", "Iran")]),
        ("Iran's foreign minister said the talks in Muscat were useful.",
         [("Iran's foreign minister", "Iran"), ("Muscat", "Oman")]),
        # Africa
        ("Congolese President Felix Tshisekedi and his Rwandan counterpart signed the accord in Washington.",
         [("Congolese President Felix Tshisekedi", "Félix Tshisekedi"),
          ("his Rwandan counterpart", "Rwanda"), ("Washington", "United States")]),
        ("The African Union urged the RSF and the Sudanese army to stop fighting around El Fasher.",
         [("African Union", "African Union"), ("RSF", "Rapid Support Forces"), ("Sudanese", "Sudan")]),
        # Asia
        ("Chinese Foreign Minister Wang Yi told his Indian counterpart that Beijing wants calm.",
         [("Chinese Foreign Minister Wang Yi", "Wang Yi"),
          ("his Indian counterpart", "India"), ("Beijing", "China")]),
        ("Pyongyang fired a missile as Seoul and Tokyo consulted the UN Security Council.",
         [("Pyongyang", "North Korea"), ("Seoul", "South Korea"), ("Tokyo", "Japan"),
          ("UN Security Council", "UN Security Council")]),
        # Europe and organizations
        ("NATO Secretary General Mark Rutte said the alliance would meet in Brussels, and the EU agreed.",
         [("NATO Secretary General Mark Rutte", "Mark Rutte"), ("Brussels", "European Union"),
          ("EU", "European Union")]),
        ("Police in Brussels arrested two men, Belgian prosecutors said.",
         [("Brussels", "Belgium"), ("Belgian", "Belgium")]),
        ("Downing Street and the Elysee said Sir Keir Starmer would host Emmanuel Macron.",
         [("Downing Street", "United Kingdom"), ("Elysee", "France"), ("Sir Keir Starmer", "Keir Starmer"),
          ("Emmanuel Macron", "Emmanuel Macron")]),
        # Americas
        ("Venezuelan President Nicolás Maduro accused the United States of preparing an attack.",
         [("Venezuelan President Nicolás Maduro", "Nicolás Maduro"), ("United States", "United States")]),
    ],
)
def test_resolve_other_regions(gazetteer, sentence, expected):
    assert _resolved(find_actor_mentions(sentence, gazetteer, dct=DCT)) == expected


@pytest.mark.parametrize(
    ("sentence", "not_an_actor"),
    [
        ("Jordan Bardella, the far-right leader, criticized the plan.", "Jordan"),
        ("Melania Trump attended the ceremony.", "Trump"),
        ("Voters in New Mexico went to the polls.", "Mexico"),
        ("George Washington crossed the Delaware.", "Washington"),
        ("Floods hit Atlanta, the capital of Georgia, on Monday.", "Georgia"),
        ("Pilgrims were baptized in the Jordan River.", "Jordan"),
        ("The Paris Agreement on climate was signed in 2015.", "Paris"),
        ("He said they would bring us the turkey for the feast.", "us"),
        ("Hafez al-Assad ruled Syria for three decades.", "al-Assad"),
        ("Ships crossed the Indian Ocean.", "Indian"),
        ("He flew Turkish Airlines to Doha.", "Turkish"),
        ("Francesca Albanese, a UN special rapporteur, spoke.", "Albanese"),
        ("Donald Trump Jr. posted a video.", "Donald Trump"),
    ],
)
def test_resolve_ambiguous_names_are_skipped(gazetteer, sentence, not_an_actor):
    assert not_an_actor not in [m.text for m in find_actor_mentions(sentence, gazetteer, dct=DCT)]


@pytest.mark.parametrize(
    ("sentence", "text", "actor"),
    [
        ("Georgia's ruling party rejected the EU's criticism, Tbilisi said.", "Georgia", "Georgia"),
        ("Jordan's foreign ministry condemned the raid.", "Jordan", "Jordan"),
        ("Turkey offered to host talks in Istanbul.", "Turkey", "Türkiye"),
        ("The US and China agreed to a truce.", "US", "United States"),
    ],
)
def test_resolve_ambiguous_names_kept_in_context(gazetteer, sentence, text, actor):
    assert _find(find_actor_mentions(sentence, gazetteer, dct=DCT), text).actor.name == actor


@pytest.mark.parametrize(
    ("dct", "holder"),
    [
        (date(2023, 5, 10), "Antony Blinken"),
        (date(2025, 10, 21), "Marco Rubio"),
    ],
)
def test_resolve_office_holder_on_document_date(gazetteer, dct, holder):
    # the holder when the text names them; an office named only by title is its state
    mentions = find_actor_mentions(f"The U.S. secretary of state flew to Kyiv. Later {holder} spoke.", gazetteer, dct=dct)
    assert _find(mentions, "The U.S. secretary of state").actor.name == holder
    mentions = find_actor_mentions("The U.S. secretary of state flew to Kyiv.", gazetteer, dct=dct)
    assert _find(mentions, "The U.S. secretary of state").actor.name == "United States"


def test_resolve_past_office_holder_named_keeps_person(gazetteer):
    mentions = find_actor_mentions("President Biden spoke with Chancellor Scholz.", gazetteer, dct=date(2023, 3, 3))
    assert _resolved(mentions) == [("President Biden", "Joe Biden"), ("Chancellor Scholz", "Olaf Scholz")]
    assert mentions[0].actor.role == "President"


def test_resolve_description_prefers_person_in_document(gazetteer):
    text = ("Former foreign minister Dmytro Kuleba met Sergey Lavrov in 2023. Later, the Ukrainian "
            "foreign minister said nothing.")
    mentions = find_actor_mentions(text, gazetteer, dct=date(2023, 6, 1))
    assert _find(mentions, "the Ukrainian foreign minister").actor.name == "Dmytro Kuleba"


@pytest.mark.parametrize(
    ("sentence", "name", "role", "country"),
    [
        ("Hungarian Deputy Foreign Minister Andras Kelemenfi spoke first.", "Andras Kelemenfi", "Deputy Foreign Minister", "HUN"),
        ("Kremlin aide Pavel Zorinsky declined to comment.", "Pavel Zorinsky", "aide", "RUS"),
        ("Peter Novakovic, Slovakia's deputy foreign minister, called for calm.", "Peter Novakovic", "Deputy Foreign Minister", "SVK"),
        ("Hamas political bureau chief Yusuf Qandeel arrived in Cairo.", "Yusuf Qandeel", "political bureau chief", "PSE"),
        ("U.S. Ambassador to Ireland Jane Foster presented her credentials.", "Jane Foster", "Ambassador to Ireland", "USA"),
        ("UN special coordinator Ines Marlowe met Lebanese officials.", "Ines Marlowe", "special coordinator", None),
    ],
)
def test_resolve_new_person_from_title(gazetteer, sentence, name, role, country):
    people = {m.actor for m in find_actor_mentions(sentence, gazetteer, dct=DCT) if m.actor.kind == "person"}
    assert [(a.name, a.role, a.country, a.source) for a in people] == [(name, role, country, "document")]


def test_resolve_surname_only_after_full_name(gazetteer):
    text = "Smith met officials. Foreign Minister Aleksander Smith of Ruritania arrived. Smith spoke."
    mentions = find_actor_mentions(text, gazetteer, dct=DCT)
    smiths = [m for m in mentions if m.text == "Smith"]
    assert [m.start for m in smiths] == [text.rindex("Smith")]


def test_resolve_empty_text(gazetteer):
    assert find_actor_mentions("", gazetteer) == ()


def test_resolve_description_followed_by_of_names_its_own_office(gazetteer):
    text = "Vladimir Putin spoke. Later the president of the European Commission replied."
    mentions = find_actor_mentions(text, gazetteer, dct=DCT)
    assert [m.actor.name for m in mentions] == ["Vladimir Putin", "European Commission"]


def test_resolve_office_shared_by_several_people_stays_unresolved(gazetteer):
    """Several US envoys serve at once: "Trump's special envoy" alone cannot say which."""
    mentions = find_actor_mentions("Trump's special envoy arrived.", gazetteer, dct=DCT)
    assert all(m.via != "description" for m in mentions)
    assert [m.actor.name for m in mentions] == ["Donald Trump"]


def test_resolve_headline_in_title_case(gazetteer):
    text = "Jordan And Chad Sign Border Deal\nThe deal was signed on Monday."
    assert [m.actor.id for m in find_actor_mentions(text, gazetteer, dct=DCT)] == ["JOR", "TCD"]


def test_resolve_dateline_in_capitals(gazetteer):
    mentions = find_actor_mentions("KYIV, Nov 20 (Reuters) - Officials met.", gazetteer, dct=DCT)
    assert _resolved(mentions) == [("KYIV", "Ukraine"), ("Reuters", "Reuters")]


def test_resolve_new_person_name_stops_at_possessive(gazetteer):
    mentions = find_actor_mentions("Deputy Foreign Minister Sergey Ryabkov's remarks angered Washington.", gazetteer, dct=DCT)
    assert _resolved(mentions) == [("Deputy Foreign Minister Sergey Ryabkov", "Sergey Ryabkov"), ("Washington", "United States")]


@pytest.mark.parametrize(
    ("sentence", "text", "actor"),
    [
        ("Marco Rubio met Sergey Lavrov. The top U.S. diplomat said little.", "The top U.S. diplomat", "Marco Rubio"),
        ("Russia's new defense minister toured the front. Andrei Belousov spoke.", "Russia's new defense minister", "Andrei Belousov"),
        ("Marco Rubio called his newly appointed Japanese counterpart. Toshimitsu Motegi answered.", "his newly appointed Japanese counterpart", "Toshimitsu Motegi"),
        ("Marco Rubio met Sergey Lavrov in Riyadh. Rubio told his counterpart that talks would go on.", "his counterpart", "Sergey Lavrov"),
        ("Vladimir Putin met Xi Jinping. The Chinese leader praised the ties.", "The Chinese leader", "Xi Jinping"),
        ("Talks went on. The Israeli prime minister was not there. Benjamin Netanyahu was ill.", "The Israeli prime minister", "Benjamin Netanyahu"),
        ("Talks went on. The Iranian leader gave a speech. Ali Khamenei spoke.", "The Iranian leader", "Ali Khamenei"),
        ("Talks went on. The German leader flew home. Friedrich Merz was tired.", "The German leader", "Friedrich Merz"),
    ],
)
def test_resolve_descriptions_with_modifiers_and_leaders(gazetteer, sentence, text, actor):
    assert _find(find_actor_mentions(sentence, gazetteer, dct=DCT), text).actor.name == actor


@pytest.mark.parametrize(
    ("sentence", "text", "actor", "via"),
    [
        ("Hamas negotiator Khalil al-Hayya arrived. Al-Hayya said the talks were serious.", "Al-Hayya", "Khalil al-Hayya", "surname"),
        ("Syria's leader arrived. Al-Sharaa later flew to Ankara.", "Al-Sharaa", "Ahmed al-Sharaa", "alias"),
        ("Tehran's top diplomat, Abbas Araghchi, said Oman would mediate.", "Tehran's top diplomat", "Abbas Araghchi", "description"),
        ("Qatar's Prime Minister spoke on Sunday.", "Qatar's Prime Minister", "Qatar", "description"),
    ],
)
def test_resolve_particles_and_possessive_descriptions(gazetteer, sentence, text, actor, via):
    mention = _find(find_actor_mentions(sentence, gazetteer, dct=date(2025, 11, 2)), text)
    assert (mention.actor.name, mention.via) == (actor, via)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Latin American leaders met in Bogota.", [("Bogota", "Colombia")]),
        ("Bosnian Serb leader Milorad Dodik defied the court.", [("Bosnian Serb leader Milorad Dodik", "Milorad Dodik")]),
        ("Kosovo Serbs protested in the north.", [("Kosovo Serbs", "Kosovo")]),
    ],
)
def test_resolve_compound_adjectives(gazetteer, sentence, expected):
    assert _resolved(find_actor_mentions(sentence, gazetteer, dct=DCT)) == expected


def test_resolve_recent_description_not_across_unnamed_person(gazetteer):
    text = ("Dmitry Peskov spoke on Monday. A senior Western official said talks had stalled, "
            "and the official added that no date was set.")
    mentions = find_actor_mentions(text, gazetteer, dct=DCT)
    assert [m.actor.name for m in mentions] == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Foreign Minister Sergei Viktorovich Lavrov arrived in Ankara.", "Sergey Lavrov"),
        ("President Vladimir V. Putin signed the decree.", "Vladimir Putin"),
    ],
)
def test_resolve_title_with_extra_given_names(gazetteer, sentence, actor):
    people = [m for m in find_actor_mentions(sentence, gazetteer, dct=DCT) if m.actor.kind == "person"]
    assert [(m.actor.name, m.actor.source) for m in people] == [(actor, "gazetteer")]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Joseph R. Biden, Jr. hosted Prime Minister Narendra Modi at the White House.",
        "Joseph R. Biden Jr. and Narendra Modi issued a joint statement.",
    ],
)
def test_resolve_full_name_with_its_own_suffix(gazetteer, sentence):
    """A suffix that is part of the listed person's own full name ("Joseph R. Biden, Jr.") names
    that person, unlike "Donald Trump Jr." which names someone else."""
    ids = [m.actor.id for m in find_actor_mentions(sentence, gazetteer, dct=date(2023, 6, 22))]
    assert "joe-biden" in ids
