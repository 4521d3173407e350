"""Recall of everyday wordings: concessions, retreats, cooperation, support, criticism, sanctions, attacks, fights, demands and aid told
in the everyday wordings of wires (triggers.yaml, "everyday wire wordings" section), and sentences that look alike but tell no
such act. Every sentence is our own."""

from __future__ import annotations

import pytest

from event_helpers import events_of


ACTS = [
    ('CONCEDE', 'eased', 'Washington eased export controls on Syria on Thursday.'),
    ('CONCEDE', 'lifting', "Canberra welcomed China's lifting of tariffs on Australian wine."),
    ('CONCEDE', 'granted', 'Damascus granted UN agencies access to the besieged town on Tuesday.'),
    ('CONCEDE', 'granted', 'The Colombian government granted amnesty to 300 rebels on Monday.'),
    ('CONCEDE', 'dropped', 'Kyiv dropped its demand for NATO membership on Sunday.'),
    ('CONCEDE', 'dropped', "Ankara dropped its objection to Sweden's accession on Monday."),
    ('CONCEDE', 'amnesty', 'The Nigerian government offered an amnesty to the insurgents on Wednesday.'),
    ('CONCEDE', 'amnesty', 'The Ethiopian amnesty for the fighters took effect on Monday.'),
    ('CONCEDE', 'backed', "Niger's junta backed down on Tuesday and allowed the ambassador to stay."),
    ('CONCEDE', 'relented', 'Hungary relented on Friday and unblocked the aid package.'),
    ('CONCEDE', 'unblocked', 'Budapest unblocked the 50 billion euro aid package on Thursday.'),
    ('CONCEDE', 'waived', 'Washington waived sanctions on Iraqi electricity imports from Iran on Tuesday.'),
    ('CONCEDE', 'repatriated', 'Russia repatriated 20 Ukrainian children on Monday.'),
    ('CONCEDE', 'swapped', 'Moscow and Kyiv swapped 95 prisoners of war on Saturday.'),
    ('CONCEDE', 'set', 'Five detained fishermen were set free by the Indian navy on Friday.'),
    ('CONCEDE', 'commuted', "Iran's president commuted the death sentences of three foreigners on Tuesday."),
    ('CONCEDE', 'ended', 'Qatar ended its blockade of the border on Tuesday.'),
    ('CONCEDE', 'delisted', 'The United States delisted the Houthis as a terrorist group on Tuesday.'),
    ('RETREAT', 'quit', 'Niger quit the regional bloc on Sunday.'),
    ('RETREAT', 'exited', 'Britain exited the European Union in January 2020.'),
    ('RETREAT', 'left', 'Burkina Faso left the Economic Community of West African States on Sunday.'),
    ('RETREAT', 'demobilized', 'The Georgian separatist militia demobilized its fighters on Monday.'),
    ('RETREAT', 'disarmed', 'The FARC rebels disarmed on Friday under the peace deal.'),
    ('RETREAT', 'laid', 'The PKK laid down its arms on Friday at a ceremony near Sulaymaniyah.'),
    ('RETREAT', 'handed', 'The Houthi fighters handed in their weapons on Tuesday.'),
    ('RETREAT', 'ended', 'The Kremlin ended its military mission in Nagorno-Karabakh on Friday.'),
    ('RETREAT', 'abandoned', 'The Malian army abandoned its positions near the border on Thursday.'),
    ('RETREAT', 'vacated', 'Indian troops vacated the checkpoint on Wednesday.'),
    ('COOPERATE', 'shared', 'Britain shared intelligence with Kyiv on the strike on Monday.'),
    ('COOPERATE', 'set', 'Kenya and Ethiopia set up a joint working group on Tuesday.'),
    ('COOPERATE', 'resumed', 'China and Australia resumed direct flights on Monday.'),
    ('COOPERATE', 'resumed', 'Turkey and Armenia resumed trade on Friday.'),
    ('COOPERATE', 'resumed', 'Russia and Ukraine resumed grain shipments on Monday.'),
    ('COOPERATE', 'established', 'Egypt and Ethiopia established a joint committee on water on Tuesday.'),
    ('COOPERATE', 'teamed', 'Japan and South Korea teamed up with the United States on missile warning data on Monday.'),
    ('COOPERATE', 'partnered', 'Saudi Arabia partnered with China on a nuclear plant on Wednesday.'),
    ('COOPERATE', 'exchanged', 'Seoul and Tokyo exchanged intelligence on the missile launch on Friday.'),
    ('SUPPORT', 'threw', 'Germany threw its weight behind the proposal on Monday.'),
    ('SUPPORT', 'sided', 'Brazil sided with Caracas on Tuesday.'),
    ('SUPPORT', 'vouched', 'Lavrov vouched for the deal on Monday.'),
    ('SUPPORT', 'reiterated', 'Tokyo reiterated its support for Kyiv on Friday.'),
    ('SUPPORT', 'support', 'Washington announced its support for the proposal on Monday.'),
    ('SUPPORT', 'rallied', 'European leaders rallied behind Zelenskiy on Sunday.'),
    ('DISAPPROVE', 'blasted', "The minister blasted Washington's decision on Tuesday."),
    ('DISAPPROVE', 'lodged', 'China lodged solemn representations with Washington on Friday.'),
    ('DISAPPROVE', 'objected', 'India objected to the remarks on Monday.'),
    ('DISAPPROVE', 'assailed', 'Netanyahu assailed the ruling on Tuesday.'),
    ('DISAPPROVE', 'denunciation', 'The denunciation by Cairo came on Wednesday.'),
    ('DISAPPROVE', 'took', 'Trump took aim at the ICC on Friday.'),
    ('DISAPPROVE', 'scolded', "China's foreign ministry scolded Manila on Thursday."),
    ('DISAPPROVE', 'berated', 'Trump berated Zelenskiy in the Oval Office on Friday.'),
    ('DISAPPROVE', 'chastised', 'Berlin chastised Budapest over the veto on Monday.'),
    ('SANCTION', 'banned', 'Ottawa banned the import of Russian oil on Monday.'),
    ('SANCTION', 'designated', 'Washington designated the cartel a terrorist organization on Wednesday.'),
    ('SANCTION', 'denied', 'Hungary denied entry to the Ukrainian minister on Tuesday.'),
    ('ASSAULT', 'blew', 'Militants blew up a gas pipeline on Wednesday.'),
    ('ASSAULT', 'torpedoed', 'A submarine torpedoed the corvette in March 2010.'),
    ('ASSAULT', 'stabbed', 'A Palestinian attacker stabbed two Israeli tourists in Istanbul on Monday.'),
    ('FIGHT', 'battled', 'Kurdish forces battled Islamic State fighters on Tuesday.'),
    ('FIGHT', 'advanced', 'Israeli tanks advanced into Rafah on Tuesday.'),
    ('FIGHT', 'took', 'Rwandan-backed M23 fighters took control of the airport on Sunday.'),
    ('FIGHT', 'overran', 'Boko Haram insurgents overran an army base on Saturday.'),
    ('DEMAND', 'sought', 'Ukraine sought security guarantees from Washington on Friday.'),
    ('AID', 'provided', 'Washington provided air-defence systems to Ukraine on Tuesday.'),
    ('AID', 'airlifted', 'Jordan airlifted medical supplies to Gaza on Monday.'),
    ('AID', 'donated', 'China donated vaccines to Cambodia on Friday.'),
    ('AID', 'granted', 'Moscow granted asylum to Assad on Sunday.'),
    ('CONCEDE', 'handed', 'Hamas handed the captured soldier to Egyptian mediators on Monday.'),
    ('CONCEDE', 'bowed', 'Belgrade bowed to European pressure on Thursday and recognized the plates.'),
    ('CONCEDE', 'caved', 'Hungary caved in to EU demands on Friday.'),
    ('CONCEDE', 'rescinded', 'The Malian junta rescinded the expulsion order on Tuesday.'),
    ('CONCEDE', 'backtracked', 'Ankara backtracked on Friday and let the convoy through.'),
    ('RETREAT', 'drew', 'Washington drew down its forces in Iraq in December.'),
    ('RETREAT', 'drawdown', 'The US drawdown in Iraq began on Monday.'),
    ('SUPPORT', 'expressed', 'Zelenskiy expressed his gratitude to Denmark on Monday.'),
    ('DISAPPROVE', 'faulted', "Tokyo faulted Beijing's handling of the incident on Monday."),
    ('SANCTION', 'kicked', 'Moscow kicked out two Estonian diplomats on Friday.'),
    ('FIGHT', 'entered', 'Taliban fighters entered Kabul on August 15.'),
    ('FIGHT', 'entered', 'Russian troops entered the village of Krynky on Tuesday.'),
    ('AID', 'transferred', 'Berlin transferred air-defence systems to Kyiv on Friday.'),
    ('AID', 'disbursed', 'The IMF disbursed a $1 billion tranche to Pakistan on Friday.'),
    ('REJECT', 'snubbed', 'Modi snubbed the summit in Astana on Thursday.'),
    ('RETREAT', 'left', 'The last American soldiers left Afghanistan just before midnight on Monday.'),
    ('FIGHT', 'recaptured', 'Ukrainian forces recaptured Kherson on Friday.'),
    ('FIGHT', 'retook', 'Syrian troops retook the town of Saraqeb on Monday.'),
    ('RETREAT', 'surrendered', 'Hundreds of Ukrainian soldiers surrendered at the steelworks on Tuesday.'),
    ('RETREAT', 'pulled', 'Moscow pulled its troops back from the border on Friday.'),
    ('RETREAT', 'dismantled', 'North Korea dismantled its nuclear test site in May 2018.'),
]


