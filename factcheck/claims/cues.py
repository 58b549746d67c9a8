"""The English cue words of the claim reader, as compiled patterns: what makes a number a change,
its direction, a future or a hypothetical, a period, a place, a clause break. Every resolver reads
them from here, so a cue is added, and tested, in one place."""

from __future__ import annotations

import re

# Words before a number that make it a change, and the direction they give.
CHANGE_BEFORE = re.compile(
    r"(?P<p>\b(?:(?:fell|fallen|falls?|falling|dropped|drops?|dropping|decreased|decreasing|declined|declining|reduced|shrunk|shrank|cut|down|slumped|plummeted)\s+by(?:\s+an\s+average\s+of)?"
    r"|(?:rose|risen|rises?|rising|increased|increasing|grew|grown|growing|up|jumped|climbed)\s+by(?:\s+an\s+average\s+of)?|(?:(?<=,\s)|(?<=[–—(]\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bnow\s)|(?<=\bbeen\s))(?:up|down)"
    r"|(?:an?\s+)?(?:fall|drop|decrease|decline|reduction|cut|loss|slump|rise|increase|growth|boost|jump|uplift|net\s+gain|net\s+loss|gain)\s+(?:of|in|on)"
    r"|(?:an?\s+)?(?:extra|additional|further)|lost|losing|loses|gained|gaining|gains|shed|axed)\s+)$",
    re.I)

# Verbs that make a number a change without being part of its surface ("has recruited 229 officers").
ACQUIRE_BEFORE = re.compile(r"\b(?:recruited|recruiting|recruit|hired|hiring|added|adding|lost|gained)\s+(?:\w+\s+)?$", re.I)
CHANGE_AFTER = re.compile(r"^\s+(?P<p>more|fewer|less|extra|additional|new|higher|lower|up|down"
                           r"|of\s+(?:these|the|those|its|their)\s+(?:new|extra|additional))\b", re.I)
# "a 1,893 fall", "an 80 rise": after an article, a change noun right after the number makes it a change
CHANGE_NOUN_AFTER = re.compile(r"^\s+(?P<p>fall|drop|rise|increase|decrease|decline|reduction|cut|loss|gain|jump|boost)\b",
                               re.I)
A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
UP = re.compile(r"\b(?:rose|risen|rise|rises|increas\w*|grew|grown|growth|up|jump\w*|climb\w*|extra|additional|more|gain\w*|"
                 r"boost\w*|recruit\w*|hired|added|adding|new|further|higher|uplift|record|doubled|tripled|trebled)\b", re.I)
DOWN = re.compile(r"\b(?:fell|fall(?:s|en|ing)?|drop\w*|decreas\w*|declin\w*|reduc\w*|cut|cuts|down|fewer|less|lost|los\w*|"
                   r"shed|axed?|scrap\w*|disappear\w*|slump\w*|plummet\w*|lower|halved|shrunk|shrank)\b", re.I)
FUTURE = re.compile(r"\b(?:will|would|shall|going to|to recruit|to deliver|to get|to reach|to hire|to meet|to bring|"
                     r"target|targets|allocation|allocated|pledge\w*|promis\w*|commitment|committed|forecast\w*|plan\w*|"
                     r"expect\w*|aim\w*|intend\w*|wants?|wanted|ambition|could|set to|on track|need to|needs to|by (?:the end of )?(?:march|april|20\d\d))\b", re.I)
# "the 750 officers lost since 2010": the number's own past participle and a past time, whatever its clause plans
LOST_SINCE_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,3}?(?:already\s+)?(?:lost|axed|cut|shed|gone)\s+"
                              r"(?:since|in\s+(?:19|20)\d{2}|under|over\s+the\s+(?:past|last))\b", re.I)
PAST_RECRUIT = re.compile(r"\b(?:recruited|hired|have been recruited|has recruited|have recruited|joined|already)\b", re.I)

