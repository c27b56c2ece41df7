"""SQLAlchemy 2.0 typed models, one module per feature. Importing this loads them all,
which Alembic and create_all need; schema changes go through a new Alembic revision."""

from app.storage.models.base import Base
from app.storage.models.emotions import CheckinEmotion, CheckinTag, ContextTag
from app.storage.models.mood import MoodCheckin, Setting
from app.storage.models.practice import AudioTrack, CustomPattern, PracticeSession
from app.storage.models.reflection import (
    AssessmentResult,
    Goal,
    GoalStep,
    JournalEntry,
    JournalTag,
    SafetyPlanItem,
    SessionItem,
    TherapySession,
)
from app.storage.models.regulation import (
    RegulationEmotion,
    RegulationEntry,
    RegulationStrategy,
)

__all__ = [
    "AssessmentResult",
    "AudioTrack",
    "Base",
    "CheckinEmotion",
    "CheckinTag",
    "ContextTag",
    "CustomPattern",
    "Goal",
    "GoalStep",
    "JournalEntry",
    "JournalTag",
    "MoodCheckin",
    "PracticeSession",
    "RegulationEmotion",
    "RegulationEntry",
    "RegulationStrategy",
    "SafetyPlanItem",
    "SessionItem",
    "Setting",
    "TherapySession",
]