@pytest.mark.parametrize(("type_", "word", "text"), ACTS)
def test_act_is_told_with_its_type(type_: str, word: str, text: str) -> None:
    events = events_of(text)
    assert any(e.type == type_ and any(word in m.trigger.lower() for m in e.mentions) for e in events), \
        [(e.type, e.trigger) for e in events]


NO_ACT = [
    "Britain's foreign minister left the meeting early on Monday.",
    'Chinese stocks dropped sharply on Monday.',
    'The German team battled Argentina in the final on Sunday.',
    'Trump took control of the Republican Party in 2016.',
    'France provided details of the plan on Monday.',
    'Japan set up a committee to study the issue on Monday.',
    'The Chinese leader shared his views on the economy on Monday.',
    'Germany resumed its campaign for a Security Council seat on Monday.',
    'Ukrainian refugees left the camp on Monday.',
    'Russian investors exited the market on Monday.',
    'The Indian government abandoned its plan to raise taxes on Monday.',
    'Iranian oil exports eased in March.',
    'Turkish inflation eased to 40 percent in May.',
    "Brazil's president quit smoking years ago.",
    'Egypt dropped its price forecast on Monday.',
    'The Kenyan athletes blasted past the field on Sunday.',
    "Nigeria's central bank restricted cash withdrawals on Monday.",
    "Spain's economy minister designated a new deputy on Monday.",
    "India's cricket board granted the player leave on Monday.",
    "Brazil's president entered the hall on Monday.",
    "Britain's foreign secretary handed the letter to reporters on Monday.",
    'Blinken left China on Monday.',
    'The German court reversed the verdict on Monday.',
    'Chinese students entered the university in September.',
    'The Japanese bank transferred the money on Friday.',
    'The French army bowed to tradition at the parade on Friday.',
    'The Italian company dismantled its factory in June.',
    "Germany's team surrendered a two-goal lead on Sunday.",
    'The French club retook the lead in the second half on Sunday.',
]


