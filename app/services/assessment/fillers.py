"""Filler words in their spoken forms, told apart from the same words used literally.

Transcripts often carry no punctuation, so each decision looks at the neighbouring words first and uses a comma
only where one is there to use. The guide the labelled answers follow is the header of
tests/data/answers/heldout.yaml ("FILLER GUIDE"), and spoken.yaml beside it measures these rules on spoken answers
written to that guide alone; each rule below names the case it decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Quotation marks count as punctuation (an apostrophe inside a word does not): "like 'we need export'" quotes.
# An operator between spaces separates words as punctuation does: "set held = held + 1" repeats no word.
# Words in any script: an ASCII-only word split "Tết" into "t", "t", a repetition nobody said.
_TOKEN = re.compile(r"[^\W_]+(?:(?:['’-]|_+)[^\W_]+)*|[.,;:!?…—–]+|\s-\s|\s[=+*/<>]=?\s|[\"“”‘']|(?<!\w)’")
# The hesitation sounds of the guide (um, uh, uhm, er, erm, hmm) in any length ("ummm", "uhh", "errr"). Other sounds
# ("eh", "ehm", "ah", "euh", the shorter "hm") are left out: "eh" is as often a tag ("nice, eh?") or another language's word as a pause.
_HESITATION = re.compile(r"u+m+|u+h+|u+h+m+|e+r+m+|e+r+|h+m{2,}", re.IGNORECASE)
# ... though a restart across one of them is still a restart ("I, ehm, I"; "for, eh, for").
_OTHER_SOUNDS = re.compile(r"e+h+m*|e+u+h+|a+h+|m{2,}|h+m", re.IGNORECASE)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DETERMINERS = _set("a an the this that these those what which one any some every each no same another other many "
                    "different certain particular right wrong whatever my your his her our their its")
# "know"/"mean" is the real verb after these ("do you know which", "if you know the key", "what I mean is").
# How "you" is spelled in "you know" in speech written down: "ye know", "ya know", "d'you know".
_YOU_SPELLINGS = _set("you ye ya d'you")
_KNOW_VERB_BEFORE = _set("do does did don't doesn't didn't if when whether unless because as know knew what how once")
# ... and "know" has an object clause after these. Other words after "you know" start the speaker's next clause,
# which in unpunctuated transcripts is how the filler is heard ("and you know I told my manager").
_KNOW_OBJECT_AFTER = _set("which what where when who whom how whether if about exactly that why")
_MEAN_VERB_BEFORE = _set("what which that as if whatever")
# "like" compares or introduces examples after these ("looks like a cache", "things like that").
_LIKE_COMPARE_BEFORE = _set("something anything nothing things thing stuff look looks looked looking feel feels felt "
                            "feeling seem seems seemed sound sounds sounded act acts acted more exactly much of")
_LIKE_VERB_BEFORE = _set("i you we they he she people i'd you'd we'd they'd would to don't didn't doesn't not also "
                         "really")
_PERSONS = _set("i he she they we you lead manager boss colleague teammate pm cto ceo friend mom dad everyone "
                "everybody")
_NUMBERS = _set("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
                "million billion half dozen couple few")
_INTENSIFIERS = _set("really very super so totally completely literally basically just through always never extremely "
                     "insanely crazy way kinda sorta maybe almost around about")
# A verb does not take a comparison with "like" (those are look/feel/seem/sound, above), so after one it hedges.
_VERBS_BEFORE_LIKE = _set("had have has got get gets took take takes spent spend needed need did do made make saw "
                          "wrote built gave give found tried wanted started finished added lost waited read")
_CLAUSE_VERBS = _set("was were is are had has kept would could did didn't wasn't weren't got went")
_AMOUNTS = _set("hundreds thousands millions billions dozens tons")
_UNITS = _set("millisecond milliseconds second seconds minute minutes hour hours day days week weeks month months year "
              "years")
_SUBJECTS = _set("i i'd i'm i've we we'd we're they he she")
_MODALS = _set("would does did do could might will can")
_EXTREMES = _set("main only first last biggest best worst hardest")
_QUOTES = set("\"“”‘'’")
_CONTRACTED_SUBJECTS = _set("he'd she'd they'd you'd he's she's they're they've you're you've we've that's it's "
                            "there's")
_COPULAS = _set("is was were are 's it's that's be been")
# "you know" after these sits inside a phrase, so what follows is no object of "know" ("to maybe you know a day").
_INSERTED_AFTER = _set("to of maybe about around just like really probably on at for in with from into over or")
# Auxiliaries, verbs and subjects that make a clause of what follows a sentence-opening "Like".
_CLAUSE_WORDS = _set("do does don't doesn't can can't will won't should need needs want wants has have it's there's "
                   "that's you you're")
_PREPOSITIONS = _set("on at for in with from into over under after within during until via against by across between "
                      "through without behind toward towards among")
# "like" right after these cannot compare ("at like a small startup", "this like hackathon", "a like a search page").
_ARTICLES = _set("a an the this these those my our your their his her")
_POSSESSIVES = _set("my our your their his her")
# Spoken fillers a restart may straddle ("we, um, we", "a like a", "I, you know, I"); "tests, basically tests"
# restates rather than restarts.
_BRIDGING = _set("like you know i mean")
# "That kind of made the case": after a pronoun "that"/"this", "kind of" before a verb hedges it.
_PAST_VERBS = _set("was is were are made took went got did saved helped worked broke became turned")
# Words that state the expectation "actually" answers ("everyone assumed it was user error, but it actually ...").
_CONTRAST_NEAR = _set("but though although instead however yet")
_NEGATIONS = _set("not wasn't isn't weren't aren't didn't don't doesn't never won't can't couldn't")
_EXPECTATION = _set("assumed assume assuming assumption expected expect expecting expectation supposed convinced "
                    "nervous worried dreading afraid feared believed")
_EXPECTED = _set("expected expect expecting assumed afraid worried feared surprised surprise opposite")  # ... or after it: "which I never expected"
_AUXILIARIES = _set("was were is are did does do had has have could can would will")
_EMBEDDED_QUESTION = _set("what whether if")
_LITERAL_READING = _set("read reads reading take taken taking took translate translated interpret interpreted")
# Across a comma, a repeated word is a restart only when it cannot end a clause ("I, uh, I showed", "won't, won't");
# otherwise one clause ends with the word the next begins with ("read it, it is", "the backend, backend saves it").
_RESTART_WORDS = _set("i i'm i've i'd you we we're we've we'd they he she the a an and but or so to of my our your their "
                      "his is was were are will would can could should won't can't didn't don't wasn't if then with "
                      "for from it's that's there's you're they're i'll we'll what how why who each every has "
                      "you'd they'd he'd she'd about")  # "you'd, you'd generally prefer", "a lot about, about how"
# Words no sentence ends with: said twice before a full stop, the speaker broke off ("I, I... sorry").
_CANNOT_END = _set("i i'm i've i'd we they he she the a an my our your their and but or because to of for with from")
# A pronoun right after these is the subject of its clause, so it cannot also end one ("and it, it switches").
_CLAUSE_OPENERS = _set("and but so because then when if while")
_SUBJECT_PRONOUNS = _set("it this that these those there")
# Words a quotation opens with, after "was like,": a speaker's own clause or an address ("was like, mate, ...").
_QUOTE_OPENERS = _set("i i'm i'd we we're you you're you've he she they this that's it's mate dude guys man okay ok "
                      "no yes yeah oh wow hey look listen why what how can could do don't please just well sure fine")
_FIXED_AFTER_DOUBLE = {("at", "least"), ("at", "most"), ("in", "order"), ("in", "case"), ("at", "all")}
# Doubles that are grammatical or emphatic, never a restart ("that that", "had had", "very very").
_NOT_REPEATS = _set("that had very really so no more much many far long again yeah okay ok well now bye ha yes "
                    "right sure exactly true fine cool good great plus minus")  # "C plus plus", "i minus minus"
# Said twice, these read a year: "twenty twenty-two", "nineteen nineteen" (said twice across a pause, a restart).
_YEAR_WORDS = _set("nineteen twenty")
# Typed answers misspell the spoken fillers as often as any word: read them as the word meant.
_MISSPELT = {"basicly": "basically", "basicaly": "basically", "bascially": "basically", "actualy": "actually",
             "acutally": "actually", "literaly": "literally", "litterally": "literally"}
# A relative or question word opens a clause that may end on its preposition: "which I'd been asking for, for a year"
_STRANDING = _set("which what who whom whose where")
_REPORTED = _set("said say says told mentioned promised expected predicted warned")
_CLAUSE_SUBJECTS = _set("i i'd i've i'm we we'd we've we're you you'd you've they they'd they've he he'd she she'd people")
# A "that" after these opens their clause, so "said that, that was" is the grammatical double said with a pause;
# after other words a second "that" restarts ("a Spark job that, that rolls it up").
_THAT_CLAUSE_BEFORE = _set("said say says know knew think thought realised realized noticed found find saw see felt feel "
                           "mean meant means is was so such believe believed agreed decided hoped hope told guess sure "
                           "clear learned learnt showed shows explained ensure ensured")


@dataclass
class _Word:
    text: str  # lower-cased, curly apostrophes made straight
    punct_before: str  # punctuation between the previous word and this one
    sentence_start: bool
    capital: bool = False  # capitalised inside a sentence, or in mixed case: a name ("Priya was like", "gVisor")
    acronym: bool = False  # in capitals in a text that is not: "the ER samples" is the emergency room, not "er"


def _tokens(text: str) -> list[_Word]:
    out: list[_Word] = []
    punct = ""
    cased = any(ch.islower() for ch in text)
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if not token[0].isalnum():
            punct += token.strip() or "-"
            continue
        start = not out or any(ch in punct for ch in ".!?…")
        text = token.lower().replace("’", "'")
        text = _MISSPELT.get(text, text)
        if text in {"y'know", "ya'know"}:  # "y'know" is "you know" said quickly
            out += [_Word("you", punct, start), _Word("know", "", False)]
        else:
            mixed = token[0].islower() and any(ch.isupper() for ch in token[1:])  # "gVisor", "iPhone", "macOS"
            out.append(_Word(text, punct, start, (token[0].isupper() and not start) or mixed,
                             cased and len(token) > 1 and token.isupper()))
        punct = ""
    return out


def _hesitates(word: _Word) -> bool:
    return _HESITATION.fullmatch(word.text) is not None and not word.acronym


def _is_number(word: str) -> bool:
    """"twelve", "12", "ninety-five", "4K", "millions"."""
    return word[:1].isdigit() or word.split("-")[0] in _NUMBERS or word in _AMOUNTS


def _is_quotative(ws: list[_Word], i: int) -> bool:
    """"I was like no way", "my lead was like, just fix it": reported speech, not a filler. "I was like really
    nervous" hedges, "when I was like twelve" approximates."""
    after = ws[i + 1] if i + 1 < len(ws) else None
    if i < 1 or ws[i].punct_before or (after is not None and not after.punct_before and (
            after.text in _INTENSIFIERS or _is_number(after.text))):
        return False
    if ws[i - 1].text in {"i'm", "he's", "she's", "they're", "we're", "you're"}:
        return True
    if i < 2 or ws[i - 1].text not in {"was", "were", "'s"} or ws[i - 1].punct_before:
        return False
    if after is not None and after.punct_before.startswith(",") and after.text in _QUOTE_OPENERS \
            and ws[i - 2].text not in _SUBJECT_PRONOUNS | {"it"}:
        return True  # "my manager at the time was like, this is the best project", "the owner was like, mate, ..."
    return ws[i - 2].text in _PERSONS or ws[i - 2].capital


