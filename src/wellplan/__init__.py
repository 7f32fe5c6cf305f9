"""WellPlan: write your own wellness and crisis plans, and keep them on your own computer."""

__version__ = "0.1.0"
APP_NAME = "WellPlan"