# A rate follows its number, perhaps after the noun it counts: "25 per month", "275 officers per 100,000",
# "20 bobbies on the beat for every 100,000" — but "officers a year ago" is a date, not a rate.
RATE = re.compile(
    r"^(?P<gap>(?:\s+(?!(?:was|were|is|are|has|have|had|been|will|would|in|to|from|by|at|and|or|than|since|of|a|per|each|every|for)\b)[a-z-]+){0,4}?)"
    r"\s*(?:a|per|each|every|for\s+every|to\s+every)\s+(?P<per>month|year|week|day|officer|police officer|[\d,]+|head|person|resident|100,000|1,000)\b"
    r"(?!\s+(?:ago|earlier|before|later|on)\b)", re.I)
RATE_NAMED_BEFORE = re.compile(r"\b(?:number|ratio|rate)\s+of\s+(?P<what>[a-z]+)\s+(?:per|for\s+every|to\s+each)\s+"
                                r"(?P<per>police\s+officer|officer|head|person|resident|[\d,]+)\b[^.;]{0,100}$", re.I)
DURATION = re.compile(r"^[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", re.I)
CHANGE_NOUN_BEFORE = re.compile(r"\b(?:increase|rise|fall|drop|decrease|reduction|growth|cut|loss|gain|change)\s+(?:in|of)\b[^.;]{0,80}(?:\b(?:was|is|were|of|by|at)|\()\s*$", re.I)

# A participle after the counted noun makes a number a change: "22,000 … jobs axed since 2010", "19 had been recruited"
PARTICIPLE_AFTER = re.compile(r"^\s*(?:[A-Za-z(’'][\w()’'-]*\s+){0,12}?(?P<p>axed|cut|lost|shed|gone|recruited|hired|added|transferred|outsourced|seconded)\b(?!(?<!transferred)(?<!outsourced)(?<!seconded)\s+(?:to|by)\b(?!\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?\d|\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))", re.I)
UP_AND_DOWN = re.compile(r"\bup\s+and\s+down\b", re.I)
WE = re.compile(r"\b(?:we|our|us)\b", re.I)
IDIOM_AFTER = re.compile(r"^\s+(?:of\s+(?:the|our|its|their|those|these|us|them)\b|thing\b|day\b|way\b|another\b|by\s+one\b|off\b|time\b)", re.I)
NOT_A_CLAIM_BEFORE = re.compile(r"\b(?:page|table|figure|chart|section|paragraph|question|item|step|number|no\.|tier|level|phase|grade|band|chapter|article|clause)\s*$", re.I)
PERIOD_BACK = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+(?:(?:last|past|previous)\s+|(?=decade\b))(?:(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+)?(?P<u>years?|months?|decade|quarter)\b"
    r"|\b(?P<ayear>in\s+a\s+year|a\s+year\s+(?:earlier|before|ago)|year[- ]on[- ]year|on\s+(?:the\s+)?(?:last|previous)\s+year|this\s+time\s+last\s+year)\b", re.I)
DATA_SHOW = re.compile(r"\b(?:data|figures|statistics|numbers)\s+(?:shows?|showed|reveals?|revealed)\b", re.I)
FLOW = re.compile(r"\b(?:recruit(?:ed|s|ing)?|hired|joined|joiners?|new\s+(?:officers|recruits|starters)|leavers?|left)\b", re.I)
SINCE = re.compile(r"\bsince\s+(?:(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d{2})\b|(?P<rel>the\s+(?:last\s+)?(?:general\s+)?election|records\s+began))", re.I)

# an event an article dates once and may name again: "since the recruitment campaign launched in
# 2019", "when he took over as Commissioner in 2016" … "there were 1859 when I took over"
EVENT_VERB = (r"(?:took\s+(?:over|office)|(?:was|were)\s+(?:elected|appointed|launched|introduced|set\s+up|formed)"
               r"|came\s+into\s+office|launched|began|started)")
EVENT_IN_YEAR = re.compile(rf"\b(?P<verb>{EVENT_VERB})\b[^.;\d]{{0,50}}?\bin\s+(?P<year>(?:19|20)\d{{2}})\b(?!\s*[/–-]\s*\d)", re.I)
SINCE_OR_WHEN_EVENT = re.compile(rf"\b(?P<how>since|when)\s+(?:[\w’'-]+\s+){{1,6}}?(?P<verb>{EVENT_VERB})\b"
                                  rf"(?:[^.;\d]{{0,50}}?\bin\s+(?P<year>(?:19|20)\d{{2}})\b(?!\s*[/–-]\s*\d))?", re.I)