def _has_object(ws: list[_Word], k: int) -> bool:
    """A noun phrase at `k` that no verb of its own follows is the object of the "know" before it ("you know the
    drill"); one that does starts the speaker's next clause ("so you know the whole team was tired"). Inside a
    phrase "you know" is inserted, not said ("cut it to maybe you know a day a week")."""
    inserted = k >= 3 and ws[k - 3].text in _INSERTED_AFTER and not ws[k - 2].punct_before
    if ws[k].text not in _DETERMINERS or inserted:
        return False
    phrase = []
    for w in ws[k + 1:k + 5]:
        if w.punct_before:
            break
        phrase.append(w.text)
    return not set(phrase) & _CLAUSE_VERBS


def _lists_examples(ws: list[_Word], i: int) -> bool:
    """A sentence of its own that opens with "Like" and lists things without a verb gives examples ("Like push,
    email and SMS."); one with a verb is a discourse marker ("Like does the user only read?")."""
    rest = []
    for w in ws[i + 1:i + 13]:
        if w.sentence_start:
            break
        rest.append(w.text)
    else:
        if i + 13 < len(ws) and not ws[i + 13].sentence_start:
            return False
    return bool({"or", "and"} & set(rest)) and not set(rest) & (_CLAUSE_VERBS | _SUBJECTS | _CLAUSE_WORDS)


