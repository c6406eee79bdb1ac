"""Scheduling: FSRS wrapped, the study queue and answer checking."""
