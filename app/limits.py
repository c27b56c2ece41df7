"""Domain limits: the one source for scales, intensities, lengths and fixed word lists.

The models' CHECK constraints, the services' validation, the CLI's argparse types and help,
and the UI's spin box and slider ranges all read them from here. Changing a value that a
CHECK constraint uses is a schema change: it needs a new Alembic revision.
"""

from __future__ import annotations

from app.i18n import N_

# -- mood check-ins ---------------------------------------------------------------------
SCALE_MIN, SCALE_MAX = -5, 5  # pleasantness and energy
SLEEP_MIN, SLEEP_MAX = 0, 24  # hours slept
NOTE_MAX = 2000  # characters in a note
TAG_NAME_MAX = 60
TAG_CATEGORIES = ("activity", "person", "place")

# -- emotion words ------------------------------------------------------------------------
INTENSITY_MIN, INTENSITY_MAX = 0, 10

# -- the regulation log -------------------------------------------------------------------
HELPFULNESS_MIN, HELPFULNESS_MAX = 0, 4
HELPFULNESS_WORDS = (N_("not at all"), N_("a little"), N_("somewhat"), N_("quite a lot"),
                     N_("very much"))
SITUATION_MAX = 2000
PERSON_MAX = 120
STRATEGY_NAME_MAX = 80
STRATEGY_FAMILIES = ("gross", "dbt", "stillpoint", "own")
# Stored key -> how the app says it.
ATTACHMENT_ACTIONS = {
    "reached_out": N_("reached out"),
    "protested": N_("protested"),
    "withdrew": N_("withdrew"),
    "self_soothed": N_("soothed myself"),
    "asked_directly": N_("asked directly"),
}

# -- practice -----------------------------------------------------------------------------
CALM_MIN, CALM_MAX = 0, 10  # the optional calm ratings before and after a session
PRACTICE_KINDS = ("breathing", "visualization", "timer", "audio")

# -- the journal ----------------------------------------------------------------------------
JOURNAL_TEXT_MAX = 20000  # characters in one entry: pages of writing, not a book
JOURNAL_TAG_MAX = 60  # characters in a tag (String(60) in the schema)
JOURNAL_TAGS_MAX = 12  # tags on one entry


# -- safety plan and crisis card ------------------------------------------------------------
# Stored key -> heading, in the order of the plan (Stanley & Brown's six steps, then reasons).
SAFETY_SECTIONS = ("warning_signs", "coping", "distractions", "people", "professionals",
                   "environment", "reasons")
SAFETY_ITEM_MAX = 500  # characters in one line of the plan
SAFETY_ITEMS_MAX = 50  # lines in one section
CONTACT_NAME_MAX = 80  # a crisis line's or therapist's name
PHONE_MAX = 40  # a phone number as the person writes it


# -- goals in small steps -----------------------------------------------------------------
GOAL_TITLE_MAX = 200  # the goal's and a step's title (String(200) in the schema)
GOAL_TEXT_MAX = 2000  # why it matters, how you will know, a review note
STEP_PRACTICE_KINDS = (*PRACTICE_KINDS, "any")  # a practice-linked step counts these
STEP_MINUTES_MIN, STEP_MINUTES_MAX = 1, 600  # minutes of practice a day
STEP_DAYS_MIN, STEP_DAYS_MAX = 1, 7  # days in the week

# -- self-assessments (instrument files) ----------------------------------------------------
INSTRUMENT_ID_PATTERN = r"[a-z0-9][a-z0-9-]{0,63}"  # String(64) in assessment_result
INSTRUMENT_ITEMS_MAX = 100
INSTRUMENT_OPTIONS_MAX = 11  # number keys 0-9 and a little room
INSTRUMENT_TEXT_MAX = 2000  # characters in any one text of a file
INSTRUMENT_FILE_MAX = 256 * 1024  # bytes: the largest shipped file is a few KiB

# -- between therapy sessions ("bring to my next session") ------------------------------------
THERAPY_KINDS = ("checkin", "journal", "regulation", "assessment")  # CHECK in session_item
THERAPY_KIND_NAMES = {"checkin": N_("check-in"), "journal": N_("journal entry"),
                      "regulation": N_("regulation entry"), "assessment": N_("self-assessment")}
THERAPY_NOTE_MAX = 2000  # a note on a flagged item
THERAPY_TEXT_MAX = 5000  # what you worked on, the homework
THERAPY_SUMMARY_MAX = 90  # characters of an item shown in the list (one line)
THERAPY_PAST_MAX = 200  # past sessions listed

# Reminders (app/reminders), stored as JSON in the settings table.
REMINDERS_MAX = 20  # reminders in all
REMINDER_TIMES_MAX = 12  # fixed times in one reminder
REMINDER_EVERY_MIN, REMINDER_EVERY_MAX = 1, 12  # hours between reminders in a window
REMINDER_PAUSE_MAX_HOURS = 24 * 14  # the longest "pause all reminders"


def between(column: str, low: int, high: int) -> str:
    """SQL text 'column BETWEEN low AND high' for a CHECK constraint."""
    return f"{column} BETWEEN {low} AND {high}"


def one_of(column: str, values: tuple[str, ...] | list[str]) -> str:
    """SQL text "column IN ('a', 'b')" for a CHECK constraint."""
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"