def _it_is_before(ws: list[_Word], j: int) -> bool:
    """"it's like ...", "that was like ...": "like" after these compares a situation rather than hedging."""
    if j < 0 or ws[j].text not in _COPULAS:
        return False
    return ws[j].text in {"it's", "that's"} or (j >= 1 and ws[j - 1].text in {"it", "that", "this"})


def _hedging_kind_of(ws: list[_Word], i: int, prev: str) -> bool:
    """The noun sense has a determiner before it ("a kind of queue", "what sort of plan"), except a pronoun
    before a verb ("so that kind of made the case", "which kind of fixed it", "that kind of helps")."""
    if prev not in _DETERMINERS:
        return True
    then = ws[i + 2].text if i + 2 < len(ws) else ""
    if prev == "her" and then in {"the", "a", "an"}:
        return True  # "her" as the object, not the owner: "that made her kind of the owner of the change"
    past = then in _PAST_VERBS or (then.endswith("ed") and not then.endswith("eed"))
    # "that kind of helps": a singular noun rarely ends in a lone -s ("stress", "focus", "analysis" do not count)
    present = then.endswith("s") and not then.endswith(("ss", "us", "is", "ics", "as", "ws", "ys"))
    return (prev in {"that", "this", "which"} and past) or (prev in {"that", "this"} and present)