def event_key(verb: str) -> str:
    """One name for an event however it is tensed: "took over", "was elected"."""
    return " ".join(re.sub(r"^(?:was|were)\s+", "", verb.lower()).split())


# "in the year to March 2021", "the six months to September 2023", "the two years ending March 2020"
YEAR_TO = re.compile(r"\b(?:(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+"
                      r"(?P<u>months?|years?)|year)\s+(?:to|ending|up\s+to)\s+(?:the\s+end\s+of\s+)?"
                      r"(?P<d>(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d{2})", re.I)
FISCAL = re.compile(r"\b(?P<y>(?:19|20)\d{2})\s*[/–-]\s*(?P<y2>(?:19|20)?\d{2})\b")
YEAR_ONLY = re.compile(r"\b(?:in|at|by|during|for|of|from|to|when)\s+(?P<year>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)

# A date right after a number or its noun: "1186 in 2009-10", "20,343 in 2012", "1,441 officers at the end of March 2023"
DATE_AFTER = re.compile(
    r"(?:\s+(?!(?:since|from|between|over|during|than|and|but|or)\b)[\w’'-]+){0,4}?\s+(?:in|at|on|as\s+at|as\s+of)\s+(?:the\s+end\s+of\s+)?"
    r"(?P<when>(?:19|20)\d{2}\s*[/–-]\s*(?:19|20)?\d{2}\b|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\.?,?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d{2}\b"
    r"|(?:19|20)\d{2}\b(?!\s*[/–-]\s*\d)|[A-Z][a-z]+\s+(?:this|last)\s+year\b)")
CHANGE_FROM_DATE = re.compile(r"\s+(?:on|from|compared\s+(?:with|to))\s+(?P<when>(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d{2}|"
                               r"(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)")
BETWEEN_DATES = re.compile(r"\b[Bb]etween\s+(?P<a>(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:19|20)\d{2})\s+and\s+(?P<b>(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)")

# "was at its lowest in 2012-13, at 1103": the date, then the number
DATE_BEFORE = re.compile(r"\bin\s+(?P<when>(?:19|20)\d{2}\s*[/–-]\s*(?:19|20)?\d{2})\s*,?\s+(?:at|with|of|to)\s+$", re.I)

# "by the end of December 2021, forces had recruited …": what had happened by then, not a deadline
HAD_AFTER = re.compile(r"[^.;]*\bhad\b", re.I)
BY_YEAR = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)
PERIOD_AHEAD = re.compile(r"\b(?:over|in|within|during)\s+the\s+(?:next|coming)\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+years\b", re.I)

# a clause that speaks of a plan or the means for one: what it counts has not happened yet
PLAN = re.compile(r"\b(?:plan(?:s|ned)?|aim(?:s|ed|ing)?|intend(?:s|ed)?|hop(?:e|es|ed|ing))\s+to\b"
                  r"|\benough\s+(?:money|funding|funds)\s+(?:to|for)\b|\bfunding\s+(?:is\s+)?available\s+for\b", re.I)
# "now total 493", "there are currently 1135": the level at the present, whatever period the sentence spans
NOW_BEFORE = re.compile(r"\b(?:now|currently|at\s+present|presently)\s+(?:[a-z]+\s+){0,2}$", re.I)
# "In 2010 the force had 973 officers", "At the end of March 2023, there were …": a date that opens the
# number's clause governs it, whatever other dates its sentence names
FRONTED_DATE = re.compile(r"^\W*(?:in|at|by|on|as\s+(?:at|of))\s+(?:the\s+end\s+of\s+)?"
                          r"(?P<when>(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\.?\s+(?:19|20)\d{2}|(?:19|20)\d{2})\b"
                          r"(?!\s*[/–-]\s*\d)(?P<rest>[^\d]*)$", re.I)