@pytest.mark.parametrize("text", NO_ACT)
def test_look_alike_tells_no_act(text: str) -> None:
    assert [(e.type, e.trigger) for e in events_of(text)] == []


def test_a_rejected_visit_is_still_scrapped_not_conceded() -> None:
    # a scrapped visit stays a cancellation; only scrapped requirements, curbs or tariffs are a concession
    assert {e.type for e in events_of("London scrapped the visit on Friday.")} == {"REJECT", "CONSULT"}


def test_armed_subject_needed_for_battles_and_control() -> None:
    assert [e.type for e in events_of("Kurdish forces battled Islamic State fighters on Tuesday.")] == ["FIGHT"]
    assert events_of("The German team battled Argentina in the final on Sunday.") == ()



def test_plural_noun_opening_a_sentence_is_no_verb() -> None:
    # "Sanctions" opening the sentence has no subject before it: the noun, folded into the lifting, not a sanctioning
    assert [e.type for e in events_of("Sanctions on Syrian banks were lifted on Friday.")] == ["CONCEDE"]
    assert [e.type for e in events_of("Sanctions on Russia took effect on Friday.")] == ["SANCTION"]
    # a verb in -s after its subject stays a verb
    assert [e.type for e in events_of("Washington sanctions two Iranian banks on Friday.")] == ["SANCTION"]