def _actually_contrasts(ws: list[_Word], i: int) -> bool:
    """Not a filler where it marks what really happened against an expectation the answer states: a contrast
    word just before ("easy, but it actually took longer"), an expectation stated close by ("everyone assumed it
    was user error ... it actually was our bug", "I actually ended up leading it, which I never expected"), or
    "turned out" / "than" beside it ("it actually turned out cheaper", "actually faster than we thought"), or
    the alternative denied right after ("which indexes are actually used, not just which ones exist")."""
    start = i
    while start > max(0, i - 8) and not ws[start].sentence_start:
        start -= 1  # a contrast word in an earlier sentence contrasts that sentence, not this one
    if i and ws[i - 1].text in _NEGATIONS and not ws[i].punct_before:
        return True  # "it wasn't actually about control": what really was, against what was thought
    if {w.text for w in ws[start:i]} & _CONTRAST_NEAR or (i and ws[i - 1].text == "no"):
        return True  # ... or a correction: "I said it in standup, no, actually it was in a one-on-one"
    if ws[i].punct_before.startswith(",") and any(_is_number(w.text) for w in ws[max(0, i - 4):i]) \
            and any(_is_number(w.text) for w in ws[i + 1:i + 5]):
        return True  # a figure corrected: "about 3.1 lakh, actually it was 3.14 lakh"
    for w in ws[i + 2:i + 10]:
        if w.sentence_start:
            break
        if (w.text in {"not", "instead", "rather"} and w.punct_before) or w.text == "opposed":
            return True  # "what was actually sent, as opposed to what we intended"
    # an expectation stated later in its sentence: "I actually ended up being the one people asked, which I never
    # expected"; a sentence that follows speaks for itself
    after = []
    for w in ws[i + 2:i + 18]:
        if w.sentence_start:
            break
        after.append(w.text)
    if {w.text for w in ws[_previous_sentence_start(ws, i):i]} & _EXPECTATION or set(after) & _EXPECTED:
        return True
    if _in_question_of_what_is_real(ws, i):
        return True
    if all(_hesitates(w) for w in ws[:i]) and any(w.text in _NEGATIONS for w in ws[i + 1:i + 5]):
        return True  # the answer opens by denying what the question took for granted: "Actually it doesn't, ..."
    if i + 1 < len(ws) and ws[i + 1].text in _AUXILIARIES and (i + 2 == len(ws) or ws[i + 2].punct_before):
        return True  # the verb left out says it contradicts what was said before: "sure it wasn't (it actually was,"
    around = [w.text for w in ws[max(0, i - 3):i + 4]]
    return any(a == "turned" and b == "out" for a, b in zip(around, around[1:])) or "than" in around[3:]


def _previous_sentence_start(ws: list[_Word], i: int) -> int:
    """Where the sentence before word i's begins, at most 40 words back, and at least 20 words back when sentences
    are not marked (a transcript without punctuation): an expectation stated there is still in view ("Everyone
    assumed we'd need a rewrite. I looked, and the indexer was actually fine.")."""
    starts = [k for k in range(i, max(-1, i - 41), -1) if ws[k].sentence_start]
    # starts[0] is this sentence's own start, starts[1] the one before it
    return min(starts[1], max(0, i - 20)) if len(starts) >= 2 else max(0, i - 20)


def _in_question_of_what_is_real(ws: list[_Word], i: int) -> bool:
    """"asked what they actually need", "what's actually urgent", "check if it's actually a leak", "which tables
    people actually export": inside an embedded question, after its subject, "actually" sets what really is against
    what is said or assumed. Not right after the question word ("what actually worried her"), and not in a relative
    clause about the thing just named ("a minor GC, which is actually very fast")."""
    for gap in (0, 1, 2):  # words between the question word and "actually"
        k = i - gap - 1
        if k < 0 or any(w.punct_before for w in ws[k + 1:i + 1]):
            return False
        opener = ws[k].text
        if gap == 0:
            if opener in {"what's", "what’s"}:
                return True
        elif opener in _EMBEDDED_QUESTION or (opener == "which" and gap == 2 and ws[k + 1].text not in _COPULAS):
            return True
    return False