# years and dates written in digits, which are no quantities (for telling a number from a date)
YEARS = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?(?=\s+[A-Z][a-z]+\s+(?:19|20)\d{2})")
# "fell by 402 from 149,566", "down 1,304 or 0.9% from 147,746": the level a change started from
CHANGE_FROM_LEVEL = re.compile(r"(?:\s*(?:,\s*|\s+or\s+|\s*\(\s*)[\d.]+\s*(?:%|per\s?cent)\)?,?)?\s+from\s+", re.I)
# "the 43 forces", "all 43 forces", "from 43": the whole of what there is, not a part or a plan
DEFINITE_BEFORE = re.compile(r"\b(?:the|all(?:\s+the)?|from)\s+$", re.I)
# "the latest headcount of 1,224", "the most recent figures show 2,415": the latest release's figure
LATEST_BEFORE = re.compile(r"\b(?:latest|most\s+recent|current)\s+(?:official\s+)?(?:figures?|headcount|head\s+count|"
                           r"count|total|numbers?|data|statistics)\b[^.;:\d]{0,40}$", re.I)
SINCE_MONTH = re.compile(r"\b[Ss]ince\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?(?P<when>[A-Z][a-z]+(?:\s+(?:this|last)\s+year)?)\b(?!\s+\d)")
# "641 fewer than there were in 2010", "1,000 more officers than in March 2010": a change from that date to now
THAN_DATE = re.compile(r"\b(?:fewer|more|less|lower|higher)\s+(?:[a-z-]+\s+){0,3}?than"
                       r"(?:\s+there\s+(?:were|was)|\s+(?:it|they|the\s+force)\s+(?:had|were|was))?"
                       r"(?:\s+at\s+the\s+(?:end|start)\s+of)?(?:\s+in)?\s+"
                       r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December)\s+)?(?P<year>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)
# "decreased by 4,001 or 2.9 per cent compared with September 2011": later in the clause than the number
COMPARED_WITH_MONTH = re.compile(r"\bcompared\s+(?:with|to)\s+(?P<when>(?:\d{1,2}\s+)?(?:January|February|March|April|May|"
                                 r"June|July|August|September|October|November|December)\s+(?:19|20)\d{2})\b")
COMPARED_TO_YEAR = re.compile(r"\bcompared\s+(?:to|with)\s+(?P<year>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)
SHARE_OF = re.compile(r"^\s*(?:of|of\s+(?:the|their|its|our|all|his|her)(?:\s+\w+)?)\s+(?P<noun>[a-z][a-z\s-]{2,40}?)(?:[.,;:)]|\s+(?:were|was|are|is|have|has|had|in|by|from|at|who|which|that|and)\b|$)", re.I)
NATIONAL_CUES = re.compile(
    r"\b(?:across|in|throughout)\s+(?:england\s+and\s+wales|the\s+country)\b|\bnationally\b|\bnationwide\b|\b43\s+forces\b"
    r"|\benglish\s+and\s+welsh\b"
    # "than the national average" compares rather than places: see compares_with_nation
    r"|\bnational(?!\s+(?:statistics|insurance|living|audit|police\s+chiefs|crime\s+agency|lottery))\b", re.I)
COMPARED_WITH_NATION = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|worst|best|most|least|greatest|fastest|slowest|\w+est)\b[^.\x00]{0,30}\x00"
    r"|(?:than|above|below|under|over|with|to)\s+(?:the\s+)?\x00|\x00\s+(?:average|figure|rate|picture|trend)\b", re.I)
NATIONAL_FIGURE_BEFORE = re.compile(r"\b(?:national|england\s+and\s+wales)\s+(?:average|total|figure)\s+(?:of|is|was|at|stood\s+at)?\s*$", re.I)


def compares_with_nation(text: str, start: int, end: int) -> bool:
    return bool(COMPARED_WITH_NATION.search(text[max(0, start - 40):start] + "\x00" + text[end:end + 12]))


FORCE_ANAPHORA = re.compile(r"\b(?:the\s+force|this\s+force|the\s+constabulary|our\s+force|force's|force’s|locally|"
                             r"force\s+area|the\s+county|(?:in|within|across)\s+the\s+area)\b", re.I)

