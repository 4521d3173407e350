"""Load and compile the event resources (``timeline/resources/events/*.yaml``).

Data lives in YAML; this module validates it (``ResourceError("file:line: what is wrong")``) and
compiles it: one regular expression for every trigger form, lookup tables for the cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from timeline.errors import ResourceError
from timeline.events.morphology import noun_forms, verb_forms

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
    "ASSAULT", "FIGHT", "ANNOUNCE", "STATEMENT",
)
MEDIA = ("phone", "in_person", "writing")
CUE_STATUSES = ("cancelled", "postponed", "denied", "hypothetical", "planned", "ongoing")
TENSES = ("past", "perfect", "present", "ongoing", "planned")

_TRIGGER_KEYS = {
    "lemma", "pos", "type", "summary", "pair", "medium", "forms", "past", "weak", "light", "cancels",
    "next_actor", "not_next", "example", "mode", "next_words", "alone", "predicative", "pair_only",
    "objects", "object_types", "status", "official_type", "reciprocal",
}

#: how many words after a trigger (before a preposition other than "of", dates left aside) its object may be found
#: in (``objects``, ``object_types``)
OBJECT_WINDOW = 8


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    lemma: str
    pos: str  # verb | noun
    type: str
    summary: str
    example: str
    line: int
    pair: str | None = None
    medium: str | None = None
    weak: bool = False
    light: bool = False
    cancels: str | None = None  # cancel | postpone
    next_actor: bool = False
    not_next: tuple[str, ...] = ()
    mode: str | None = None  # visit | host
    next_words: tuple[str, ...] = ()  # with next_actor: words that may follow instead of an actor
    alone: str | None = None  # summary when one party is named and no verb says what it did ("attends summit")
    predicative: bool = False  # only with an object and a description of it: "called the meeting a milestone"
    pair_only: bool = False  # only when two or more parties are its subject: "Biden and Xi spoke on Wednesday"
    #: only a trigger when one of these words is its object ("closed two border crossings", "froze the assets of"):
    #: within ``OBJECT_WINDOW`` words after it, or before it in a passive ("the border crossings were closed")
    objects: tuple[str, ...] = ()
    #: another type when one of these words is its object: (("SANCTION", ("ambassador", ...)), ...), first match wins
    object_types: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: the status of the event the trigger names when no cue says otherwise ("invited Kim to visit": the visit is planned)
    status: str | None = None
    #: the type when a state, an organization or an official is the subject: "Tokyo protested the incursion" is a
    #: diplomatic protest (DISAPPROVE), "Thousands protested outside the embassy" a demonstration (PROTEST)
    official_type: str | None = None
    #: False: one party does it, the others named with it are no target ("Russia and China accepted the plan")
    reciprocal: bool = True


@dataclass(frozen=True, slots=True)
class StatusCue:
    status: str
    where: str  # before | after
    window: int
    words: tuple[tuple[str, ...], ...]  # each cue as a tuple of lowercase words
    example: str


@dataclass(frozen=True, slots=True)
class TenseWindow:
    lo: int
    hi: int | None
    confidence: float


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[TriggerEntry, ...]
    forms: dict[str, tuple[tuple[TriggerEntry, str], ...]]  # lowercase form -> (entry, tense)
    form_index: dict[str, tuple[tuple[str, ...], ...]]  # first word -> trigger forms as words, longest first
    cue_index: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # first word -> (cue words, index in status_cues)
    status_cues: tuple[StatusCue, ...]
    reporting: frozenset[str]
    clause_breaks: frozenset[str]
    predicates: tuple[tuple[str, ...], ...]
    sequence: dict[str, tuple[tuple[str, ...], ...]]  # after/before/during -> cue word tuples
    gerund_blockers: frozenset[str]
    location_preps: frozenset[str]
    light_verbs: frozenset[str]
    determiners: frozenset[str]
    pairs: dict[tuple[str, ...], tuple[str, ...]]  # ("two", "leaders") words -> role words
    pronouns: frozenset[str]
    phone_words: tuple[tuple[str, ...], ...]
    adjective_heads: frozenset[str]
    tense_windows: dict[str, TenseWindow]
    units: dict[str, tuple[int, int]]
    slack: dict[str, float]
    narrative: "Narrative | None" = None
    agent_heads: frozenset[str] = frozenset()  # "representatives of <actor>": the actor acts
    group_nouns: frozenset[str] = frozenset()  # "the separatist authorities", "rebels": a group that acts unnamed
    participle_types: frozenset[str] = frozenset()  # "two Americans freed on October 20": a passive participle
    habitual: frozenset[str] = frozenset()  # "routinely denounces", "had always supported": a stance, not an event
    habit_phrases: tuple[str, ...] = ()  # "Summits of the league tend to produce": a habit of a kind of occasion
    generic_object_determiners: frozenset[str] = frozenset()  # "deny any arms trade": an object of any kind
    standing_types: frozenset[str] = frozenset()  # stance types whose present with such an object is a position
    modals: frozenset[str] = frozenset()  # "would not recognize": a negation after them refuses, it tells no state
    anaphoric_objects: tuple[tuple[str, ...], ...] = ()  # "then signed the text": the act of the event just told
    joined_types: frozenset[str] = frozenset()  # "thanked Erdogan ... and praised his efforts": one reaction
    listed_types: frozenset[str] = frozenset()  # "closed its borders, suspended transactions, froze assets": one package
    negated_types: frozenset[str] = frozenset()  # "Orban did not travel to Granada": a non-event still worth telling
    aimed_types: frozenset[str] = frozenset()  # reactions aimed at who did the event they name ("condemned the offensive")
    denials: tuple[tuple[str, ...], ...] = ()  # "denied [that]": what follows is denied
    decision_nouns: frozenset[str] = frozenset()  # "the decision to cut ties": the infinitive after them is the act
    passive_types: frozenset[str] = frozenset()  # "The detainees were freed on Friday": a dated passive with no agent
    undated_passive_types: frozenset[str] = frozenset()  # "Two rockets were fired at Kyiv": news even with no date
    casualty_verbs: frozenset[str] = frozenset()  # "1,200 people were killed in the attack": the toll of an act told
    measure_nouns: frozenset[str] = frozenset()  # "a package of sanctions", "two days of talks": the noun after "of" is the event
    title_nouns: frozenset[str] = frozenset()  # "the secretary-general urged": a hyphenated title is a noun head, so a verb follows
    schedule_predicates: tuple[tuple[str, ...], ...] = ()  # "was set for June 27": a planned event with its date
    disapproval_words: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # first word -> phrases
    invitation_nouns: frozenset[str] = frozenset()  # "an invitation from Xi to visit China": the visit is planned
    back_pointers: frozenset[str] = frozenset()  # "those sanctions": a demonstrative names an event told before
    greeting_lemmas: frozenset[str] = frozenset()  # "Moon greeted them": a greeting is never more of the talks
    audience_nouns: frozenset[str] = frozenset()  # "told a joint meeting of Congress": the sitting a saying is made to
    sought_heads: frozenset[str] = frozenset()  # "a warrant for his arrest": the noun after "<head> for" is sought
    purpose_verbs: frozenset[str] = frozenset()  # "used his speech to call on Eritrea": the infinitive is the act done
    number_heads: frozenset[str] = frozenset()  # "the two declared a partnership": a number standing for its people
    grammar: "Grammar | None" = None  # grammar words (cues.yaml, section ``grammar``)


GRAMMAR_KEYS = (
    "prepositions", "passive_aux", "progressive_aux", "past_aux", "perfect_aux", "not_noun_context", "definite",
    "adverbs", "symmetric_types", "adjective_words", "adjective_endings", "state_heads", "group_determiners",
    "aux_after_noun", "attribution", "object_stops", "object_trailing", "event_pronouns",
    "day_back_references", "distinct_words", "commitment_lemmas", "adverbial_subordinators",
    "broker_participles", "subordinate_stops", "seat_nouns", "material_types", "event_objects", "attend_participles",
    "sitting_bodies", "requirement_nouns",
    "pluperfect_aux", "relative_who_which", "relative_that_which", "relative_pronouns", "person_relatives",
    "relative_adverbs", "indefinite_articles", "articles", "future_modals", "future_aux",
    "future_and_conditional_modals", "whole_group_words", "pair_words", "clause_coordinators", "coordinators",
    "conjunctions", "time_place_preps", "perfect_aux_all", "have_aux", "relative_occasion_preps",
    "person_possessives", "third_person_possessives", "possessive_pronouns", "body_possessives", "negations",
    "object_pronouns", "person_object_pronouns", "subject_pronouns", "speaker_pronouns", "past_be", "present_be",
    "be_participles", "distributive_determiners", "temporal_subordinators", "past_offset_words", "telling_lemmas",
    "between_preps", "spokesperson_nouns",
    "new_thing_determiners", "singular_quantifiers", "description_openers", "noun_phrase_determiners",
    "possessive_or_indefinite", "approximators", "future_frames", "verb_preps", "recipient_preps", "object_preps",
    "target_preps", "agree_forms", "agree_join_forms", "non_body_heads", "group_count_words", "party_count_words",
    "clause_words_before_and", "sentence_opening_adverbs", "sentence_connectives", "subject_chain_stops",
    "present_verbs", "non_participant_preps", "occasion_preps", "date_preps", "date_lead_words", "place_preps",
    "place_preps_to", "return_adverbs", "ordinal_modifiers", "ground_preps", "origin_preps", "aux_after_saying",
    "antecedent_possessives", "short_time_units", "short_while_words", "threat_conditions", "window_words",
    "restrictive_adverbs", "recent_period_words", "tell_forms", "demonstratives", "verb_markers", "free_relatives",
    "future_status_cues",
    "time_of_day_modifiers", "occasion_frame_preps", "visit_frame_preps", "phrase_end_words",
    "relative_clause_openers", "joiners", "place_phrase_words", "list_separators", "complement_breaks",
    "phrase_breaks_and", "phrase_breaks", "list_fillers", "event_clause_breaks",
    "condition_words", "no_complement_words", "group_reference_determiners", "reciprocal_phrases", "generic_party_phrases",
    "predicative_object_stops", "warning_content_stops", "denied_party_stops",
    "saying_scope_breaks", "predicate_subject_stops",
    "others_nouns", "subject_interrupters", "fresh_object_openers",
    "fronted_occasion_preps", "length_ended_by", "length_hedges", "length_closing", "verb_negations",
    "fronted_date_preps", "earlier_adverbs", "number_words", "future_auxiliaries",
    "call_lemmas", "trip_verbs", "trip_preps", "sideline_nouns", "unnamed_agents",
    "more_adjective_heads", "acting_body_kinds", "envoy_nouns", "sitting_nouns", "owned_act_nouns", "struck_place_acts",
    "acts_of_saying", "reporting_outlets",
    "ongoing_state_phrases", "ongoing_occasion_openers", "considering_phrases", "refused_by_negation", "past_negations",
    "unreal_cues", "bystander_sayers", "own_outlet_words", "bare_titles", "joint_words", "place_only_preps",
    "own_speaker_heads", "other_side_words", "later_adverbs", "predicative_blame", "cause_preps",
    "mutual_verbs", "massing_acts", "massing_preps", "national_bodies", "home_objects",
    "blamed_object_preps", "blame_negators", "joining_verbs", "mutual_lemmas", "international_seats",
    "party_plurals", "refusal_negations",
    "armed_movement_lemmas", "armed_subjects", "expectation_predicates", "repeat_words", "count_words",
    "object_first_lemmas", "vote_lemmas", "subject_openers", "count_hedges",
    "saying_settings", "placing_verbs", "response_phrases",
    "violence_told_nouns", "ballot_told_nouns", "ballot_lemmas", "topic_preps",
    "crowd_nouns", "official_groups", "phase_verbs", "unnamed_doers",
    "non_event_heads", "trade_verbs", "deadline_lemmas", "cancel_relative_subjects", "plan_sequel_words",
    "order_adverbs", "approval_words", "more_disapproval_words", "treaty_duty_nouns", "suspend_lemmas",
    "stance_words", "blast_verbs", "blast_nouns", "departure_verbs", "regional_adjectives", "people_adjective_endings",
    "aside_relatives", "region_modifiers", "of_target_acts", "sequence_adverbs",
    "arrangement_nouns", "arrangement_change_verbs", "negative_subjects", "guest_nouns", "envoy_state_lemmas",
    "ambassador_titles", "result_end_preps", "result_end_verbs", "first_person_subjects",
    "released_substances", "press_audiences", "continuation_adverbs", "scene_nouns",
    "own_pronouns", "obligation_modals", "expect_words", "said_threat_words", "decrease_words",
    "concession_words", "conceded_objects", "span_openers",
    "consequence_participles", "apposition_openers", "acceptance_verbs", "situation_nouns",
    "measure_subjects", "long_span_nouns", "relation_nouns", "goods_preps", "implicative_verbs",
    "visit_receptions", "consult_object_types", "visit_hosts", "inverted_condition_openers", "request_nouns",
    "possibility_modals", "schedule_excluded_verbs", "schedule_be_words",
    "said_support_words", "support_stance_aux", "said_threat_phrases", "irregular_participles", "negative_objects",
    "insist_forms", "indicative_finite", "one_telling_types", "act_frame_preps", "reply_verbs",
    "time_then_phrases",
    "negating_subordinators", "passive_gerund_aux",
    "framework_preps", "partial_quantifiers", "legislator_nouns",
    "amount_words", "decision_links",
    "first_to_words", "first_to_frames",
    "fronted_scene_preps", "meal_nouns",
    "first_person_plural", "readiness_phrases", "announced_step_verbs",
    "natural_agents", "trailing_period_words", "trailing_period_preps",
    "window_setting_types", "plural_object_pronouns", "occasion_act_types", "settlement_nouns",
    "done_infinitive_heads", "subordinate_openers", "joint_object_words", "side_acts", "dispute_acts",
    "regard_lemmas", "question_openers", "finite_be", "masculine_pronouns", "feminine_pronouns",
    "masculine_titles", "feminine_titles", "pending_until_words",
)


@dataclass(frozen=True, slots=True)
class Grammar:
    """Grammar words of English the extractor relies on (cues.yaml, section ``grammar``)."""

    prepositions: frozenset[str]
    passive_aux: frozenset[str]
    progressive_aux: frozenset[str]
    past_aux: frozenset[str]
    perfect_aux: frozenset[str]
    not_noun_context: frozenset[str]
    definite: frozenset[str]
    adverbs: frozenset[str]
    symmetric_types: frozenset[str]
    adjective_words: frozenset[str]
    adjective_endings: tuple[str, ...]  # for str.endswith
    state_heads: frozenset[str]
    group_determiners: frozenset[str]
    aux_after_noun: frozenset[str]
    attribution: frozenset[str]
    object_stops: frozenset[str]
    object_trailing: frozenset[str]
    event_pronouns: frozenset[str]
    day_back_references: frozenset[str]
    distinct_words: frozenset[str]
    commitment_lemmas: frozenset[str]
    adverbial_subordinators: frozenset[str]
    broker_participles: frozenset[str]  # "a ceasefire brokered by Moscow": a third party, not the doer
    subordinate_stops: frozenset[str]  # "until", "what": an actor after them is no object of the verb before
    seat_nouns: frozenset[str]  # "an embassy in Israel" is aimed at Israel
    material_types: frozenset[str]  # acts done to people or property, aimed at the state they belong to
    event_objects: frozenset[str]  # "suspended the talks": the object is an event the trigger calls off
    attend_participles: frozenset[str]  # "Addressing the summit, Trump said": the main clause's subject takes part
    sitting_bodies: frozenset[str]  # "a joint session of parliament": a body's sitting, no consultation between parties
    requirement_nouns: frozenset[str]  # "met the conditions", "met its deadline": meeting a requirement, no one met
    pluperfect_aux: frozenset[str]  # the past perfect's auxiliary
    relative_who_which: frozenset[str]  # relative pronouns that open a clause about the actor or noun just before
    relative_that_which: frozenset[str]  # relative pronouns of things
    relative_pronouns: frozenset[str]  # relative pronouns of people and things
    person_relatives: frozenset[str]  # relative pronouns of people
    relative_adverbs: frozenset[str]  # relative adverbs that open a clause of place or time
    indefinite_articles: frozenset[str]  # an event or thing not told before
    articles: frozenset[str]  # articles skipped when looking for the head or the owner of a noun
    future_modals: frozenset[str]  # modals of what is still to come
    future_aux: frozenset[str]  # auxiliaries of the plain future
    future_and_conditional_modals: frozenset[str]  # modals that make the act after them planned
    whole_group_words: frozenset[str]  # words that make a subject take in every party
    pair_words: frozenset[str]  # words of a pair of parties
    clause_coordinators: frozenset[str]  # conjunctions that join a second clause
    coordinators: frozenset[str]  # conjunctions that join two words or phrases of one kind
    conjunctions: frozenset[str]  # conjunctions that join words or clauses
    time_place_preps: frozenset[str]  # prepositions that open a date or a place
    perfect_aux_all: frozenset[str]  # perfect auxiliaries, present or past, contracted too
    have_aux: frozenset[str]  # forms of "have" as an auxiliary
    relative_occasion_preps: frozenset[str]  # prepositions before "which" of an occasion
    person_possessives: frozenset[str]  # possessives of a person
    third_person_possessives: frozenset[str]  # possessives that point back to an actor told before
    possessive_pronouns: frozenset[str]  # possessive pronouns before a noun
    body_possessives: frozenset[str]  # possessives of a state or group
    negations: frozenset[str]  # negations that deny the act they stand before
    object_pronouns: frozenset[str]  # pronouns standing for the object after a verb
    person_object_pronouns: frozenset[str]  # pronouns of a person as object
    subject_pronouns: frozenset[str]  # pronouns that can be the subject of a clause
    speaker_pronouns: frozenset[str]  # pronouns that name no actor on their own
    past_be: frozenset[str]  # past forms of "be"
    present_be: frozenset[str]  # present forms of "be": the act told is still current
    be_participles: frozenset[str]  # participles of "be" before a passive
    distributive_determiners: frozenset[str]  # determiners that take the parties one by one
    temporal_subordinators: frozenset[str]  # words that open a time clause or phrase
    past_offset_words: frozenset[str]  # words that count an offset back in time
    telling_lemmas: frozenset[str]  # lemmas of telling: the event is a saying, dated by when it was told
    between_preps: frozenset[str]  # prepositions that name all the parties of an act
    spokesperson_nouns: frozenset[str]  # people who speak for an actor: their words are that actor's
    new_thing_determiners: frozenset[str]  # determiners of a new thing or of none
    singular_quantifiers: frozenset[str]  # determiners of one thing
    description_openers: frozenset[str]  # words that may open a description of an actor
    noun_phrase_determiners: frozenset[str]  # articles and possessives skipped back to the start of a noun phrase
    possessive_or_indefinite: frozenset[str]  # determiners of an occasion not named before
    approximators: frozenset[str]  # words before a number that make it approximate
    future_frames: frozenset[str]  # words between a subject and its verb skipped back to the subject
    verb_preps: frozenset[str]  # prepositions that may stand right before a verb trigger
    recipient_preps: frozenset[str]  # prepositions that attach an actor to the act before it
    object_preps: frozenset[str]  # prepositions right after a trigger that still lead to its object
    target_preps: frozenset[str]  # prepositions that lead to the target of an act
    agree_forms: frozenset[str]  # forms of "agree": an event noun "agreed to" is a planned act
    agree_join_forms: frozenset[str]  # forms of "agree" and "join" before an event noun
    non_body_heads: frozenset[str]  # adjective heads before "of" that name no body of the state after them
    group_count_words: frozenset[str]  # words that make a plural description a group of parties
    party_count_words: frozenset[str]  # words that count the parties of a plural subject
    clause_words_before_and: frozenset[str]  # words before "and"/"or" that make the trigger after it a verb of a clause, not a noun of a list
    sentence_opening_adverbs: frozenset[str]  # words that may open a sentence before its subject
    sentence_connectives: frozenset[str]  # connectives that open a sentence
    subject_chain_stops: frozenset[str]  # words that end the search back for a subject
    present_verbs: frozenset[str]  # present-tense verbs that make a sentence tell the present
    non_participant_preps: frozenset[str]  # prepositions after which a named actor is not the one the act is aimed at
    occasion_preps: frozenset[str]  # prepositions of an occasion after a comma
    date_preps: frozenset[str]  # prepositions before a date expression
    date_lead_words: frozenset[str]  # words before a date expression that belong to it
    place_preps: frozenset[str]  # prepositions before a place
    place_preps_to: frozenset[str]  # prepositions before a place, "to" too
    return_adverbs: frozenset[str]  # adverbs of going back
    ordinal_modifiers: frozenset[str]  # modifiers between a determiner and an event noun
    ground_preps: frozenset[str]  # prepositions that give the ground of a reaction
    origin_preps: frozenset[str]  # prepositions between a group noun and whom it belongs to
    aux_after_saying: frozenset[str]  # auxiliaries right after a saying verb that make the saying an aside in a noun phrase
    antecedent_possessives: frozenset[str]  # possessives whose owner is an actor told before
    short_time_units: frozenset[str]  # units of a short while
    short_while_words: frozenset[str]  # words of a short while
    threat_conditions: frozenset[str]  # words that make a clause a threat
    window_words: frozenset[str]  # words before a duration that make a window from the publication date
    restrictive_adverbs: frozenset[str]  # adverbs that narrow a time
    recent_period_words: frozenset[str]  # words of the period just past
    tell_forms: frozenset[str]  # forms of "tell": the actor after them is the hearer
    demonstratives: frozenset[str]  # determiners that point back to a thing told
    verb_markers: frozenset[str]  # words before a base form that make it a verb, not a noun
    free_relatives: frozenset[str]  # free relatives: an actor after them is no object of the verb before
    future_status_cues: frozenset[str]  # planned cues that a cancelling verb takes as its own future
    time_of_day_modifiers: frozenset[str]  # words right after a trigger that place it within a time
    occasion_frame_preps: frozenset[str]  # prepositions that frame an event within another
    visit_frame_preps: frozenset[str]  # prepositions of a framing visit
    phrase_end_words: frozenset[str]  # words besides prepositions that may end a summary's object phrase
    relative_clause_openers: frozenset[str]  # words that open a relative or "since" clause: a verb in it is not the main verb
    joiners: frozenset[str]  # words that join phrases or open a clause: no part of a description
    place_phrase_words: frozenset[str]  # words inside a place phrase before a purpose
    list_separators: frozenset[str]  # a comma or "and" between the items of a list
    complement_breaks: frozenset[str]  # a comma or "that": the phrase ends and a clause opens
    phrase_breaks_and: frozenset[str]  # marks and words that end the phrase after a trigger
    phrase_breaks: frozenset[str]  # marks and words that end a phrase
    list_fillers: frozenset[str]  # words between coordinated names
    event_clause_breaks: frozenset[str]  # marks and words that separate the clauses of two events
    condition_words: frozenset[str]  # words that open a condition
    no_complement_words: frozenset[str]  # words and marks right after a "what" clause's verb
    group_reference_determiners: frozenset[str]  # determiners besides the definite ones that make a noun point back to the parties of an event told before
    reciprocal_phrases: frozenset[str]  # reciprocal pronouns after a verb: the parties act on each other
    generic_party_phrases: frozenset[str]  # plural descriptions that name the parties without counting them
    predicative_object_stops: frozenset[str]  # marks and words after a verb's object that end the search for a predicative noun
    warning_content_stops: frozenset[str]  # marks and words after a warning verb that end the search for its "that" clause
    denied_party_stops: frozenset[str]  # marks and words that end the search for the party a denial is about
    saying_scope_breaks: frozenset[str]  # marks and words after "said that" that open a clause the saying does not cover
    predicate_subject_stops: frozenset[str]  # marks and words between an event noun and a verb that make the noun no subject of that verb
    others_nouns: frozenset[str]  # "Ukraine's allies", "Libya's warring parties": others in relation to the owner
    subject_interrupters: frozenset[str]  # "Kishida and ...", "Kishida, who ...": no subject-verb opening
    fresh_object_openers: frozenset[str]  # "rejects a pause", "called on both sides": an object bringing in something new
    fronted_occasion_preps: frozenset[str]  # "In an interview on Monday, X said": the main clause is at that occasion
    length_ended_by: frozenset[str]  # "signed on Saturday after two weeks of talks": the length ends that day
    length_hedges: frozenset[str]  # "after almost four years of talks": read as the count
    length_closing: frozenset[str]  # "at the end of a three-day visit": the day given is the length's last
    verb_negations: frozenset[str]  # "would not respond", "won't accept": a negated verb between modal and verb
    fronted_date_preps: frozenset[str]  # "and in May 1998 fighting broke out": a date phrase before a subject
    earlier_adverbs: frozenset[str]  # "had previously told": a telling before the occasion told
    number_words: frozenset[str]  # "twenty ceasefire violations": a count, not a condemnation
    future_auxiliaries: frozenset[str]  # "would respond", "'ll respond", "won't": the future of a verb, contractions too
    call_lemmas: frozenset[str]  # "spoke with Xi": a consultation verb that, placed nowhere, is a call
    trip_verbs: frozenset[str]  # "flew to Beijing", "arrived in Kyiv": verbs of travel
    trip_preps: frozenset[str]  # "flew to", "arrived in", "left for": prepositions to where the traveller went
    sideline_nouns: frozenset[str]  # "on the sidelines of the summit": the edge of a gathering
    unnamed_agents: frozenset[str]  # "A federal grand jury indicted them": a subject acting with no known name
    more_adjective_heads: frozenset[str] = frozenset()  # "a Qatari team", "a Russian fighter jet": heads of an acting adjective
    acting_body_kinds: frozenset[str] = frozenset()  # actor kinds "it" / "its parliament" may stand for (no person)
    envoy_nouns: frozenset[str] = frozenset()  # "recalled its ambassador in Moscow": one's own envoys posted abroad
    sitting_nouns: frozenset[str] = frozenset()  # "held talks ... after the meeting": words for one sitting of the same parties
    owned_act_nouns: frozenset[str] = frozenset()  # "rejected an Egyptian proposal": a thing put forward, aimed at its owner
    struck_place_acts: frozenset[str] = frozenset()  # "struck Odesa": the state of a place struck is the target
    acts_of_saying: frozenset[str] = frozenset()  # "accepted the offer, the ministry said on Friday": done by that saying
    reporting_outlets: frozenset[str] = frozenset()  # "state media said", "witnesses said": report an act, never do it
    ongoing_state_phrases: frozenset[str] = frozenset()  # "Talks are under way": an event noun in progress
    ongoing_occasion_openers: frozenset[str] = frozenset()  # "is on a three-day visit": an occasion in progress
    considering_phrases: frozenset[str] = frozenset()  # "is considering sanctions": an act only weighed
    refused_by_negation: frozenset[str] = frozenset()  # "did not accept the offer": a rejection that happened
    past_negations: frozenset[str] = frozenset()  # "did not", "didn't": a past act denied
    unreal_cues: frozenset[str] = frozenset()  # "would have renewed", "any new sanctions": no act in particular
    bystander_sayers: frozenset[str] = frozenset()  # "..., mediators said": a sayer that is no party to the act told
    own_outlet_words: frozenset[str] = frozenset()  # "..., state media said": an outlet of the acting side's own state
    place_only_preps: frozenset[str] = frozenset()  # "exchanged fire across the Lebanese border": a place, no party
    joint_words: frozenset[str] = frozenset()  # "India and France began joint naval exercises": an act of the pair
    bare_titles: frozenset[str] = frozenset()  # "The president held talks ..., Indonesian officials said": a title alone
    own_speaker_heads: frozenset[str] = frozenset()  # "..., its foreign ministry said on Tuesday": the actor's own saying
    other_side_words: frozenset[str] = frozenset()  # "..., a European diplomat said": another side's saying
    later_adverbs: frozenset[str] = frozenset()  # "Since then, Russia expelled ...": after the period told before
    predicative_blame: frozenset[str] = frozenset()  # "called the move unconscionable": a description that blames
    cause_preps: frozenset[str] = frozenset()  # "froze assets over the detention of": the act a reaction answers
    mutual_verbs: frozenset[str] = frozenset()  # "Russia and Ukraine agreed to exchange prisoners": each to the other
    massing_acts: frozenset[str] = frozenset()  # "massed troops near the Ukrainian city of Kharkiv": aimed at Ukraine
    massing_preps: frozenset[str] = frozenset()  # "near", "along": where forces are massed against another state
    national_bodies: frozenset[str] = frozenset()  # "The army fired at protesters in Yangon": Myanmar's army
    home_objects: frozenset[str] = frozenset()  # "fired at protesters in Yangon": people a state acts on at home
    blamed_object_preps: frozenset[str] = frozenset()  # "called the attack on Kyiv barbaric": phrases inside the object
    blame_negators: frozenset[str] = frozenset()  # "called the decision hardly unacceptable": no blame
    joining_verbs: frozenset[str] = frozenset()  # "Germany joined France in condemning the coup": Germany condemns
    mutual_lemmas: frozenset[str] = frozenset()  # "India and Pakistan traded accusations": the first at the second
    international_seats: frozenset[str] = frozenset()  # "the court in The Hague": a city seating international courts
    party_plurals: frozenset[str] = frozenset()  # "accused Western countries of": an object that names a party
    refusal_negations: frozenset[str] = frozenset()  # "Moscow would not accept any change": a refusal stated now
    armed_movement_lemmas: frozenset[str] = frozenset()  # "crossed into": an incursion only with an armed subject
    armed_subjects: frozenset[str] = frozenset()  # "troops", "tanks": the armed subjects of such a movement
    expectation_predicates: frozenset[str] = frozenset()  # "a second round of talks is expected on Thursday"
    repeat_words: frozenset[str] = frozenset()  # "a second round", "another round": more of talks told before
    count_words: frozenset[str] = frozenset()  # "dozens of protesters had been detained": a counted subject
    object_first_lemmas: frozenset[str] = frozenset()  # "firms accused of supplying drones": a participle, no act
    vote_lemmas: frozenset[str] = frozenset()  # "voted to demand that ...": the demand is the voters' act
    subject_openers: frozenset[str] = frozenset()  # "as protests over the result spread": a noun opens the clause
    count_hedges: frozenset[str] = frozenset()  # "sanctions on more than 500 targets": words before a count
    saying_settings: frozenset[str] = frozenset()  # "said in a statement on Tuesday": the saying's setting, then its day
    placing_verbs: frozenset[str] = frozenset()  # "The measures came a day after ...": placing the event told before
    response_phrases: frozenset[str] = frozenset()  # "summoned the ambassador in response": an answer, on or after
    violence_told_nouns: frozenset[str] = frozenset()  # "the day after the massacre": the last act of violence told
    ballot_told_nouns: frozenset[str] = frozenset()  # "a week after the vote": the last vote told
    ballot_lemmas: frozenset[str] = frozenset()  # trigger lemmas of a vote (what ``ballot_told_nouns`` name)
    topic_preps: frozenset[str] = frozenset()  # "to hold talks on a ceasefire": the topic of a planned act
    crowd_nouns: frozenset[str] = frozenset()  # "A crowd gathered in front of parliament": a crowd's protest
    official_groups: frozenset[str] = frozenset()  # "Ministers gathered outside the parliament": no protest
    phase_verbs: frozenset[str] = frozenset()  # "began withdrawing": the subject before "began" is the -ing verb's
    unnamed_doers: frozenset[str] = frozenset()  # "the ministry demanded": an unnamed body's act, its state's
    non_event_heads: frozenset[str] = frozenset()  # "an aid worker", "a strike group": a trigger noun as a modifier
    trade_verbs: frozenset[str] = frozenset()  # "agreed to buy armed drones": weapons bought, no attack
    deadline_lemmas: frozenset[str] = frozenset()  # "gave Moscow 60 days to comply": a deadline set, a demand
    cancel_relative_subjects: frozenset[str] = frozenset()  # "a trip he cancelled": the noun is what was cancelled
    plan_sequel_words: frozenset[str] = frozenset()  # "due to meet ... before flying to Cairo": the flight is planned
    order_adverbs: frozenset[str] = frozenset()  # "The corps commanders first met": a group subject across the adverb
    approval_words: frozenset[str] = frozenset()  # "said the ruling was legally binding": a saying that supports
    more_disapproval_words: frozenset[str] = frozenset()  # "said the alliance was making a mistake": it disapproves
    treaty_duty_nouns: frozenset[str] = frozenset()  # "suspend its obligations under the treaty": a sanction
    suspend_lemmas: frozenset[str] = frozenset()  # ("suspend")
    stance_words: frozenset[str] = frozenset()  # "said it stood with its ally": a stance voiced, the saying's content
    blast_verbs: frozenset[str] = frozenset()  # "An explosion ripped through the depot": an attack ...
    blast_nouns: frozenset[str] = frozenset()  # ... when a blast is the subject
    departure_verbs: frozenset[str] = frozenset()  # "gave the diplomats 72 hours to leave": an expulsion
    regional_adjectives: frozenset[str] = frozenset()  # "European leaders met": a group that acts ...
    people_adjective_endings: frozenset[str] = frozenset()  # ... and the endings of such adjectives ("Nordic")
    aside_relatives: frozenset[str] = frozenset()  # "Taiwan, whose claims mirror China's, rejected": an aside
    region_modifiers: frozenset[str] = frozenset()  # "Jihadists in northern Mali freed": Mali stays a place
    of_target_acts: frozenset[str] = frozenset()  # "the invasion of Ukraine": whom the act hits, not its doer
    sequence_adverbs: frozenset[str] = frozenset()  # "The corps commanders first met on June 6": the pair told
    arrangement_nouns: frozenset[str] = frozenset()  # "agreed to a four-day truce": a content that lasts, not the act
    arrangement_change_verbs: frozenset[str] = frozenset()  # "the truce was extended by two days": news undated
    negative_subjects: frozenset[str] = frozenset()  # "neither side has endorsed it": no one did it, no event
    guest_nouns: frozenset[str] = frozenset()  # "Putin told his guest": the visitor the speaker receives
    envoy_state_lemmas: frozenset[str] = frozenset()  # "summoned the British ambassador, Jane Doe": aimed at her state
    ambassador_titles: frozenset[str] = frozenset()  # "Ambassador Jane Doe" serves her own state (not a "UN envoy")
    result_end_preps: frozenset[str] = frozenset()  # "prolonged until Friday": the end of what the act set ...
    result_end_verbs: frozenset[str] = frozenset()  # ... for acts that set a state's end, not the act's own day
    first_person_subjects: frozenset[str] = frozenset()  # "'We condemn this attack,' the ministry said": the speaker's act
    released_substances: frozenset[str] = frozenset()  # "releasing treated water": a substance let out, no concession
    press_audiences: frozenset[str] = frozenset()  # "Kirby told reporters": the press told, the words of an act
    continuation_adverbs: frozenset[str] = frozenset()  # "// The two leaders also agreed": the scene told just before
    scene_nouns: frozenset[str] = frozenset()  # "Speaking at the ceremony, X said": a scene of the lead's occasion
    own_pronouns: frozenset[str] = frozenset()  # "said it must act": the speaker's own duty, no demand (said_types.py)
    obligation_modals: frozenset[str] = frozenset()  # "said Ethiopia must withdraw": a demand of another party
    expect_words: frozenset[str] = frozenset()  # "said it expected Iran's full cooperation": a demand of Iran
    said_threat_words: frozenset[str] = frozenset()  # "said it would retaliate": a threat
    decrease_words: frozenset[str] = frozenset()  # "said the ceasefire violations had fallen": a report, no condemnation
    concession_words: frozenset[str] = frozenset()  # "announced that it would compensate the victims": a concession
    conceded_objects: frozenset[str] = frozenset()  # "announced that it would accept the ruling": a concession
    span_openers: frozenset[str] = frozenset()  # "their first meeting since September": the start of a span, no act's date
    consequence_participles: frozenset[str] = frozenset()  # ", prompting a protest": on or after the main act
    apposition_openers: frozenset[str] = frozenset()  # ", their first meeting": the act told again
    acceptance_verbs: frozenset[str] = frozenset()  # "would accept the ruling": gives way with a conceded object
    situation_nouns: frozenset[str] = frozenset()  # "on human rights in Xinjiang": the place of the situation
    measure_subjects: frozenset[str] = frozenset()  # "The measures freeze the assets": what a measure does
    long_span_nouns: frozenset[str] = frozenset()  # "after weeks of talks": a process, not one meeting
    relation_nouns: frozenset[str] = frozenset()  # "said that relations with China ...": the other side named
    goods_preps: frozenset[str] = frozenset()  # "tariffs on Australian wine", "imports from Georgian firms": whose
    implicative_verbs: frozenset[str] = frozenset()  # "prompted Seoul to recall its ambassador": the recall was done
    visit_receptions: frozenset[str] = frozenset()  # "greeted him at the airport": the visit's arrival, not a meeting
    consult_object_types: frozenset[str] = frozenset()  # "suspended trade talks with Canada": the talks, its object
    visit_hosts: frozenset[str] = frozenset()  # "a state visit ..., when Xi hosted him": the visit, hosted
    inverted_condition_openers: frozenset[str] = frozenset()  # "Should the talks fail, ...": a condition opens
    request_nouns: frozenset[str] = frozenset()  # "at Kyiv's request": who asked, not where
    possibility_modals: frozenset[str] = frozenset()  # "could trigger the return of sanctions": only possible
    schedule_excluded_verbs: frozenset[str] = frozenset()  # "said the talks would be difficult": no step set
    schedule_be_words: frozenset[str] = frozenset()  # "said the meeting would be held on Friday": a step set
    said_support_words: frozenset[str] = frozenset()  # "said it remained committed to Ukraine's sovereignty"
    support_stance_aux: frozenset[str] = frozenset()  # "remained" in "said it remained committed to"
    said_threat_phrases: frozenset[str] = frozenset()  # "said it reserved the right to respond": a threat
    irregular_participles: frozenset[str] = frozenset()  # "the peace won in 1998": past participles not in -ed
    negative_objects: frozenset[str] = frozenset()  # "agreed to nothing": the act was not done, no event
    insist_forms: frozenset[str] = frozenset()  # "insisted that the vote was fair": a fact insisted on, a statement
    indicative_finite: frozenset[str] = frozenset()  # "was", "had": a finite verb telling a fact, not a demand
    one_telling_types: frozenset[str] = frozenset()  # "welcomed the deal and thanked Trump": one telling, not two
    act_frame_preps: frozenset[str] = frozenset()  # "released three Americans in a prisoner swap": the act in a noun
    reply_verbs: frozenset[str] = frozenset()  # "Biden told Xi ... Xi replied that": the one answered is the target
    time_then_phrases: frozenset[str] = frozenset()  # "a move Bogota condemned at the time": the time just told
    negating_subordinators: frozenset[str] = frozenset()  # "without being blocked": the passive act did not happen
    passive_gerund_aux: frozenset[str] = frozenset()  # "being", "having been": a passive gerund's auxiliaries
    framework_preps: frozenset[str] = frozenset()  # "withdrew under a Qatari-brokered accord": the frame, no agreement made
    partial_quantifiers: frozenset[str] = frozenset()  # "some", "several": a part of a group, not the group acting
    legislator_nouns: frozenset[str] = frozenset()  # "Some Republican lawmakers criticised ...": domestic critics
    amount_words: frozenset[str] = frozenset()  # "$500 million in military aid": an amount "in" its object
    decision_links: frozenset[str] = frozenset()  # "the decision to/by/of": a decision noun with its own act or owner
    trailing_period_words: frozenset[str] = frozenset()  # "in the past year": the twelve months before publication
    trailing_period_preps: frozenset[str] = frozenset()  # "in", "over", "during": before "the past year"
    window_setting_types: frozenset[str] = frozenset()  # acts whose terms a window of the next sentence counts from
    first_to_words: frozenset[str] = frozenset()  # "the first leader to address": the act done, not content
    first_to_frames: frozenset[str] = frozenset()  # "was", "became", "among" before "the first ... to"
    fronted_scene_preps: frozenset[str] = frozenset()  # "At a lunch with X, Macron said": the subject after the comma
    meal_nouns: frozenset[str] = frozenset()  # "talked for three hours over the meal": the meal told just before
    first_person_plural: frozenset[str] = frozenset()  # "'We have lodged protests,' the spokesman said": his side's act
    readiness_phrases: frozenset[str] = frozenset()  # "said it was ready to release the prisoners": a concession
    announced_step_verbs: frozenset[str] = frozenset()  # "said it would launch a dialogue": a decision announced
    natural_agents: frozenset[str] = frozenset()  # "A storm struck the coast", "the quake hit": no one acted
    plural_object_pronouns: frozenset[str] = frozenset()  # "urged them": the pair last named together
    occasion_act_types: frozenset[str] = frozenset()  # acts placed where the occasion of their day is (occasion_places.py)
    settlement_nouns: frozenset[str] = frozenset()  # "in the Saudi city of Jeddah": the place is the name after "of"
    done_infinitive_heads: frozenset[str] = frozenset()  # "managed to free the crews": the infinitive is done
    subordinate_openers: frozenset[str] = frozenset()  # "..., when X established ties in 1991, and warned": its date stays in it
    joint_object_words: frozenset[str] = frozenset()  # "A and B reopened their shared border": the pair's act
    side_acts: frozenset[str] = frozenset()  # event types (lowercase) done to someone: at the story's other side
    dispute_acts: frozenset[str] = frozenset()  # event types (lowercase) besides side_acts that join sides at odds
    regard_lemmas: frozenset[str] = frozenset()  # "saw Mexico as an equal partner": an opinion of the one named, no meeting
    question_openers: frozenset[str] = frozenset()  # "Who is backing Lithuania?", "Will Putin attend?": no act told
    finite_be: frozenset[str] = frozenset()  # "filing complaints was not the way": the verb of a gerund subject
    masculine_pronouns: frozenset[str] = frozenset()  # "he", "him", "his": never a person known to be a woman
    feminine_pronouns: frozenset[str] = frozenset()  # "she", "her": never a person known to be a man
    masculine_titles: frozenset[str] = frozenset()  # "Mr. Kilic": a man (for a person the gazetteer lacks)
    feminine_titles: frozenset[str] = frozenset()  # "Ms. Kilic", "Mrs. Kilic": a woman
    pending_until_words: frozenset[str] = frozenset()  # "to suspend contacts until it released prisoners": asked for


def parse_grammar(raw: Any, name: str = "cues.yaml") -> Grammar:
    section = raw.get("grammar") if isinstance(raw, dict) else None
    if not isinstance(section, dict):
        raise _fail(name, raw.get("__line__", 1) if isinstance(raw, dict) else 1, "expected a 'grammar' mapping")
    line = section.get("__line__", 1)
    unknown = set(section) - set(GRAMMAR_KEYS) - {"__line__"}
    if unknown:
        raise _fail(name, line, f"unknown grammar list(s) {', '.join(sorted(unknown))} (known: {', '.join(GRAMMAR_KEYS)})")
    lists = {}
    for key in GRAMMAR_KEYS:
        if key not in section:
            raise _fail(name, line, f"grammar needs the list '{key}'")
        words = [w.strip().lower() for w in _string_list(section, key, name)]
        if not words or not all(words):
            raise _fail(name, line, f"grammar list '{key}' must hold non-empty words")
        lists[key] = words
    typed = {}
    for key in ("symmetric_types", "material_types", "consult_object_types", "one_telling_types",
                "window_setting_types", "occasion_act_types"):
        types = {w.upper() for w in lists[key]}
        if types - set(EVENT_TYPES):
            raise _fail(name, line, f"unknown event type(s) in {key}: {', '.join(sorted(types - set(EVENT_TYPES)))}")
        typed[key] = frozenset(types)
    return Grammar(**{k: (tuple(v) if k == "adjective_endings" else typed[k] if k in typed
                          else frozenset(v)) for k, v in lists.items()})


@dataclass(frozen=True, slots=True)
class Narrative:
    """How dates carry across a story (dating.yaml, section ``narrative``)."""

    weekdays: tuple[str, ...]  # monday .. sunday, in ISO order
    week_joiners: frozenset[str]  # "Tuesday of last week"
    back_references: frozenset[str]  # "two days after that": the event just told
    reactions: frozenset[str]  # trigger lemmas that answer another event ("condemned", "welcomed")
    reaction_types: frozenset[str]  # event types that are reactions when their trigger is in ``reactions``
    max_chain: int  # how many date-less sentences a narrative date carries over
    same_time: frozenset[str] = frozenset()  # clause breaks that join simultaneous events ("while")
    group_subjects: frozenset[str] = frozenset()  # "they", "the leaders": the parties of the last joint event
    framed_answer_days: int = 0  # an answer told under a dated act's paragraph takes its day up to this many days
    # before the publication date (0: never)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A YAML loader that records the line of every mapping under the key ``__line__`` (libyaml's parser when
    available: the same data, read several times faster at start-up)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read(name: str, text: str | None = None) -> Any:
    raw = text if text is not None else resources.files("timeline.resources").joinpath("events", name).read_text("utf-8")
    try:
        return yaml.load(raw, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        raise ResourceError(f"{name}:{line}: not valid YAML ({getattr(err, 'problem', err)})",
                            "fix the YAML syntax at that line") from err


def _fail(name: str, line: int, what: str) -> ResourceError:
    return ResourceError(f"{name}:{line}: {what}", f"edit timeline/resources/events/{name}")


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(tokenize_words(phrase.lower()))


#: how texts and lexicon phrases are cut into words (shared with the extractor)
TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_WORD = TOKEN_RE


def tokenize_words(text: str) -> list[str]:
    return _WORD.findall(text)


def parse_triggers(raw: Any, name: str = "triggers.yaml") -> tuple[TriggerEntry, ...]:
    if not isinstance(raw, list):
        raise _fail(name, 1, "expected a list of trigger entries")
    entries = []
    seen: dict[str, int] = {}  # an entry's matching fields -> the line that first gave them
    for item in raw:
        if not isinstance(item, dict):
            raise _fail(name, 1, f"expected a mapping, got {item!r}")
        line = item.get("__line__", 0)
        same = repr(sorted((k, repr(v)) for k, v in item.items() if k not in ("__line__", "example", "summary")))
        if same in seen:
            raise _fail(name, line, f"'{item.get('lemma')}' repeats the entry at line {seen[same]} (only its example or summary differs)")
        seen[same] = line
        unknown = set(item) - _TRIGGER_KEYS - {"__line__"}
        if unknown:
            raise _fail(name, line, f"unknown field(s) {', '.join(sorted(unknown))}")
        for key in ("lemma", "pos", "type", "summary", "example"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise _fail(name, line, f"missing or empty '{key}'")
        if item["pos"] not in ("verb", "noun"):
            raise _fail(name, line, f"pos must be verb or noun, not '{item['pos']}'")
        if item["type"] not in EVENT_TYPES:
            raise _fail(name, line, f"unknown event type '{item['type']}' (one of {', '.join(EVENT_TYPES)})")
        if item.get("medium") not in (None, *MEDIA):
            raise _fail(name, line, f"medium must be phone, in_person or writing, not '{item['medium']}'")
        if item.get("mode") not in (None, "visit", "host", "third-party"):
            raise _fail(name, line, f"mode must be visit, host or third-party, not '{item['mode']}'")
        if item.get("status") not in (None, "planned"):
            raise _fail(name, line, f"status must be planned, not '{item['status']}'")
        if item.get("official_type") not in (None, *EVENT_TYPES):
            raise _fail(name, line, f"unknown event type '{item['official_type']}' in 'official_type'")
        if not isinstance(item.get("reciprocal", True), bool):
            raise _fail(name, line, "'reciprocal' must be true or false")
        if item.get("cancels") not in (None, "cancel", "postpone"):
            raise _fail(name, line, f"cancels must be cancel or postpone, not '{item['cancels']}'")
        for key in ("forms", "past", "not_next", "next_words", "objects"):
            if key in item and not (isinstance(item[key], list) and all(isinstance(x, str) for x in item[key])):
                raise _fail(name, line, f"'{key}' must be a list of strings")
        object_types = item.get("object_types", {})
        if isinstance(object_types, dict):
            object_types = {k: v for k, v in object_types.items() if k != "__line__"}
        if not isinstance(object_types, dict) or not all(
                isinstance(v, list) and v and all(isinstance(x, str) for x in v) for v in object_types.values()):
            raise _fail(name, line, "'object_types' must map event types to lists of words")
        bad = [t for t in object_types if t not in EVENT_TYPES]
        if bad:
            raise _fail(name, line, f"unknown event type '{bad[0]}' in 'object_types' (one of {', '.join(EVENT_TYPES)})")
        if not {x for p in item.get("past", ()) for x in expand_phrase(p)} <= {
                x for f in item.get("forms", ()) for x in expand_phrase(f)}:
            raise _fail(name, line, "every 'past' form must also be listed in 'forms'")
        for key in ("lemma", *(("forms",) if "forms" in item else ())):
            for phrase in ([item[key]] if key == "lemma" else item[key]):
                if phrase.count("[") != phrase.count("]") or phrase.count("(") != phrase.count(")") \
                        or "|" in _OPTIONAL.sub("", _CHOICE.sub("", phrase)) or "[" in _OPTIONAL.sub("", phrase):
                    raise _fail(name, line, f"'{phrase}': unbalanced [optional] or (a|b) pattern")
        entries.append(TriggerEntry(
            lemma=item["lemma"].strip().lower(), pos=item["pos"], type=item["type"],
            summary=item["summary"].strip(), example=item["example"], line=line,
            pair=item.get("pair"), medium=item.get("medium"), weak=bool(item.get("weak", False)),
            light=bool(item.get("light", False)), cancels=item.get("cancels"),
            next_actor=bool(item.get("next_actor", False)),
            not_next=tuple(w.lower() for w in item.get("not_next", ())), mode=item.get("mode"),
            next_words=tuple(w.lower() for w in item.get("next_words", ())),
            predicative=bool(item.get("predicative", False)), pair_only=bool(item.get("pair_only", False)),
            alone=item.get("alone").strip() if isinstance(item.get("alone"), str) and item["alone"].strip() else None,
            objects=tuple(w.lower() for w in item.get("objects", ())),
            object_types=tuple((t, tuple(w.lower() for w in ws)) for t, ws in object_types.items()),
            status=item.get("status"), official_type=item.get("official_type"),
            reciprocal=item.get("reciprocal", True),
        ))
    return tuple(entries)


_OPTIONAL = re.compile(r"\[([^\[\]()]+)\]")
_CHOICE = re.compile(r"\(([^()\[\]]+)\)")


def expand_phrase(phrase: str) -> list[str]:
    """The phrases a lexicon pattern stands for: ``[word]`` is optional (``[a|b]``: one of them or none), ``(a|b)`` one of the choices
    ("sever [diplomatic] (ties|relations)" -> four phrases), in the order written, without duplicates."""
    m = _OPTIONAL.search(phrase)
    if m:
        return _unique(expand_phrase(phrase[:m.start()] + f"({m.group(1)})" + phrase[m.end():])
                       + expand_phrase(phrase[:m.start()] + phrase[m.end():]))
    m = _CHOICE.search(phrase)
    if m:
        return _unique([x for alt in m.group(1).split("|")
                        for x in expand_phrase(phrase[:m.start()] + alt.strip() + phrase[m.end():])])
    return [" ".join(phrase.split())]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _entry_forms(entry: TriggerEntry, raw_forms: list[str], raw_past: list[str]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma in expand_phrase(entry.lemma):
        for form, tense in (verb_forms(lemma) if entry.pos == "verb" else noun_forms(lemma)).items():
            forms.setdefault(form, tense)
    past = {p for raw in raw_past for p in expand_phrase(raw.lower())}
    for form in (f for raw in raw_forms for f in expand_phrase(raw.lower())):
        if form in past:
            forms[form] = "past"
        else:
            forms.setdefault(form, "ing" if form.split(" ")[0].endswith("ing") else "past")
    return forms


def compile_triggers(raw: Any, name: str = "triggers.yaml") -> tuple[tuple[TriggerEntry, ...], dict]:
    entries = parse_triggers(raw, name)
    table: dict[str, list[tuple[TriggerEntry, str]]] = {}
    for entry, item in zip(entries, raw):
        for form, tense in _entry_forms(entry, item.get("forms", []), item.get("past", [])).items():
            key = " ".join(form.split())
            table.setdefault(key, []).append((entry, tense))
    return entries, {k: tuple(v) for k, v in table.items()}


def _event_types(raw: dict, key: str, name: str) -> frozenset[str]:
    """A list of PLOVER event types under ``key`` ("joined_types", "aimed_types" ...), each checked."""
    types = frozenset(w.upper() for w in _string_list(raw, key, name))
    unknown = types - set(EVENT_TYPES)
    if unknown:
        raise _fail(name, raw.get("__line__", 1), f"unknown event type(s) in {key}: {', '.join(sorted(unknown))}")
    return types


def _string_list(doc: dict, key: str, name: str) -> list[str]:
    value = doc.get(key)
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise _fail(name, doc.get("__line__", 1), f"'{key}' must be a list of strings")
    return value


def parse_cues(raw: Any, name: str = "cues.yaml") -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _fail(name, 1, "expected a mapping with status, reporting, clause_breaks ...")
    out: dict[str, Any] = {}
    cues = []
    for item in raw.get("status") or []:
        line = item.get("__line__", 0) if isinstance(item, dict) else 0
        if not isinstance(item, dict) or item.get("status") not in CUE_STATUSES:
            raise _fail(name, line, f"status cue needs 'status' in {', '.join(CUE_STATUSES)}")
        if item.get("where") not in ("before", "after"):
            raise _fail(name, line, "status cue needs 'where': before or after")
        if not isinstance(item.get("window"), int) or item["window"] < 1:
            raise _fail(name, line, "status cue needs a positive integer 'window'")
        if not isinstance(item.get("example"), str):
            raise _fail(name, line, "status cue needs an 'example'")
        words = _string_list(item, "words", name)
        cues.append(StatusCue(item["status"], item["where"], item["window"],
                              tuple(_words(w) for w in words), item["example"]))
    if not cues:
        raise _fail(name, 1, "no status cues")
    out["status_cues"] = tuple(cues)
    for key in ("reporting", "clause_breaks", "gerund_blockers", "location_preps", "light_verbs",
                "determiners", "pronouns", "adjective_heads"):
        out[key] = frozenset(w.lower() for w in _string_list(raw, key, name))
    out["phone_words"] = tuple(_words(w) for w in _string_list(raw, "phone_words", name))
    if "agent_heads" in raw:
        out["agent_heads"] = frozenset(w.lower() for w in _string_list(raw, "agent_heads", name))
    if "group_nouns" in raw:
        out["group_nouns"] = frozenset(w.lower() for w in _string_list(raw, "group_nouns", name))
    out["habitual"] = frozenset(w.lower() for w in _string_list(raw, "habitual", name)) if "habitual" in raw else frozenset()
    if "habit_phrases" in raw:
        out["habit_phrases"] = tuple(" ".join(_words(w)) for w in _string_list(raw, "habit_phrases", name))
    if "generic_object_determiners" in raw:
        out["generic_object_determiners"] = frozenset(
            w.lower() for w in _string_list(raw, "generic_object_determiners", name))
    if "standing_types" in raw:
        out["standing_types"] = _event_types(raw, "standing_types", name)
    out["modals"] = frozenset(w.lower() for w in _string_list(raw, "modals", name)) if "modals" in raw else frozenset()
    if "anaphoric_objects" in raw:
        out["anaphoric_objects"] = tuple(_words(w) for w in _string_list(raw, "anaphoric_objects", name))
    if "joined_types" in raw:
        out["joined_types"] = _event_types(raw, "joined_types", name)
    if "listed_types" in raw:
        out["listed_types"] = _event_types(raw, "listed_types", name)
    if "negated_types" in raw:
        out["negated_types"] = _event_types(raw, "negated_types", name)
    if "aimed_types" in raw:
        out["aimed_types"] = _event_types(raw, "aimed_types", name)
    if "participle_types" in raw:
        out["participle_types"] = _event_types(raw, "participle_types", name)
    if "passive_types" in raw:
        out["passive_types"] = _event_types(raw, "passive_types", name)
    if "undated_passive_types" in raw:
        out["undated_passive_types"] = _event_types(raw, "undated_passive_types", name)
    if "casualty_verbs" in raw:
        out["casualty_verbs"] = frozenset(w.lower() for w in _string_list(raw, "casualty_verbs", name))
    if "measure_nouns" in raw:
        out["measure_nouns"] = frozenset(w.lower() for w in _string_list(raw, "measure_nouns", name))
    if "disapproval_words" in raw:
        index: dict[str, list[tuple[str, ...]]] = {}
        for w in _string_list(raw, "disapproval_words", name):
            phrase = _words(w)
            index.setdefault(phrase[0], []).append(phrase)
        out["disapproval_words"] = {k: tuple(v) for k, v in index.items()}
    if "schedule_predicates" in raw:
        out["schedule_predicates"] = tuple(_words(w) for w in _string_list(raw, "schedule_predicates", name))
    for key in ("title_nouns", "number_heads", "purpose_verbs", "sought_heads", "greeting_lemmas", "back_pointers",
                "invitation_nouns", "audience_nouns"):
        if key in raw:
            out[key] = frozenset(w.lower() for w in _string_list(raw, key, name))
    if "decision_nouns" in raw:
        out["decision_nouns"] = frozenset(w.lower() for w in _string_list(raw, "decision_nouns", name))
    out["predicates"] = tuple(_words(w) for w in _string_list(raw, "predicates", name))
    out["denials"] = tuple(_words(w) for w in _string_list(raw, "denials", name))
    out["grammar"] = parse_grammar(raw, name)
    seq = raw.get("sequence")
    if not isinstance(seq, dict) or set(seq) - {"after", "before", "during", "__line__"}:
        raise _fail(name, raw.get("__line__", 1), "'sequence' must map after/before/during to word lists")
    out["sequence"] = {k: tuple(_words(w) for w in _string_list(seq, k, name)) for k in ("after", "before", "during")}
    pairs = raw.get("pairs")
    if not isinstance(pairs, dict):
        raise _fail(name, 1, "'pairs' must map plural nouns to role words")
    out["pairs"] = {_words(k): tuple(r.lower() for r in _string_list(pairs, k, name))
                    for k in pairs if k != "__line__"}
    return out


def parse_dating(raw: Any, name: str = "dating.yaml") -> tuple[dict[str, TenseWindow], dict[str, tuple[int, int]], dict[str, float]]:
    if not isinstance(raw, dict) or not isinstance(raw.get("tense"), dict) or not isinstance(raw.get("units"), dict):
        raise _fail(name, 1, "expected 'tense' and 'units' mappings")
    windows = {}
    for tense in TENSES:
        item = raw["tense"].get(tense)
        if not isinstance(item, dict):
            raise _fail(name, raw["tense"].get("__line__", 1), f"missing tense window '{tense}'")
        line = item.get("__line__", 0)
        lo, hi, conf = item.get("lo"), item.get("hi"), item.get("confidence")
        if not isinstance(lo, int) or not (hi is None or isinstance(hi, int)) or (hi is not None and hi < lo):
            raise _fail(name, line, f"tense window '{tense}' needs integer lo <= hi (hi may be null)")
        if not isinstance(conf, (int, float)) or not 0 <= conf <= 1:
            raise _fail(name, line, f"tense window '{tense}' needs a confidence between 0 and 1")
        windows[tense] = TenseWindow(lo, hi, float(conf))
    units = {}
    slack = {}
    for unit, item in raw["units"].items():
        if unit == "__line__":
            continue
        if not isinstance(item, dict) or not isinstance(item.get("lo"), int) or not isinstance(item.get("hi"), int):
            raise _fail(name, raw["units"].get("__line__", 1), f"unit '{unit}' needs integer lo and hi")
        units[unit] = (item["lo"], item["hi"])
        value = item.get("slack", 0)
        if not isinstance(value, (int, float)) or not 0 <= value < 1:
            raise _fail(name, item.get("__line__", 1), f"unit '{unit}': slack must be a fraction between 0 and 1")
        slack[unit] = float(value)
    return windows, units, slack


def parse_narrative(raw: Any, name: str = "dating.yaml") -> Narrative:
    section = raw.get("narrative") if isinstance(raw, dict) else None
    if not isinstance(section, dict):
        raise _fail(name, raw.get("__line__", 1) if isinstance(raw, dict) else 1, "expected a 'narrative' mapping")
    line = section.get("__line__", 1)
    weekdays = tuple(w.lower() for w in _string_list(section, "weekdays", name))
    if len(weekdays) != 7:
        raise _fail(name, line, "'weekdays' must list the seven days, Monday first")
    chain = section.get("max_chain")
    if not isinstance(chain, int) or chain < 0:
        raise _fail(name, line, "'max_chain' must be a non-negative integer")
    framed = section.get("framed_answer_days", 0)
    if not isinstance(framed, int) or framed < 0:
        raise _fail(name, line, "'framed_answer_days' must be a non-negative integer")
    types = frozenset(_string_list(section, "reaction_types", name))
    unknown = types - set(EVENT_TYPES)
    if unknown:
        raise _fail(name, line, f"unknown reaction type(s): {', '.join(sorted(unknown))}")
    return Narrative(
        weekdays=weekdays,
        week_joiners=frozenset(w.lower() for w in _string_list(section, "week_joiners", name)),
        back_references=frozenset(w.lower() for w in _string_list(section, "back_references", name)),
        reactions=frozenset(w.lower() for w in _string_list(section, "reactions", name)),
        reaction_types=types,
        max_chain=chain,
        same_time=frozenset(w.lower() for w in _string_list(section, "same_time", name)),
        group_subjects=frozenset(w.lower() for w in _string_list(section, "group_subjects", name)),
        framed_answer_days=framed,
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped event lexicon, compiled once per process."""
    raw_triggers = _read("triggers.yaml")
    entries, forms = compile_triggers(raw_triggers)
    cues = parse_cues(_read("cues.yaml"))
    dating = _read("dating.yaml")
    windows, units, slack = parse_dating(dating)
    return Lexicon(entries=entries, forms=forms, tense_windows=windows, units=units, slack=slack,
                   narrative=parse_narrative(dating),
                   form_index=_index(forms), cue_index=_cue_index(cues["status_cues"]), **cues)


def _index(forms: dict) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        words = tuple(TOKEN_RE.findall(form))
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _cue_index(cues) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    index: dict[str, list] = {}
    for k, cue in enumerate(cues):
        for words in cue.words:
            index.setdefault(words[0], []).append((words, k))
    return {k: tuple(v) for k, v in index.items()}