def _defines(ws: list[_Word], i: int) -> bool:
    """"By filtering I mean offensive completions": "I mean" after "by" and a few words, in the same clause, says
    what a word means, so "mean" is the verb."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if ws[k + 1].punct_before:
            return False  # "by then, I mean, it was over": the clause ended before "I mean"
        if ws[k].text == "by":
            return True
        if ws[k].sentence_start:
            return False
    return False


def _approximates(nxt: str, then: str) -> bool:
    """"like" before an amount hedges it: "like two weeks", "like once", "like one per month", "like all forty
    tables", "like every two seconds", "like a week", "like a lot", "like the whole history"."""
    if _is_number(nxt) or nxt in {"once", "twice"}:
        return True
    if (nxt in {"for", "about", "around", "within", "under", "over", "in"} or nxt == "point") and _is_number(then):
        return True  # "like for ten minutes", "like within two days", "of like point seven five"
    if nxt in {"all", "a", "an", "maybe", "every", "each"} and _is_number(then):
        return True
    return ((nxt == "one" and (then in {"per", "or", "every"} or then in _UNITS))  # "like one day"
            or (nxt == "the" and then in {"whole", "entire"})
            or (nxt in {"a", "an", "maybe"} and then in _UNITS)
            or (nxt == "a" and then in {"lot", "bit", "ton", "bunch", "couple", "few"}))


def _one_in_n(ws: list[_Word], k: int) -> bool:
    """"one delivery in five", "one in ten", "one request out of a thousand": a rate, so "like" before it hedges."""
    rest = [w.text for w in ws[k:k + 5]]
    for at in range(min(3, len(rest))):
        if rest[at] == "in" and at + 1 < len(rest) and (_is_number(rest[at + 1]) or rest[at + 1] == "a"):
            return True
        if rest[at:at + 2] == ["out", "of"]:
            return True
    return False


def _names_either_or(ws: list[_Word], i: int) -> bool:
    def name(k: int) -> bool:
        return k < len(ws) and not ws[k].punct_before and (ws[k].capital or ws[k].acronym) and ws[k].text != "i"

    return name(i + 1) and i + 3 < len(ws) and ws[i + 2].text in {"or", "and"} and name(i + 3)