# Where a clause ends inside a sentence: strong punctuation, a spaced dash, or a comma that opens a new
# clause ("…, which is 34 higher than the target", "…, but we don't yet know …").
CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:–—]|\s-\s|,\s*(?=(?:which|while|whilst|but|although|though|meaning|whereas|so|as|after|before|"
    r"despite|with|when)\b)|\s(?=(?:but|while|whilst|whereas|meaning|although|despite)\s)"
    r"|\s(?=and\s+(?:\w+ly\s+)?(?:expects?|expected|will|would|could|says?|said|is|are|was|were|has|have|had)\b)"
    # "… have been lost since 2010 and cuts on this scale are going to …": a new subject and its verb
    r"|\s(?=and\s+(?:the\s+)?[a-z]+(?:\s+(?:on|of|in)\s+(?:this|that|the)\s+[a-z]+)?\s+(?:are|is|will|would|could)\b))\s*", re.I)
COMPARED_WITH = re.compile(r"\b(?:on|over|above|below|against|compared\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                            r"(?:[\w-]+\s+){0,2}[\w-]+", re.I)
DASH = re.compile(r"[–—-]")
# A sentence that goes on with the one before: "And 1,062 fewer …", "There were also 960 fewer PCSOs",
# "It also lost …": its numbers are of the place and period the one before spoke of
GOES_ON = re.compile(r"^\W*(?:and|also|plus|meanwhile|similarly|likewise)\b|^\W*(?:there|it|they|this|that)\s+"
                     r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:also|too)\b", re.I)
# "… and have decreased by 2,262", "…, and rose by 5": a coordinated clause with the first one's subject
ELIDED_SUBJECT = re.compile(r"\b(?:and|but|while)\s+(?:(?:has|have|had)\s+(?:also\s+)?)?(?:been\s+)?"
                            r"(?:(?:\w+ed|fell|rose|grew|cut|lost|shrank|shed)\s+(?:by\s+)?)?$", re.I)
# "increased by 10% since 2004 compared with a national average of less than 2%": the second figure is
# the same change, elsewhere
COMPARED_CHANGE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|while)\s+(?:an?\s+|the\s+)?"
                             r"(?:national|england\s+and\s+wales|average|overall)[\w\s]{0,25}?\s+(?:of\s+)?$", re.I)
CONTINUES = re.compile(r"^\W*(?:(?:however|but|and|so|yet|still|overall),?\s+)?(?:that|this|these|those|they|it|the\s+figures?|"
                        r"the\s+increase|the\s+rise|the\s+fall|the\s+total)\b"
                        # "And 1,062 fewer than this time last year.": an ellipsis, with no subject of its own
                        r"|^\W*(?:and|but|plus)\s+(?:(?:about|almost|around|nearly|over|some|more\s+than)\s+)?(?=[\d£])",
                        re.I)
LOCAL_CHANGE_AFTER = re.compile(
    r"^\)?(?:\s*(?:per\s+cent|percent|%))?\)?(?:\s+[a-z-]+){0,2}?\s*[-–—,]?\s*(?:an?\s+)?"
    r"(?:increase|rise|jump|growth|decrease|fall|drop|decline|reduction|cut|down\s+from|up\s+from)\b"
    # "2,597 full-time officers in Avon and Somerset – a drop of 70", "2,319 officers …, down 130"
    r"|^[^\d.;:]{0,70}?[-–—,]\s*(?:an?\s+)?(?:increase|rise|jump|decrease|fall|drop|decline|reduction|cut|down|up)\b", re.I)
BY_AFTER_VERB = re.compile(
    r"\b(?:fell|fallen|falling|falls|dropped|dropping|decreased|declined|reduced|cut|rose|risen|rising|increased|"
    r"increasing|grown|grew|jumped)\s+(?:\w+\s+){0,2}?by\s+(?:an?\s+average\s+of\s+|around\s+|some\s+)?$", re.I)
MONEY_DOWN = re.compile(r"\b(?:withdrawn|withdraws?|cuts?|reductions?|savings?|saved|lost|loses|shortfall|slashed|deficit)\b", re.I)
EVERYONE = re.compile(r"\b(?:men\s+and\s+women|women\s+and\s+men)\b")

# "a 5% increase in full-time police officers": the noun of the change is what its number counts
CHANGE_IN = re.compile(r"^\s*(?:increase|rise|fall|drop|decrease|decline|reduction|cut|jump|growth)\s+in\s+"
                        r"(?:the\s+(?:number|numbers)\s+of\s+)?", re.I)