def _like_is_filler(ws: list[_Word], i: int) -> bool:
    w = ws[i]
    j = i - 1
    while j >= 0 and _hesitates(ws[j]):
        j -= 1  # "transactions are, um, like when ..."
    before = ws[j].text if j >= 0 and (j < i - 1 or not w.punct_before) else ""
    after = ws[i + 1] if i + 1 < len(ws) else None
    nxt = after.text if after and not after.punct_before else ""
    if _is_quotative(ws, i):
        return False
    if before in {"just", "still"} and not w.punct_before and nxt == "to":
        return False  # the verb: "I'd just like to do more of what I'm good at", "we just like to ship"
    if nxt in _SUBJECTS | {"you", "people", "everyone"} and i + 2 < len(ws) and ws[i + 2].text in _REPORTED:
        return False  # "like I said", "not slower like they said": as someone said
    if nxt in {"this", "that"} and (i + 2 >= len(ws) or any(ch in ws[i + 2].punct_before for ch in ".!?…")):
        return False  # the manner, closing its sentence: "I do the medications. Like that.", "we did it like this."
    if before in {"i", "we", "they", "you"} and after is not None and after.text in _SUBJECTS:
        return False  # the verb, said again: "I like, I like designing APIs"
    if after is not None and set(after.punct_before) & _QUOTES:
        return False  # a quotation or a quoted example follows: "like 'we need export to Excel'"
    if after is not None and (after.capital or after.acronym) and not after.punct_before and any(
            ws[k].punct_before == "," and (ws[k].capital or ws[k].acronym) for k in range(i + 2, min(i + 4, len(ws)))):
        return False  # names listed as examples: "full stack, like JavaScript, React, Node, that stuff"
    if _names_either_or(ws, i):
        return False  # two names as examples: "a hypervisor like KVM or VMware", "in between like Firecracker or gVisor"
    if i + 2 < len(ws) and ws[i + 1].text == ws[i + 2].text and ws[i + 1].text in _RESTART_WORDS \
            and not w.punct_before and not _it_is_before(ws, j):
        # the speaker restarts right after it: "prioritize like the the" (", like the the Camino" lists; "it's like
        # the the phone book" still compares)
        return True
    if after is not None and after.punct_before and after.punct_before[0] in ",;:-—–":
        return True  # "we were, like, stuck", "Like, a lot"
    if w.punct_before.startswith(",") and (after is None or after.sentence_start) and before not in _SUBJECTS:
        return True  # a tag at the end of a sentence: "the week before Christmas, like."
    if w.sentence_start and after is not None:
        return not _lists_examples(ws, i)
    then = ws[i + 2].text if i + 2 < len(ws) else ""
    if before == "of" and (_is_number(nxt) or nxt == "point" or (nxt in {"one", "a"} and _is_number(then))):
        return True  # "images of like three megabytes", "a load factor of like point seven five", "of like one
        # thousand"
    if before in _LIKE_COMPARE_BEFORE:
        return False
    if before == "just":  # "just like a cache", "just like you'd check" compare; "the worker just like saves" hedges
        return (bool(nxt) and nxt not in _DETERMINERS and nxt not in _SUBJECTS | {"this", "that", "you", "you'd"}
                and not after.capital)
    if before in {"there's", "there"}:
        return True  # "there's like a presence service": nothing is compared
    if before in _PREPOSITIONS or (before in _ARTICLES and (nxt in _DETERMINERS or before not in {"a", "an", "the"})):
        return True  # "at like a small startup", "this like hackathon", "a like a page" (but "a like button")
    it_is = _it_is_before(ws, j)
    if nxt in _SUBJECTS or nxt in _CONTRACTED_SUBJECTS or nxt == "there":
        # A clause follows: "it was bad like we lost the data", "confident, like I'd done it before" (but "it was
        # like we were stuck" compares)
        return not it_is or bool(w.punct_before)
    if w.punct_before.startswith(",") and _is_number(nxt) and then and not _is_number(then) \
            and then not in _UNITS and i + 3 < len(ws) and (ws[i + 3].text.endswith("ing")
                                                             or ws[i + 3].text in {"who", "that", "which"}):
        return False  # a scene given as an example: "sometimes it's wrong, like two people booking the last seat"
    if j >= 1 and ws[j - 1].text in {"a", "an"} and not w.punct_before and not ws[j].punct_before \
            and (_is_number(nxt) or nxt in _DETERMINERS):
        return False  # "a NOUN like" names an example: "a window like 99.9 percent", "a limit like the biggest box"
    if nxt in _DETERMINERS and i + 3 < len(ws) and ws[i + 3].text in _MODALS \
            and (i + 4 >= len(ws) or ws[i + 4].punct_before):
        return False  # a comparison: "drive the system like a user would"
    if _approximates(nxt, then) or (nxt == "one" and _one_in_n(ws, i + 2)):
        return True
    if nxt == "most" and then == "of" and not w.punct_before and before not in _LIKE_VERB_BEFORE:
        return True  # it hedges an amount: "the lint rule catches like most of these" (but "we, like most of our
        # peers,", "I really like most of it")
    if nxt == "the" and (then in _EXTREMES or (then.endswith("est") and len(then) > 5)):
        return True  # "which is like the worst week", "like the main difference": it hedges an extreme
    if nxt in {"crazy", "mad", "hell", "clockwork", "wildfire"} and (
            i + 2 >= len(ws) or ws[i + 2].punct_before or ws[i + 2].text in _CLAUSE_OPENERS | {"for", "all", "or"}):
        return False  # the idiom: "the battery was going down like crazy" (but "like crazy busy" hedges)
    if before in {"really", "so", "also", "still"} and j >= 1 and ws[j - 1].text in _SUBJECTS \
            and not ws[j].punct_before and not w.punct_before:
        return False  # the verb, stressed: "I really like coding", "we also like to pair"
    if nxt in _INTENSIFIERS or nxt in {"at", "not", "too"} or before in {"very", "really", "so", "pretty", "too", "as"}:
        return True  # "it was like really slow", "like not even a query", "like at some point", "like too much",
        # "as like a stepping stone"
    if nxt in {"this", "that", "so"}:
        return False  # "do it like this", "stuff like that"
    if before in _VERBS_BEFORE_LIKE or before in {"and", "but", "because", "or", "then"}:
        return True  # "we had like a huge backlog", "and like we rewrote it"
    if before in _COPULAS and nxt and (nxt not in _DETERMINERS or (nxt in _POSSESSIVES and not it_is)) \
            and nxt not in {"that", "this"} and not (it_is and nxt.endswith("ing")):
        # "latency was like through the roof", "the big one was like my first month" (but "it's like an
        # electricity bill" compares)
        return True
    if nxt in _DETERMINERS and i + 3 < len(ws) and ws[i + 3].text in _CLAUSE_VERBS and not ws[i + 3].punct_before:
        return True  # it opens a clause, not a comparison: "the problem was like the cache was cold"
    if before == "to" and i >= 2 and ws[i - 2].text not in {"i'd", "you'd", "we'd", "they'd", "would"}:
        return bool(nxt) and nxt not in _DETERMINERS and not (after and after.capital)
    if before in _LIKE_VERB_BEFORE:
        # "we like rewrote it" hedges a verb; "I like Redis" is the verb itself.
        return bool(nxt) and (nxt.endswith("ed") or nxt in {"rewrote", "went", "made", "got", "took", "did",
                                                             "said", "told", "ran", "just"})
    return False


def find_fillers(text: str) -> list[str]:
    """Each filler occurrence: the spoken forms in order of appearance, then each restart as the words said twice
    ("the the", "so i so i")."""
    ws = _tokens(text)
    found: list[str] = []
    spoken: set[int] = set()  # token positions taken by a spoken filler, skipped when looking for restarts

    def take(form: str, *positions: int) -> None:
        found.append(form)
        spoken.update(positions)

    i = 0
    while i < len(ws):
        w = ws[i].text
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        pair = nxt.text if nxt is not None and not nxt.punct_before else ""
        prev = ws[i - 1].text if i and not ws[i].punct_before else ""
        if _hesitates(ws[i]):
            take(w, i)
        elif w in _YOU_SPELLINGS and pair == "know":
            after = ws[i + 2] if i + 2 < len(ws) else None
            parenthetical = after is None or bool(after.punct_before)
            verb = prev in _KNOW_VERB_BEFORE or (after is not None and after.text in _KNOW_OBJECT_AFTER) or (
                after is not None and _has_object(ws, i + 2))
            if parenthetical or not verb:
                take(f"{w} know", i, i + 1)
                i += 1
        elif w == "i" and pair == "mean":
            after = ws[i + 2].text if i + 2 < len(ws) and not ws[i + 2].punct_before else ""
            # "I mean it." is the verb; "I mean it depends" is the marker; "I mean that we ..." intends.
            means_it = after == "it" and (i + 3 >= len(ws) or bool(ws[i + 3].punct_before)
                                          or ws[i + 3].text in {"when", "because", "seriously"})
            # "I mean exactly what the word says" is the verb too
            # "after that I mean ..." ends a phrase with "that": the marker follows, not "that I mean"
            that_ends_phrase = prev == "that" and i >= 2 and ws[i - 2].text in {"after", "before", "about", "like",
                                                                               "of", "with", "than"}
            # "so I mean that is why ..." is the marker: "that" opens the clause it introduces
            that_opens = after == "that" and i + 3 < len(ws) and not ws[i + 3].punct_before \
                and ws[i + 3].text in {"is", "was"}
            if (prev not in _MEAN_VERB_BEFORE or that_ends_phrase) and (
                    after not in {"by", "that", "exactly"} or that_opens) and not means_it and not _defines(ws, i):
                take("i mean", i, i + 1)
                i += 1
        elif w in {"kind", "sort"} and pair == "of":
            if _hedging_kind_of(ws, i, prev):
                take(f"{w} of", i, i + 1)
                i += 1
        elif w in {"kinda", "sorta", "basically"}:
            take(w, i)
        elif w == "actually":
            if not _actually_contrasts(ws, i):
                take(w, i)
        elif w == "literally":
            around = {ws[j].text for j in (i - 5, i - 4, i - 3, i - 2, i - 1, i + 1) if 0 <= j < len(ws)}
            # ... and what a word "literally means" is how it translates: "ganbatte, which literally means 'do your best'"
            if not around & _LITERAL_READING and pair not in {"means", "meant", "translates", "translated"}:
                take(w, i)
        elif w == "like" and _like_is_filler(ws, i):
            take(w, i)
        i += 1
    return found + _repetitions(ws, spoken)


def _ends_a_relative_clause(seq: list[_Word], i: int) -> bool:
    """Word i closes a clause opened by a relative or question word a few words back, with a subject and a verb in
    between ("which I'd been asking for"): a preposition there is stranded, not started again."""
    for k in range(i - 1, max(-1, i - 8), -1):
        if seq[k].text in _STRANDING:  # ... and its own subject after it: not "which one matters most for, for"
            return i - k >= 3 and seq[k + 1].text in _CLAUSE_SUBJECTS
        if seq[k].punct_before or seq[k].sentence_start:
            return False
    return False