# A number right after "to reach", "to get to" is a goal whatever else its clause says has happened,
# but "rose to reach 4,500" is where a change ended (REACHED_BEFORE).
REACHED_BEFORE = re.compile(r"\b(?:rose|grew|risen|climbed|increased|fell|fallen|dropped|declined)\s+to\s+(?:reach\s+)?"
                             r"(?:an?\s+(?:record|all-time)?\s*(?:high|low)\s+of\s+)?$", re.I)
GOAL_BEFORE = re.compile(r"\bto\s+(?:reach|get\s+to|hit|achieve)\s+(?:the\s+|its\s+|their\s+|our\s+|a\s+total\s+of\s+)?$", re.I)
ALL_OF_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\s)all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?$", re.I)

# "11,048 of the 20,000 additional officers": the second number is the whole, the target
WHOLE_BEFORE = re.compile(r"\d\s+(?:out\s+)?of\s+(?:the|its|their|our|his|her)\s+(?:\w+\s+)?$", re.I)

# A plural noun right after a number is what it counts ("three main themes"), unless it is a unit or a verb.
OWN_NOUN = re.compile(r"^\s*(?:[a-z]+\s+)?(?P<noun>[a-z]+[^s\W]s)\b")
NOT_A_COUNTED_NOUN = {"per", "percent", "times", "years", "months", "weeks", "days", "hours", "minutes", "decades",
                       "was", "has", "is", "this", "its", "his", "as", "thus", "plus", "minus", "across", "pounds",
                       "points", "pence", "means", "remains", "includes", "represents", "shows", "makes", "equates"}

# "262 who worked for the force": a countable noun after a singular determiner is one thing, not
# what a number of many counts (collective nouns such as "the police" count many)
SINGULAR_BEFORE = re.compile(r"\b(?:a|an|the|this|that|each|every|one|its|their|our|his|her|whole)\s+$")
COLLECTIVE_NOUNS = {"police", "staff", "workforce", "personnel"}

# "one PCSO to 10 warranted officers", "one officer for every 500 people": the ratio's first side
ONE_TO_BEFORE = re.compile(r"\b(?:one|a|an|each|1)\s+(?P<per>[A-Za-z-]+)\s+(?:to|for\s+every|for\s+each)\s+$", re.I)
SHARE_LINK = re.compile(r"^[^\d.;:]{0,50}?(?:,\s*)?(?:which\s+is|which\s+was|that\s+is|or|equivalent\s+to|representing|making\s+up)\s*$"
                         r"|^\s+(?:is|was|are|were)\s+(?:just\s+)?$", re.I)
THEN_NOW = re.compile(r"^[^;.\d]{0,80}\b(?:when|then|in\s+(?:19|20)\d{2})\b[^;.\d]{0,60}\b(?:and|but|while)\b[^;.\d]{0,30}$", re.I)
NOW_AFTER = re.compile(r"^(?:\s+[a-z’']+){0,4}?\s+(?:now|today|currently)\b", re.I)
SAME_PERIOD = re.compile(r"\b(?:over|in|during|across)\s+(?:the\s+)?same\s+(?:period|time|years?)\b", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+(?:total|peak|high|low)\s+of\s+)?$", re.I)
TO_BETWEEN = re.compile(r"^[^;]{0,80}?\bto\s+(?:an?\s+(?:total|peak|high|low)\s+of\s+|just\s+|about\s+|around\s+)?$", re.I)
UP_DOWN_FROM = re.compile(r"^[^;]{0,80}?\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+$", re.I)

# "fell by 381 or 22.09 per cent", "lost 21,300 – that’s a drop of 15%"
RESTATES = re.compile(r"^(?:\s+(?:[a-z’']+|(?:19|20)\d{2}))*?\s*(?:,\s*)?(?:or|\(|,|[–—-])\s*"
                       r"(?:(?:that[’']s|that\s+is|which\s+is)\s+)?$", re.I)
YEAR_BEFORE_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,3}?(?:the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)|"
                                r"the\s+previous\s+year|twelve\s+months\s+earlier|12\s+months\s+earlier)", re.I)