def _repetitions(ws: list[_Word], spoken: set[int] | frozenset[int] = frozenset()) -> list[str]:
    """Immediate repeats of a word or a phrase of up to three words, one per extra copy; hesitations and short
    discourse fillers between the copies are skipped ("we, um, we raised it", "a like a search page")."""
    seq: list[_Word] = []
    bridged: list[bool] = []  # a spoken filler stood between this word and the one before
    carried = ""
    for k, w in enumerate(ws):
        if (k in spoken and w.text in _BRIDGING) or _hesitates(w) or _OTHER_SOUNDS.fullmatch(w.text):
            carried += w.punct_before + ","
            continue
        seq.append(_Word(w.text, carried + w.punct_before, w.sentence_start))
        bridged.append(bool(carried))
        carried = ""
    texts = [w.text for w in seq]
    found: list[str] = []
    i = 0
    while i < len(seq):
        for n in (3, 2, 1):
            if i + 2 * n > len(seq) or texts[i:i + n] != texts[i + n:i + 2 * n]:
                continue
            # Across a comma a lone repeated word is a restart when a filler stands between the copies ("someone,
            # uh, someone"), when the first copy stands alone (", you, you add servers") or is the subject a
            # clause opens with ("and it, it switches"), or when it cannot end a clause; otherwise a clause ends
            # with the word the next begins with ("the backend, backend ...").
            alone = i == 0 or seq[i].sentence_start or bool(seq[i].punct_before) or (
                texts[i - 1] in _CLAUSE_OPENERS and texts[i] in _SUBJECT_PRONOUNS)
            # "that that" is grammatical, but "that, um, that changed" is a restart: nobody hesitates inside a double
            paused = bool(seq[i + 1].punct_before) and not bridged[i + 1]
            # ... and a relative "that" said again after a pause restarts too ("the part that, that failed")
            relative_that_restarts = n == 1 and texts[i] == "that" and paused and i > 0 \
                and texts[i - 1] not in _THAT_CLAUSE_BEFORE
            if n == 1 and not relative_that_restarts and ((texts[i] in _NOT_REPEATS and not bridged[i + 1]) or (
                    paused and not alone and texts[i] not in _RESTART_WORDS | _PREPOSITIONS)):
                continue  # ... and a preposition cannot end a clause: "the bridge in, in Zapopan" restarts
            if n == 1 and paused and texts[i] in _PREPOSITIONS and _ends_a_relative_clause(seq, i):
                continue  # ... unless a relative clause strands it: "what I'd asked for, for a year"
            if n == 1 and texts[i] in _YEAR_WORDS and not seq[i + 1].punct_before and not bridged[i + 1]:
                continue
            if n == 1 and len(texts[i]) == 1 and texts[i].isalpha() and texts[i] not in {"a", "i"}:
                continue  # letters spelt out, as speech-to-text writes an acronym: "h t t p s"
            if n == 1 and re.fullmatch(r"\w-\w", texts[i]):
                continue  # ranges of characters listed: "0-9, a-z, A-Z"
            if any(ch in seq[i + n].punct_before for ch in ".!?…;:"):
                continue  # one sentence or clause ending with the words the next begins with ("than it is; it is")
            if n == 1 and (texts[i], texts[i + 2] if i + 2 < len(texts) else "") in _FIXED_AFTER_DOUBLE:
                continue  # "again at at least once": the second word opens a phrase of its own
            if n > 1 and texts[i + n - 1] in {"and", "or"}:
                continue  # a chain, for emphasis: "you retry and retry and retry"
            if n > 1 and i > 0 and "," in seq[i + n].punct_before and not bridged[i + n] \
                    and texts[i - 1] in _PREPOSITIONS | {"about", "of", "to"} and texts[i] in _ARTICLES:
                continue  # "nobody tells you about the wind, the wind is horizontal": one clause ends with the
                # phrase the next begins with
            before = [] if any(ch in seq[i].punct_before for ch in ".!?…;:") else texts[i - 1:i]
            if n == 1 and texts[i] not in _RESTART_WORDS and texts[i] in before + texts[i + 2:i + 3]:
                continue  # ... or said three times: "it will retry, retry, retry"; "I, I, I" still stutters (a copy
                # that ends the sentence before is not one of them: "does it. It, um, it removes")
            end = i + 2 * n
            broken_off = n == 1 and texts[i] in _CANNOT_END  # "I, I... sorry, let me start again"
            if (end == len(seq) or any(ch in seq[end].punct_before for ch in ".!?…")) and not broken_off:
                continue  # a restart goes on after its second copy; words said twice to end a sentence insist
                # ("once it clicks, you know, it clicks.", "flip, advance, advance.")
            found.append(" ".join(texts[i:i + 2 * n]))
            i += n - 1
            break
        i += 1
    return found
